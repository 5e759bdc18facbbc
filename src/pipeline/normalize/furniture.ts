/**
 * normalize/furniture: the body's paragraphs -> the same paragraphs without the furniture that is
 * only recognisable as a whole paragraph or by where it stands, plus what was removed and why.
 * Shared by the text and the HTML normalizer (one-line cues live in text/cues.ts and run first).
 *
 * Rules, all generic (no site, no story):
 *   highlights       a "Story highlights" / "Key points" block before the lede: the header and the
 *                    short, unpunctuated bullet items under it
 *   correction-note  "Correction:", "Clarification:", "Editor's note:" as the first or last paragraphs
 *                    (anywhere when it says an earlier version was wrong: normalize/notices.ts),
 *                    and a note that the article is a translation ("This article is a translation
 *                    of the original published in …", "Translated from the German by …", "Translated from
 *                    the Japanese edition. …") there
 *   separator        a paragraph of stray punctuation (a lone quote mark, a dot)
 *   promo-link       a link in capitals ("SENATOR LOOKS TO …") or a label glued to a link
 *                    title ("Opinion:Can …"): other stories' links inside the body
 *   byline           author names alone ("Ann Lee and Tom Ross") or a short capitals masthead
 *                    ("HARBOUR POST") opening the body, before its first sentence
 *   credits          the desk's credit at either edge ("(Editor: Jane Doe)"), and an author's
 *                    bio closing the body ("Jane Doe is a contributing writer for X. Follow her on
 *                    X @janedoe.", "Jane Doe covers courts.", a note ending "Follow him on Twitter."),
 *                    with a reporter card's name heading (normalize/bios.ts)
 *   caption          an agency photo caption kept as a paragraph ("FILE PHOTO: …", "FILE - This …")
 *   media-widget     a video's description pasted with the player's "CLOSE" button before it
 *   embedded-post    a social post embedded in the article: its short link ("pic.twitter.com/…",
 *                    "https://t.co/…"), its signature ("— Jane Doe (@jane) May 2, 2019") or a
 *                    player's title bar ("Channel YouTube")
 *   repeated-box     a short statement printed three times or more, word for word: a box set
 *                    between paragraphs (text/body.ts reads pasted lines the same way)
 *   transcript, reader-appeal, licence, method-note
 *                    the site talking about itself or to the reader (normalize/notices.ts)
 *   next-story       a byline block after the story has run, the next story's (with its headline)
 *   graphic, embedded-post, summary-box, audio-player
 *                    a widget set between the story's paragraphs (normalize/widgets.ts)
 *   court-stamp, bates-number, page-number, page-url, stage-cue
 *                    a mark stamped on a printed, filed or recorded page (normalize/page-marks.ts)
 *   pull-quote       a sentence of the article printed again, larger, between its paragraphs:
 *                    a paragraph whose words all stand, in order, inside a longer one
 *   metadata, repeated-box, separator   runs of field rows, running heads, ornaments (runs.ts)
 *   related-links    a label announcing reading elsewhere ("Also worth a look:") and the "Site: headline"
 *                    links under it (normalize/bios.ts)
 *   reader-posts, references, document-viewer   a neighbours' post, a sources list's entries, an
 *                    embedded document's title (normalize/reader-posts.ts)
 */
import type { RemovedBlock } from '../../lib/model.ts';
import { markClosingBio, markLinkLists } from './bios.ts';
import { noticeReason } from './notices.ts';
import { markPageMarks } from './page-marks.ts';
import { markReaderBoxes } from './reader-posts.ts';
import { markRuns } from './runs.ts';
import { markWidgets } from './widgets.ts';
import { isDateLine } from './text/dates.ts';
import { fingerprint, splitWordCount } from './text/lines.ts';

