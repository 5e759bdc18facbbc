/**
 * normalize/text/headline: which line above the body is the headline, judged by what it is.
 *
 * In: the page's lines, their cues, the body region, the lines repeating the document title.
 * Out: the headline's line index, or null.
 *
 * The headline sits in the block just above the body (with byline, date, standfirst, captions),
 * reads as a headline (a handful of words, no closing full stop) and shares words with the lede.
 * Mastheads (a short line in capitals), menus (several short items on one line, or a run of short
 * lines), breadcrumbs and section or programme labels are furniture: a menu line is never taken,
 * and a label shares no words with the lede, so a line that does wins over it.
 */
import { isMastheadLine } from '../outlet-self.ts';
import type { Cue } from './cues.ts';
import { findDate, isDateLine } from './dates.ts';
import { pickHeadline, type Candidate } from './headline-pick.ts';
import { lineFingerprint, type Line } from './lines.ts';
import { datedParts, labelledItem, labelledRepeat, LINK_OR_READING } from './headline-shapes.ts';
import { bylineOf, isCaption, isHeadlineShaped, namesBeforeDate } from './meta.ts';
import { isProse, type Region } from './region.ts';
import { contentWords } from './stopwords.ts';

/** How far above the body the headline may stand, in lines (bylines, dates, captions between). */
export const HEADLINE_REACH = 25;

/** Ends in "?" or "!": a headline that reads like a sentence. */
const QUESTION = /[?!]["'”’»)]*$/u;
const MAX_QUESTION_WORDS = 20;
/** A short line ending like a question or exclamation: a headline that reads as a sentence. */
const isShortQuestion = (line: Line): boolean => QUESTION.test(line.bare) && line.words <= MAX_QUESTION_WORDS;

/** Items of a menu or breadcrumb printed on one line: "News | Politics | Money", "Home › Politics". */
const ITEM_SEPARATOR = /\s{2,}|\t|\s+[|•·›»>/]\s+/u;

/** A menu, breadcrumb or tab bar on one line: two or more short items split by separators. */
export function isMenuLine(text: string): boolean {
  const items = text.trim().split(ITEM_SEPARATOR).filter(Boolean);
  if (items.length < 2) return false;
  const short = items.every((item) => item.split(/\s+/u).length <= 4 && !/[.!?,;:]$/u.test(item));
  // "Home › Politics" is a breadcrumb with two items; other separators need three.
  return short && (items.length >= 3 || /[›»>]/u.test(text));
}

/** A masthead or section label in capitals: "THE DAILY LEDGER", "NATION & WORLD". */
export function isCapitalsLabel(line: Line): boolean {
  const letters = line.bare.replace(/[^\p{L}]/gu, '');
  return (
    line.words <= 5 && letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)
  );
}

/** A line in a run of three or more short lines with no blank line between: menu items. */
function inShortRun(lines: readonly Line[], i: number): boolean {
  // Bylines and dates are short too, but they sit under a short headline, not in a menu.
  const short = (line: Line | undefined) =>
    line !== undefined &&
    line.words <= 3 &&
    !line.sentence &&
    !isDateLine(line.bare) &&
    !/^by\s/iu.test(line.bare);
  if (!short(lines[i])) return false;
  let from = i;
  while (from > 0 && !(lines[from] as Line).blankBefore && short(lines[from - 1])) from--;
  let to = i;
  while (short(lines[to + 1]) && !(lines[to + 1] as Line).blankBefore) to++;
  return to - from + 1 >= 3;
}

/** Menu, breadcrumb, masthead or label: never the headline. */
export function isFurnitureLine(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  return isMenuLine(line.text) || isCapitalsLabel(line) || inShortRun(lines, i) || isBadgedItem(line.text);
}

/**
 * A running head that opens with the page's own name, its first line ("Record of Proceedings",
 * then "RECORD OF PROCEEDINGS — HOUSE"): the site's label for the page, not the story's headline.
 */
