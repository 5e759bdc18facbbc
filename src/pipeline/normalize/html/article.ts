/**
 * normalize/html/article: page metadata + cleaned body blocks + story.yaml hints
 * -> the NormalizedArticle the rest of the pipeline sees.
 *
 * Decides which blocks are paragraphs and which are subheads, and reads the few facts that live
 * in the body text rather than in markup: the dateline ("JAKARTA -"), wire agencies credited,
 * and a machine-translation note. The short paragraphs after the desk's credits trailer are the
 * site's, as in pasted text (normalize/furniture.ts).
 */
import { noticeReason } from '../notices.ts';
import type { RemovedBlock } from '../../../lib/model.ts';
import { withoutCardHeadings } from '../bios.ts';
import { isFirstPageCount } from '../reader-posts.ts';
import { closesStory, isTrailerNote, paragraphFurniture } from '../furniture.ts';
import { isJumpHead } from '../text/copy-cues.ts';
import { cueOf, isCommentsHeader, TRANSLATION_NOTE } from '../text/cues.ts';
import { isDateLine } from '../text/dates.ts';
import { fingerprint, splitLines } from '../text/lines.ts';
import { isCaption } from '../text/meta.ts';
import { isProse } from '../text/region.ts';
import { findAgencies, findDateline } from '../text/sources.ts';
import type { NormalizeHints, NormalizedArticle } from '../types.ts';
import type { BodyResult } from './body.ts';
import type { PageMetadata } from './metadata.ts';
import { collapse, summarize } from './text.ts';