const HIGHLIGHTS_HEADER =
  /^(?:story highlights|highlights|key points|key takeaways|at a glance|in brief|the big picture|lo más importante|das wichtigste in kürze|l'essentiel|in breve|destaques|hoofdpunten|sorotan)\b\s*:?\s*/iu;
/** A bullet item: a short line that does not end like a sentence. */
const MAX_ITEM_LENGTH = 200;
const MAX_ITEMS = 8;
const SENTENCE_END = /[.!?…]["”’»)]?$/u;

const EDGE_NOTE =
  /^(?:corrections?|clarifications?|editor'?s'? notes?|editors'? notes?|note to readers|rectificación|berichtigung|correctif|rettifica|correção|correctie|ralat)\s*[:.–—-]/iu;

/** A note to readers that the article is a human translation (machine translation: text/cues.ts). */
const TRANSLATION_CREDIT =
  /^this (?:article|story|piece|report|interview) (?:is|was) (?:a translation of|translated (?:from|by|into))\b.{0,200}$|^translated (?:from (?:the )?\p{L}+ )?by [^,;]{2,80}$|^translated from (?:the |our )?[\p{L}-]+(?: language)? (?:edition|original|version|service)\b.{0,160}$/iu;

/** "Editor: Jane Doe", "(Editor: Jane Doe)", "Edited by Jane Doe": the desk's credit at an edge. */
const EDITOR_CREDIT =
  /^\(?(?:(?:[Rr]esponsible |[Cc]hief |[Cc]opy |[Ww]eb )?[Ee]ditors?\s*:|[Ee]dited by)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\)?\.?$/u;

/** An agency caption convention: "FILE PHOTO: …", "FILE - This 2019 file photo shows …". */
const FILE_CAPTION = /^FILE(?: PHOTO)?\s*(?::|[–—-]\s)/u;

/**
 * A video player's description pasted with its close button ("CLOSE Jane Doe on Sunday called …
 * (July 22) AP"): the button's word in capitals glued to the clip's text. A sentence opening
 * "Close to …" is not in capitals.
 */
const VIDEO_CLOSE = /^CLOSE\s+[\p{Lu}"“‘']/u;

const MIN_CAPITAL_WORDS = 10;

/** "Opinion:Can …": a short label glued to a link title, as link lists paste. */
const GLUED_LABEL = /^\p{Lu}[\p{L}' ]{1,24}:\p{Lu}/u;

export interface ParagraphFurniture {
  paragraphs: string[];
  captions: string[];
  removed: RemovedBlock[];
}

/** The whole-paragraph furniture rules shared by the text and HTML normalizers: kept paragraphs, captions, and what was removed and why. */
export function paragraphFurniture(
  input: readonly string[],
  // fingerprint(input[i]) each, when the caller has them (text/body.ts does): not worked out twice.
  keys: readonly string[] = input.map((text) => fingerprint(text)),
): ParagraphFurniture {
  const reasons: Array<string | null> = input.map((text) => shapeReason(text));
  markHighlights(input, reasons);
  markWidgets(input, reasons);
  markPageMarks(input, reasons);
  markLeadingByline(input, reasons);
  markNextStory(input, reasons);
  markPullQuotes(keys, reasons);
  markRepeatedBoxes(input, keys, reasons);
  markRuns(input, reasons);
  markLinkLists(input, reasons);
  markReaderBoxes(input, reasons);
  const edgeNote = (text: string): string | null =>
    EDGE_NOTE.test(text) || TRANSLATION_CREDIT.test(text.trim())
      ? 'correction-note'
      : EDITOR_CREDIT.test(text.trim())
        ? 'credits'
        : null;
  for (let i = 0, r = edgeNote(input[0] ?? ''); i < input.length && r; r = edgeNote(input[++i] ?? ''))
    reasons[i] = r;
  for (let i = input.length - 1, r = edgeNote(input[i] ?? ''); i > 0 && r; r = edgeNote(input[--i] ?? ''))
    reasons[i] = r;
  markClosingBio(input, reasons);
  const out: ParagraphFurniture = { paragraphs: [], captions: [], removed: [] };
  input.forEach((text, i) => {
    const reason = reasons[i];
    if (!reason) out.paragraphs.push(text);
    else {
      if (reason === 'caption') out.captions.push(text);
      out.removed.push({ text, reason });
    }
  });
  // Never empty the body on shape alone: an article is more likely odd than all furniture.
  if (out.paragraphs.length === 0) return { paragraphs: [...input], captions: [], removed: [] };
  return out;
}

/** The link or signature an embedded social post carries. */
const EMBED =
  /\bpic\.twitter\.com\/\w+|\bhttps?:\/\/t\.co\/\w+|[-–—]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(?:\p{L}+\.? \d{1,2}, \d{4})?\s*$|^[^()\n]{1,60}\(@\w{1,30}\)\s/u;
/** "TeamDoe YouTube": the title bar of an embedded player. */
const PLAYER_BAR = /^(?:[\p{L}\d'’.-]+\s+){0,3}(?:YouTube|Instagram|TikTok|Vimeo|Facebook|Twitter)$/u;

function shapeReason(text: string): string | null {
  const bare = text.trim();
  if (bare.length <= 600 && EMBED.test(bare)) return 'embedded-post';
  if (PLAYER_BAR.test(bare)) return 'embedded-post';
  // Stray punctuation only; rules ("___") and symbols ("%") may be table or layout text.
  if (/^[\s"“”„'‘’.,;…]+$/u.test(bare)) return 'separator';
  if (FILE_CAPTION.test(bare)) return 'caption';
  if (bare.length <= 600 && VIDEO_CLOSE.test(bare)) return 'media-widget';
  if (isPromoLink(bare)) return 'promo-link';
  return noticeReason(bare);
}

/** Another story's link inside the body: a label glued to its title, or a title in capitals. */
export function isPromoLink(bare: string): boolean {
  return (bare.length <= 160 && GLUED_LABEL.test(bare)) || isCapitalsLink(bare);
}

/**
 * Ten or more words in capitals, no lower-case letter, not a sentence: a shouted link to another
 * story. Shorter capital lines are often the article's own subheads, so they stay.
 */
function isCapitalsLink(bare: string): boolean {
  if (bare.length > 160 || /\p{Ll}/u.test(bare) || /[.!?]$/u.test(bare)) return false;
  const words = bare.split(/\s+/u).filter((w) => /\p{Lu}{2,}/u.test(w));
  return words.length >= MIN_CAPITAL_WORDS;
}

/** A "Key points" / "Story highlights" header line, alone or with its first item after it. */
export function isHighlightsHeader(text: string): boolean {
  return HIGHLIGHTS_HEADER.test(text.trim());
}

/** The header paragraph (alone, or with the first item on its line) and the items under it. */
function markHighlights(input: readonly string[], reasons: Array<string | null>): void {
  // The block opens the body, or follows a dek or kicker of a line or two.
  const at = input.slice(0, 3).findIndex((text) => HIGHLIGHTS_HEADER.test(text.trim()));
  if (at < 0) return;
  const first = input[at]?.trim() ?? '';
  const header = HIGHLIGHTS_HEADER.exec(first);
  if (!header) return;
  const rest = first.slice(header[0].length);
  if (rest && !isItem(rest)) return;
  reasons[at] = 'highlights';
  for (let i = at + 1; i <= at + MAX_ITEMS && i < input.length - 1; i++) {
    if (!isItem(input[i]?.trim() ?? '')) return;
    reasons[i] = 'highlights';
  }
}

/** A person's name: two or three capitalised words ("Ann Lee", "Mary-Jo de la Cruz" is not). */
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){1,2}";
const NAME_LIST = new RegExp(
  `^(?:(?:[Ww]ritten |[Rr]eported )?by\\s+)?${NAME}(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+|,\\s+and\\s+)${NAME})*$`,
  'u',
);
const MASTHEAD = /^\p{Lu}[\p{Lu}\p{N}&'’. -]{1,30}$/u;

/** The author names and masthead printed above the lede when the page gives them no markup. */
function markLeadingByline(input: readonly string[], reasons: Array<string | null>): void {
  let i = 0;
  while (i < input.length - 1 && i < 3 && reasons[i] === null) {
    const text = input[i]?.trim() ?? '';
    if (!NAME_LIST.test(text) && !(MASTHEAD.test(text) && text.split(/\s+/u).length <= 3)) break;
    i++;
  }
  // Only when the lines stand before a sentence: the body must start right after them.
  if (i > 0 && SENTENCE_END.test(input[i]?.trim() ?? '')) for (let j = 0; j < i; j++) reasons[j] = 'byline';
  // "By Jane Doe" ("Written by …") and its date line below a box that opened the body (a key-points
  // box, a transcript): the byline block, not the story, however it was reached.
  // Reach counts the paragraphs still standing: a box removed above (a summary) does not count.
  for (let j = 0, left = 0; j < input.length - 1 && left < BYLINE_REACH; j++) {
    const text = input[j]?.trim() ?? '';
    if (reasons[j]) continue;
    left++;
    // "Via Agency, Jan. 14": an aggregator's source line over the story it quotes.
    const via = /^via\s+[^,]{2,40},\s*(.+)$/iu.exec(text)?.[1] ?? '';
    if (isDateLine(via) || /^\p{Lu}\p{Ll}{2,8}\.? \d{1,2}$/u.test(via)) reasons[j] = 'credits';
    if (!/^(?:(?:written|reported) )?by\s/iu.test(text) || !NAME_LIST.test(text)) continue;
    reasons[j] = 'byline';
    if (isDateLine(input[j + 1]?.trim() ?? '') && !reasons[j + 1]) reasons[j + 1] = 'date';
  }
}

/** Story paragraphs before a byline block for it to open another story. */
const MIN_STORY_BEFORE_NEXT = 3;
/** The next story's label and headline above its byline: short lines, no sentence. */
const MAX_NEXT_HEAD = 2;
const MAX_NEXT_HEAD_LENGTH = 120;

/**
 * A "By Jane Doe" line with its date line below it, after the story has run: the next story's
 * byline block (a page that scrolls on into another story). It, the short lines above it (that
 * story's headline, a "Next article" label) and everything after are not this story.
 */
function markNextStory(input: readonly string[], reasons: Array<string | null>): void {
  let story = 0;
  for (let i = 0; i < input.length - 1; i++) {
    const text = input[i]?.trim() ?? '';
    if (
      story >= MIN_STORY_BEFORE_NEXT &&
      /^by\s/iu.test(text) &&
      NAME_LIST.test(text) &&
      isDateLine(input[i + 1]?.trim() ?? '')
    ) {
      for (let j = i - 1; j >= i - MAX_NEXT_HEAD; j--) {
        const head = input[j]?.trim() ?? '';
        if (head.length > MAX_NEXT_HEAD_LENGTH || SENTENCE_END.test(head)) break;
        reasons[j] ??= 'next-story';
      }
      for (let j = i; j < input.length; j++) reasons[j] ??= 'next-story';
      return;
    }
    if (!reasons[i]) story++;
  }
}

/** The first paragraphs searched for a byline line. */
const BYLINE_REACH = 5;

function isItem(text: string): boolean {
  return text.length > 0 && text.length <= MAX_ITEM_LENGTH && !SENTENCE_END.test(text);
}

/** Shortest pull quote, in characters of its fingerprint: shorter lines repeat by chance. */
const MIN_PULL_QUOTE = 30;
/** Paragraph counts above this are not searched for pull quotes (quadratic). */
const MAX_PULL_QUOTE_SEARCH = 400;

/** Longest paragraph, in words, read as a box the page repeats between paragraphs. */
const MAX_BOX_WORDS = 30;
/**
 * Copies that make a box: a story copied by an aggregator may print one of its sentences twice,
 * a page sets its notice between paragraphs again and again.
 */
export const BOX_REPEATS = 3;

/**
 * A short statement printed three times or more, word for word, in one body: a box the page sets
 * between paragraphs (a notice, a call-out), not the story. Every copy.
 * Only a sentence of six words or more that states (not a question, not a "Label: value" field,
 * not a bare item): an interview repeats its questions, a table its cells, a product box its
 * features.
 */
export function isBoxRepeat(text: string): boolean {
  const bare = text.trim();
  const words = splitWordCount(bare, false, MAX_BOX_WORDS + 1);
  return (
    words >= 6 &&
    words <= MAX_BOX_WORDS &&
    /[.!]["”’]?$/u.test(bare) &&
    !bare.includes(':') &&
    !/^["“”„«‘']/u.test(bare)
  );
}

/** Story paragraphs before a credits trailer for it to close the story. */
const MIN_STORY_BEFORE_TRAILER = 3;

/**
 * The desk's credits trailer ("Reporting by …; Editing by …", "Contact Jane Doe at …", a cue of
 * reason `credits`) after the story has run: it closes the story, and the short lines right after
 * it (a standards line, a market-data notice) are the site's, until prose resumes. Both
 * normalizers read their paragraphs this way.
 */
export function closesStory(reason: string | null | undefined, storyParagraphs: number): boolean {
  return reason === 'credits' && storyParagraphs >= MIN_STORY_BEFORE_TRAILER;
}

/** A short line after the trailer: no paragraph of the story's length. */
export function isTrailerNote(text: string): boolean {
  return splitWordCount(text.trim(), false, MAX_BOX_WORDS + 1) <= MAX_BOX_WORDS;
}

function markRepeatedBoxes(
  input: readonly string[],
  fingerprints: readonly string[],
  reasons: Array<string | null>,
): void {
  const counts = new Map<string, number>();
  const keys = input.map((text, i) => (isBoxRepeat(text) ? fingerprints[i]! : ''));
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  keys.forEach((key, i) => {
    if (key && !reasons[i] && (counts.get(key) ?? 0) >= BOX_REPEATS) reasons[i] = 'repeated-box';
  });
}

/** A paragraph repeated inside a longer paragraph of the same body is a pull quote (`keys`: the paragraphs' fingerprints). */
function markPullQuotes(keys: readonly string[], reasons: Array<string | null>): void {
  if (keys.length > MAX_PULL_QUOTE_SEARCH) return;
  // Longest first, one per line ("\n" is in none): one search per paragraph, not one per pair.
  let joined = '';
  for (const key of [...keys].sort((a, b) => b.length - a.length)) joined += ` ${key} \n`;
  keys.forEach((key, i) => {
    // Six words or more: a fingerprint's words are split by single spaces, so five of them.
    if (reasons[i] || key.length < MIN_PULL_QUOTE || !hasSpaces(key, 5)) return;
    const at = joined.indexOf(` ${key} `); // in a longer fingerprint's line if any longer one holds it
    if (joined.indexOf('\n', at) - joined.lastIndexOf('\n', at) - 3 > key.length) reasons[i] = 'pull-quote';
  });
}

/** Whether `text` holds at least `n` spaces (counted without splitting it). */
function hasSpaces(text: string, n: number): boolean {
  let found = 0;
  for (let at = text.indexOf(' '); at !== -1 && ++found < n; at = text.indexOf(' ', at + 1));
  return found >= n;
}