function opensWithMasthead(lines: readonly Line[], i: number, lede: ReadonlySet<string>): boolean {
  const first = lines[0];
  if (!first || i === 0 || first.words > 4 || first.words < 2) return false;
  const name = lineFingerprint(first);
  const line = lineFingerprint(lines[i] as Line);
  if (line === name || !line.startsWith(`${name} `)) return false;
  // A headline may open with the name a page starts with ("Tom Cole: Join with …" under a page
  // named after him): what follows the name then reads as a headline (four words or more, not in
  // capitals) and shares the lede's words; a running head ("— HOUSE OF REPRESENTATIVES") does not.
  const rest = (lines[i] as Line).bare.split(/\s+/u).slice(name.split(' ').length).join(' ');
  // Over its own byline it is the story's headline (a running head has none).
  const next = lines[i + 1];
  const bylined = next !== undefined && bylineOf(next, lines[i + 2]) !== null;
  const headline =
    rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 4 &&
    rest !== rest.toUpperCase() &&
    (bylined || contentWords(rest).filter((w) => lede.has(w)).length >= 2);
  return !headline;
}

/** A list entry with its count set apart, as an app prints an unread badge: "Feed name  51". */
function isBadgedItem(text: string): boolean {
  return /^\S.{0,60}\S\s{2,}\d{1,5}$/u.test(text.trim());
}