const MAX_REMOVED_CHARS = 500;
/** Longest paragraph read as one item of a list of links. */
const LIST_ITEM_LENGTH = 160;
/** Ends like a sentence, or like a line introducing what follows ("The council said:"). */
const SENTENCE_END = /[.!?…:]["'”’»)\]]*$/u;
/** Body paragraphs before a comments header for the rest of the page to count as comments. */
const MIN_PROSE_BEFORE_COMMENTS = 3;

/** `statedBody`: paragraphs to use when the body blocks are empty (from JSON-LD articleBody). */
export function buildArticle(
  meta: PageMetadata | null,
  body: BodyResult,
  hints: NormalizeHints,
  statedBody: readonly string[] = [],
): NormalizedArticle {
  // Each paragraph with its element (none for a stated body): a list's items share its box.
  const blockParagraphs: Array<{ text: string; el: Element | null }> = body.blocks.length
    ? []
    : statedBody.map((text) => ({ text, el: null }));
  const subheads: string[] = [];
  const removed: RemovedBlock[] = [...body.removed];
  for (const [at, block] of body.blocks.entries()) {
    if (block.kind === 'heading') {
      // A heading that is the site talking (a "Republish this story" box's title) is a notice, as
      // text/body.ts reads a pasted one; a heading over a page count is an embedded document's
      // title (normalize/reader-posts.ts reads a pasted one the same way).
      const next = body.blocks[at + 1];
      const notice =
        noticeReason(block.text) ??
        (next?.kind !== 'heading' && isFirstPageCount(next?.text ?? '') ? 'document-viewer' : null);
      if (notice) removed.push({ text: block.text, reason: notice });
      else if (block.level >= 2 && block.level <= 4) subheads.push(block.text);
      else removed.push({ text: block.text, reason: `h${block.level}` });
    } else {
      blockParagraphs.push({ text: block.text, el: block.el });
    }
  }
  leadingOutside(blockParagraphs, removed);
  // The text normalizer's furniture vocabulary, one paragraph at a time: promos, ads, video
  // widgets, contributor lines, date lines, captions that Readability kept as paragraphs. First,
  // so that the whole-paragraph rules below see the body as it starts.
  const early: string[] = [];
  const credits: string[] = [];
  // Readers' comments follow a comments header once the article has run a few paragraphs.
  let comments = false;
  let prose = 0;
  // The links under a "Read also" or "More coverage" header: short titles in the header's box
  // that do not end like a sentence (as text/cues.ts reads pasted lines). A short paragraph
  // after the box (a subhead set as a paragraph) is the article's.
  let box: Element | null = null;
  let boxReason = 'related-links';
  // A photo credit's box ("PHOTO BY JANE DOE / STAFF", then the cutline): one figure.
  let figure: Element | null = null;
  // The credits trailer has closed the story (normalize/furniture.ts).
  let closed = false;
  // The jump head over a continued story ("GROVER", then "Continued from Page A2").
  const jumpHead = (i: number) =>
    isJumpHead(blockParagraphs[i]?.text ?? '', blockParagraphs[i + 1]?.text ?? '');
  const kept = blockParagraphs.flatMap(({ text, el }, i) => {
    if (comments) {
      removed.push({ text, reason: 'comments' });
      return [];
    }
    const cue = cueOf(text.trim());
    const links = cue?.reason === 'related-links';
    // A box's header: a list of links, or a citation or sources box closing the article.
    const header =
      (links && (cue.boundary || Boolean(cue.list))) ||
      (cue?.boundary === true && (cue.reason === 'credits' || cue.reason === 'footer'));
    // An item may carry a cue of its own (a price reads as a share count): it is still an item.
    // A link's title does not end like a sentence; a citation does.
    const item =
      !header &&
      Boolean(box && el && box.contains(el)) &&
      text.length <= LIST_ITEM_LENGTH * 2 &&
      (boxReason !== 'related-links' || (text.length <= LIST_ITEM_LENGTH && !SENTENCE_END.test(text.trim())));
    if (header) {
      box = el?.parentElement ?? null;
      boxReason = cue.reason;
    } else if (!item) box = null;
    const cutline = Boolean(figure && el && figure.contains(el)) && text.length <= LIST_ITEM_LENGTH;
    const own = item ? boxReason : cutline ? 'caption' : jumpHead(i) ? 'navigation' : furnitureReason(text);
    // The story closed by its credits trailer: short lines after it are the site's.
    const reason = own ?? (closed && isTrailerNote(text) ? 'after-credits' : null);
    closed = closesStory(reason, prose) || (closed && reason !== null);
    // Only a small box is a figure: the article's own container holds captions and paragraphs.
    const parent = el?.parentElement ?? null;
    figure = reason === 'caption' && !cutline && parent && parent.children.length <= 3 ? parent : null;
    if (reason === 'comment-form' && isCommentsHeader(text.trim()) && prose >= MIN_PROSE_BEFORE_COMMENTS)
      comments = true;
    if (!reason) prose++;
    if (!reason) return [text];
    if (reason === 'caption') early.push(text);
    if (reason === 'contributors') credits.push(text);
    removed.push({ text, reason });
    return [];
  });
  // Whole-paragraph furniture (highlights, correction notes, shouted links), shared with text.
  const shaped = paragraphFurniture(kept);
  const paragraphs = shaped.paragraphs;
  removed.push(...shaped.removed);

  const translationIndex = paragraphs.findIndex((p) => p.length < 400 && TRANSLATION_NOTE.test(p));
  const translationNote = translationIndex >= 0 ? (paragraphs[translationIndex] ?? null) : null;
  if (translationIndex >= 0) {
    paragraphs.splice(translationIndex, 1);
    removed.push({ text: translationNote ?? '', reason: 'translation-note' });
  }

  const captions = [...body.captions, ...early, ...shaped.captions];

  const headline = meta?.headline ?? meta?.title ?? '';
  // "CITY (Agency) - <the headline>": a wire copy's headline printed again as its first line.
  // Its dateline still belongs to the story.
  const datelined = findDateline(paragraphs[0] ?? '');
  if (datelined && repeatsHeadline(paragraphs[0] ?? '', headline)) {
    removed.push({ text: paragraphs[0] ?? '', reason: 'duplicate' });
    paragraphs.shift();
  }
  const lead = paragraphs[0] ?? '';
  const dateline = datelined ?? findDateline(lead);
  const ownSubheads = withoutCardHeadings(subheads, removed);
  return {
    headline: collapse(headline),
    standfirst: standfirstOf(meta?.description ?? null, lead, headline),
    byline: meta?.byline ?? null,
    outlet: hints.outlet ?? meta?.outlet ?? null,
    published: hints.published ?? meta?.published ?? null,
    dateline,
    agencies: findAgencies([
      meta?.byline ?? '',
      lead.slice(0, 120),
      paragraphs.at(-1)?.slice(0, 300) ?? '',
      ...credits,
    ]),
    machineTranslated: translationNote !== null,
    translationNote,
    language: hints.language ?? meta?.language ?? null,
    url: hints.url ?? meta?.url ?? null,
    captions: unique(captions),
    tags: meta?.tags ?? [],
    subheads: ownSubheads,
    paragraphs,
    // A record of what was dropped, not a copy of the page: long entries are cut.
    removed: removed.map((block) => ({ ...block, text: summarize([block.text], MAX_REMOVED_CHARS) })),
  };
}

/** Share of the body's paragraphs one <article> or <main> must hold to be the article's box. */
const CONTAINER_SHARE = 0.8;

/**
 * Paragraphs before the article's own box: when an <article> (or <main>) holds nearly all the
 * body, the paragraphs that precede it outside it are the page's (a forum poster's note, a
 * promo), not the story's. Removes them from `paragraphs` in place.
 */
function leadingOutside(
  paragraphs: Array<{ text: string; el: Element | null }>,
  removed: RemovedBlock[],
): void {
  const boxOf = (el: Element | null) => el?.closest?.('article') ?? el?.closest?.('main') ?? null;
  const counts = new Map<Element, number>();
  for (const { el } of paragraphs) {
    const box = boxOf(el);
    if (box) counts.set(box, (counts.get(box) ?? 0) + 1);
  }
  const [box, held] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!box || held < paragraphs.length * CONTAINER_SHARE) return;
  let lead = 0;
  while (lead < paragraphs.length && boxOf(paragraphs[lead]?.el ?? null) !== box) lead++;
  for (const { text } of paragraphs.splice(0, lead)) removed.push({ text, reason: 'outside article' });
}