/** The headline line of pasted text: headline-shaped, just above byline/date/lede and sharing words with the lede or the page title. */
export function findHeadline(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  titleIndices: readonly number[],
  /** The masthead's line (text/masthead.ts): the site's name is never the story's headline. */
  masthead: number | null = null,
): number | null {
  // A first line that is only the site's name recurs far from the body: not the headline.
  const near = titleIndices.filter((i) => i <= region.start + 1 && region.start - i <= HEADLINE_REACH);
  if (near.length) return near[near.length - 1] ?? null;
  const lede = ledeWords(lines, region);
  const candidates: Candidate[] = [];
  let pastRun = false;
  // Past a related-links box whose lines under it share few lede words, a line above must share more.
  let floor = 0;
  for (let i = region.start - 1; i >= Math.max(0, region.start - HEADLINE_REACH); i--) {
    const line = lines[i] as Line;
    if (cues[i]) {
      // A "Comments (12)" link often sits right under the headline; longer headers close the block.
      // So does a byline ending in the count ("Posted by admin | June 3, 2019 | 4 Comments").
      const commentLink =
        cues[i]?.reason === 'comment-form' &&
        (line.words <= 3 ||
          (/\|\s*\d+\s+comments?$/iu.test(line.bare) && /^(?:posted |written )?by\s/iu.test(line.bare)) ||
          // "Join the conversation: 1.2K comments": a short link that ends in its count.
          (line.words <= 6 && /\b\d[\d.,]*\s*[km]?\s+(?:comments?|responses|replies)$/iu.test(line.bare)));
      // A "Read also" box between the byline and the lede: its links are cued, the headline is
      // above it. A box is passed over when no candidate under it shares three lede words (its
      // last link may be uncued and share a word or two); above it a line must then share more.
      const best = Math.max(0, ...candidates.map((c) => c.shared));
      const box = cues[i]?.reason === 'related-links' && best < 3;
      if (box && cues[i]?.boundary && candidates.length) floor = Math.max(floor, 3, best + 1);
      // A database record prints the copyright under the headline ("Copyright 2018 Outlet All
      // Rights Reserved", then "Length: 487 words"): a copyright line alone closes no block.
      const notice = cues[i]?.reason === 'footer' && /^(?:©|\(c\)|copyright\b)/iu.test(line.bare);
      if (cues[i]?.boundary && !commentLink && !box && !notice) break;
      continue;
    }
    // A line carrying a web address is a clipping's or printout's source note, not a headline.
    if (
      i === masthead ||
      isMastheadLine(line.bare) ||
      labelledItem(line.bare) ||
      isFurnitureLine(lines, i) ||
      opensWithMasthead(lines, i, lede) ||
      /\bhttps?:\/\/\S/iu.test(line.bare)
    )
      continue;
    const above = lines[i - 1];
    // Three short lines in a row are a menu: the headline is not above it. (Two may be a byline
    // under a provider's name: "CNN / Jane Doe".) Unless nothing under the run reads as the
    // headline: a player's or viewer's controls ("−15s", "+30s", "Queue") sit under it, so above
    // the run only a line that shares two words with the lede is taken.
    const aboveThat = lines[i - 2];
    if (
      line.words <= 2 &&
      above &&
      above.words <= 2 &&
      !cues[i - 1] &&
      aboveThat &&
      aboveThat.words <= 2 &&
      !cues[i - 2]
    ) {
      if (candidates.some((c) => c.shared > 0)) break;
      pastRun = true;
    }
    // A question or exclamation headline ends like a sentence; a short one may still be the headline.
    const question = isShortQuestion(line);
    if (
      isHeadlineShaped(line) &&
      (!isProse(line, true) || question) &&
      !namesBeforeDate(line, lines[i + 1]) &&
      !datedParts(line) &&
      !LINK_OR_READING.test(line.bare)
    ) {
      const shared = contentWords(line.bare).filter((w) => lede.has(w)).length;
      // Its own byline right under it marks the story's headline above a related box even when
      // it shares fewer words than the floor ("Holder assigns …" over "By Jane Doe").
      const next = lines[i + 1];
      const bylined = shared > 0 && next !== undefined && bylineOf(next, lines[i + 2]) !== null;
      if ((!pastRun || shared >= 2) && (shared >= floor || bylined)) candidates.push({ index: i, shared });
    }
  }
  // A post that shares an article opens on the poster's note ("Full article below."), so the body
  // region starts above the article's own headline: a headline-shaped line under the note, with
  // its byline or date just below and words shared with the prose under it, is the headline when
  // nothing above the region shares two words with the lede.
  if (!candidates.some((c) => c.shared >= 2)) {
    const shared = sharedArticleHeadline(lines, cues, region, candidates);
    if (shared !== null) return shared;
  }
  // "X, Y. Is this the moment?" reads as prose, so the body region may start on it: over its own
  // byline or date it is a candidate too, weighed against the lines above like any other.
  const top = lines[region.start];
  const under = lines[region.start + 1];
  const questionOpens =
    top !== undefined &&
    under !== undefined &&
    !cues[region.start] &&
    isHeadlineShaped(top) &&
    isShortQuestion(top);
  // Its credits may stand over it too ("Site / Section / By Jane Doe / Updated 8 hours ago / Is this …?").
  const over = lines[region.start - 1];
  const creditedOver =
    over !== undefined && top !== undefined && (isDateLine(over.bare) || bylineOf(over, top) !== null);
  if (
    questionOpens &&
    (bylineOf(under as Line, lines[region.start + 2]) !== null ||
      isDateLine((under as Line).bare) ||
      creditedOver)
  ) {
    const below = ledeWords(lines, { ...region, start: region.start + 1 });
    candidates.push({
      index: region.start,
      shared: contentWords((top as Line).bare).filter((w) => below.has(w)).length,
    });
  }
  const earliest = pickHeadline(lines, cues, candidates);
  if (earliest !== null) {
    const key = lineFingerprint(lines[earliest] as Line);
    for (let i = region.start - 1; i > earliest; i--) if (lineFingerprint(lines[i] as Line) === key) return i;
    // "Now playing: <headline>", "Share: <headline>": a player's, a share box's or a ticker's label
    // over the headline printed again below it on its own. The bare line is the headline.
    const repeat = labelledRepeat(lines, earliest, region.start);
    return repeat ?? earliest;
  }
  const first = lines[0];
  if (
    first &&
    !cues[0] &&
    masthead !== 0 &&
    isHeadlineShaped(first) &&
    !isFurnitureLine(lines, 0) &&
    region.start > 0
  )
    return 0;
  // "Is this the moment?": a question headline reads as a sentence, so the body may start on it.
  if (questionOpens && ((under as Line).blankBefore || !isProse(under as Line, true))) return region.start;
  return null;
}

/** How far into the body region a shared article's headline may stand, in lines. */
const SHARED_REACH = 12;

/** A headline-shaped line near the region's top, over a byline or date, sharing two words with the prose under it. */
function sharedArticleHeadline(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  above: readonly Candidate[],
): number | null {
  const last = Math.min(region.end - 1, region.start + SHARED_REACH);
  for (let i = region.start; i <= last; i++) {
    const line = lines[i] as Line;
    // A question headline may read as prose ("X. Is this the moment?"): only the stricter test
    // below (no credits, an unrelated note above) may take it.
    const sentence = isProse(line, true);
    const question = isShortQuestion(line);
    if (cues[i] || !isHeadlineShaped(line) || (sentence && !question) || isFurnitureLine(lines, i)) continue;
    let credited = -1;
    for (let j = i + 1; j <= Math.min(i + 3, region.end); j++) {
      const below = lines[j] as Line;
      if (bylineOf(below, lines[j + 1]) !== null || isDateLine(below.bare)) credited = j;
    }
    const prose = ledeWords(lines, { ...region, start: (credited < 0 ? i : credited) + 1 });
    const shared = contentWords(line.bare).filter((w) => prose.has(w)).length;
    if (credited >= 0 && shared >= 2 && !sentence) return i;
    // No credits under it (a round-up's "The main event:", a post quoting an agency's story): the
    // line must share three words with the prose under it, and the note above it, which is about
    // something else and carries no byline or date, at most one; and no line above the region
    // (the page's own headline) shares two words with that prose, or one with its credits under it.
    if (
      credited < 0 &&
      i > region.start &&
      shared >= 3 &&
      noteShares(lines, region.start, i, prose) <= 1 &&
      !creditsAbove(lines, region.start, i) &&
      !above.some((c) => {
        const words = contentWords((lines[c.index] as Line).bare).filter((w) => prose.has(w)).length;
        return words >= 2 || (words === 1 && creditsAbove(lines, c.index + 1, c.index + 3));
      }) &&
      opensStory(lines, cues, i, region.end)
    )
      return i;
  }
  return null;
}

/**
 * The story's prose starts under line `i` after at most its own furniture: the headline printed
 * again, a caption, a credit or a dated source line ("Via NPR, Jan. 14"), a short outlet or name
 * line. Another headline-shaped line between (a list of story highlights) means `i` is one item.
 */
function opensStory(lines: readonly Line[], cues: readonly (Cue | null)[], i: number, end: number): boolean {
  const key = lineFingerprint(lines[i] as Line);
  for (let j = i + 1; j <= Math.min(end, i + 5); j++) {
    const line = lines[j] as Line;
    if (isProse(line, true)) return true;
    if (cues[j] || line.words <= 3 || isCaption(line) || lineFingerprint(line) === key) continue;
    // "Via NPR, Jan. 14", "From Reuters": the source credit of a quoted story.
    const source = /^(?:via|from|source:)\s/iu.test(line.bare) && line.words <= 8;
    if (source || bylineOf(line, lines[j + 1]) !== null || findDate(line.bare) !== null) continue;
    return false;
  }
  return false;
}

/** A byline or date among the lines from `from` up to `to`: the story's credits stand above `to`, so it is no headline (a caption, a standfirst). */
function creditsAbove(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (bylineOf(lines[i] as Line, lines[i + 1]) !== null || isDateLine((lines[i] as Line).bare)) return true;
  return false;
}

/** How many of `words` the lines from `from` up to `to` (excluded) use. */
function noteShares(lines: readonly Line[], from: number, to: number, words: ReadonlySet<string>): number {
  const used = new Set<string>();
  for (let i = from; i < to; i++)
    for (const word of contentWords((lines[i] as Line).bare)) if (words.has(word)) used.add(word);
  return used.size;
}

/** Content words of the body's first prose lines (the lede). */
function ledeWords(lines: readonly Line[], region: Region): Set<string> {
  const words = new Set<string>();
  let taken = 0;
  for (let i = region.start; i <= region.end && taken < 3; i++) {
    const line = lines[i] as Line;
    if (!isProse(line, false)) continue;
    for (const word of contentWords(line.bare)) words.add(word);
    taken++;
  }
  return words;
}