/** The paragraph is the headline after a short prefix (a dateline). */
function repeatsHeadline(paragraph: string, headline: string): boolean {
  const key = fingerprint(headline);
  const text = fingerprint(paragraph);
  return key.length >= 20 && text.endsWith(key) && text.length - key.length <= 60;
}

/** The meta description is a standfirst only when it is not just the lead paragraph cut short. */
function standfirstOf(description: string | null, lead: string, headline: string): string | null {
  if (!description) return null;
  const text = collapse(description);
  const stem = text
    .replace(/(?:\.\.\.|…)$/, '')
    .trim()
    .slice(0, 80)
    .toLowerCase();
  if (!stem || lead.toLowerCase().startsWith(stem) || text.toLowerCase() === headline.toLowerCase())
    return null;
  return text;
}

/** Why a paragraph is furniture (cues.ts, a caption or a date line alone), or null. */
function furnitureReason(text: string): string | null {
  const line = splitLines(text)[0];
  if (!line) return null;
  // Numbers and symbols alone are table cells in HTML, not share counts or separators; a clock
  // time alone (a chat's or a feed's stamp), a long rule and a row of a toolbar's icons are not.
  if (!/\p{L}/u.test(line.bare)) {
    if (/^\d{1,2}:\d{2}$/u.test(line.bare)) return 'timestamp';
    // A long rule ("______"), a row of icons ("<  >  ⬆  ▢") or one icon ("↻"); a short rule
    // ("___") or a sign ("%") may be a table cell.
    return !/\p{N}/u.test(line.bare) &&
      /^(?:[_=*~-]{4,}|(?:\S+\s+){3,}\S+|(?![\x20-\x7E])\p{S})$/u.test(line.bare)
      ? 'separator'
      : null;
  }
  const cue = cueOf(line.bare);
  if (cue && cue.reason !== 'translation-note') return cue.reason;
  // A caption Readability kept as a paragraph: short, or opening with a photo label ("FILE PHOTO:").
  if (isCaption(line) && (!isProse(line, true) || /^file\b/iu.test(line.bare))) return 'caption';
  // "Published 1:12 p.m. ET Feb. 21, 2019 | Updated 2:12 p.m. ET": date lines side by side.
  if (isDateLine(line.bare) || line.bare.split(/\s+[|•·]\s+/u).every((part) => isDateLine(part)))
    return 'date';
  return null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
