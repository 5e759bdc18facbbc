/**
 * normalize/html/body: a parsed page -> the article body as ordered text blocks, its figure
 * captions, and the blocks that were dropped and why.
 *
 * 1. Obvious page furniture is pruned by markup cues (prune.ts).
 * 2. Mozilla Readability picks the content container (it scores candidate nodes by text, commas,
 *    class names and link density, and cleans out embedded widgets). When it finds nothing or too
 *    little, or the tree is too deep or large for it, a density extractor over the whole page's
 *    blocks takes over (fallback.ts).
 * 3. The container is read back as blocks (blocks.ts) and cleaned with block-level cues
 *    Readability does not use: teasers linking to the page's own site, repeats of the headline,
 *    and position — the leading run before the first prose block (kickers, bylines, dates) and
 *    the trailing run of link-dense, page-repeated or very short blocks (share bars, tag lists,
 *    "related" headings) are cut. Link-dense blocks in the middle stay: annotated bodies keep
 *    in-text link lists (product links, sources) and so do readers.
 * Everything here is language-independent: no boilerplate word lists.
 */
import { Readability } from '@mozilla/readability';
import type { RemovedBlock } from '../../../lib/model.ts';
import { type Block, collectBlocks } from './blocks.ts';
import { isHighlightsHeader } from '../furniture.ts';
import { densityBody } from './fallback.ts';
import { isCommentsHeader } from '../text/cues.ts';
import { pruneFurniture } from './prune.ts';
import { cutByStructure, snapshotStructure } from './structure.ts';
import { collapse, endsLikeSentence, summarize, wordCount } from './text.ts';

export interface BodyResult {
  blocks: Block[];
  captions: string[];
  removed: RemovedBlock[];
  method: 'readability' | 'density' | 'none';
}

/** Below this many words in body paragraphs, Readability's answer is not trusted. */
const MIN_BODY_WORDS = 60;
/** Blocks with more link text than this fraction are navigation (at the body's edges). */
const MAX_LINK_DENSITY = 0.5;

export interface BodyContext {
  headline: string | null;
  title: string | null;
  /** The page's own host (from its canonical URL), to tell teasers from outbound links. */
  host: string | null;
}

/** The article's body blocks from a parsed page (Readability first, a text-density fallback), with captions and removed furniture. */
export function extractBody(doc: Document, context: BodyContext): BodyResult {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { blocks: [], captions: [], removed: [], method: 'none' };
  // Before pruning removes the comments section's header, note the paragraphs that follow it.
  const commentTexts = textsAfterComments(root);
  const furniture = pruneFurniture(doc);
  // Whole-page blocks first: Readability mutates the document.
  const pageBlocks = collectBlocks(root, context.host);
  const repeats = countTexts(pageBlocks);
  // The page's structure as parsed: Readability moves and renames the elements.
  const structure = snapshotStructure(root, pageBlocks);

  let candidate = fitsReadability(root) ? readabilityBlocks(doc, context.host) : [];
  let method: BodyResult['method'] = 'readability';
  if (bodyWords(candidate) < MIN_BODY_WORDS) {
    const dense = densityBody(pageBlocks);
    if (bodyWords(dense) > bodyWords(candidate)) {
      candidate = dense;
      method = 'density';
    }
  }
  const comments = commentsCut(pageBlocks, candidate, commentTexts);
  const cleaned = cleanBlocks(comments.kept, repeats, context);
  cleaned.removed.push(...comments.removed);
  const cut = cutByStructure(cleaned.blocks, structure);
  cleaned.blocks = cut.blocks;
  cleaned.removed.push(...cut.removed);
  if (!cleaned.blocks.length) method = 'none';
  const outside = outsideRuns(pageBlocks, candidate);
  return { ...cleaned, removed: [...furniture, ...outside, ...cleaned.removed], method };
}

/** Body paragraphs before a comments header for what follows it to count as comments. */
const MIN_PARAGRAPHS_BEFORE_COMMENTS = 3;

/**
 * Readers' comments: a container may take the paragraphs after a comments header ("Comments",
 * "Leave a reply") that itself stands outside it. Everything after the header, in page order,
 * once the article has run a few paragraphs, is dropped as comments.
 */
function commentsCut(
  pageBlocks: readonly Block[],
  chosen: Block[],
  commentTexts: ReadonlySet<string>,
): { kept: Block[]; removed: RemovedBlock[] } {
  // Readability returns its own nodes: blocks are matched to the page by their text.
  const inside = new Set(chosen.map((block) => block.text));
  const position = new Map<string, number>();
  pageBlocks.forEach((block, i) => {
    if (!position.has(block.text)) position.set(block.text, i);
  });
  let paragraphs = 0;
  let header = -1;
  for (let i = 0; i < pageBlocks.length; i++) {
    const block = pageBlocks[i] as Block;
    if (inside.has(block.text) && block.kind !== 'heading') paragraphs++;
    if (paragraphs >= MIN_PARAGRAPHS_BEFORE_COMMENTS && isCommentsHeader(block.text)) {
      header = i;
      break;
    }
  }
  if (header < 0 && !commentTexts.size) return { kept: chosen, removed: [] };
  const kept = chosen.filter(
    (block) => (header < 0 || (position.get(block.text) ?? -1) < header) && !commentTexts.has(block.text),
  );
  const dropped = chosen.filter((block) => !kept.includes(block)).map((block) => block.text);
  return { kept, removed: dropped.length ? [{ text: summarize(dropped), reason: 'comments' }] : [] };
}

/** class/id tokens of a comments section ("comments", "comment-list", "respond", "reply-title"). */
const COMMENT_TOKENS = /(?:^|[\s_-])(?:comments?|discussion|respond|reply-title)(?:$|[\s_-])/iu;
/** Characters of a paragraph that counts as article text before a comments section. */
const MIN_ARTICLE_PARAGRAPH = 80;

/**
 * The paragraphs after the first comments section (by its class or id) that follows a few
 * paragraphs of article text: readers' comments, whatever container Readability picks.
 */
function textsAfterComments(root: Element): Set<string> {
  const texts = new Set<string>();
  let paragraphs = 0;
  let inComments = false;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const text = el.localName === 'p' ? collapse(el.textContent ?? '') : '';
    if (inComments) {
      if (text) texts.add(text);
      continue;
    }
    if (text.length >= MIN_ARTICLE_PARAGRAPH) paragraphs++;
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (paragraphs >= MIN_PARAGRAPHS_BEFORE_COMMENTS && names.length < 200 && COMMENT_TOKENS.test(names))
      inComments = true;
  }
  return texts;
}

/**
 * Readability's scoring is superlinear in tree depth (minutes for a few thousand nested unclosed
 * tags) and in size; real article pages stay far below these limits.
 */
const MAX_READABILITY_DEPTH = 150;
const MAX_READABILITY_ELEMENTS = 30_000;

function fitsReadability(root: Element): boolean {
  let elements = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > MAX_READABILITY_DEPTH || ++elements > MAX_READABILITY_ELEMENTS) return false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return true;
}

function readabilityBlocks(doc: Document, host: string | null): Block[] {
  try {
    const article = new Readability(doc, {
      serializer: (node: Node) => node,
      charThreshold: 300,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    const content = article?.content;
    return content && typeof content === 'object' ? collectBlocks(content as Element, host) : [];
  } catch {
    // Readability throws on some degenerate trees; the density extractor still has the page.
    return [];
  }
}

/**
 * Page blocks the chosen container left out (mastheads, rails, footers), one `removed` entry per
 * contiguous run, so nothing disappears without a trace.
 */
function outsideRuns(pageBlocks: readonly Block[], chosen: readonly Block[]): RemovedBlock[] {
  const inside = new Set(chosen.map((block) => block.text));
  const runs: RemovedBlock[] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length) runs.push({ text: summarize(run), reason: 'outside article' });
    run = [];
  };
  for (const block of pageBlocks) {
    if (inside.has(block.text)) close();
    else run.push(block.text);
  }
  close();
  return runs;
}

function bodyWords(blocks: readonly Block[]): number {
  let words = 0;
  for (const block of blocks)
    if (block.kind !== 'caption' && block.kind !== 'figure') words += wordCount(block.text);
  return words;
}

function countTexts(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) counts.set(block.text, (counts.get(block.text) ?? 0) + 1);
  return counts;
}

function linkDensity(block: Block): number {
  return block.text.length ? block.linkChars / block.text.length : 0;
}

function sameText(a: string, b: string | null): boolean {
  if (!b) return false;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

interface Cleaned {
  blocks: Block[];
  captions: string[];
  removed: RemovedBlock[];
}

/** Position-independent reason to drop a block, or null to keep it. */
function dropReason(block: Block, context: BodyContext): string | null {
  if (sameText(block.text, context.headline) || sameText(block.text, context.title)) return 'headline';
  // Mostly a link to another page of the same site: a "read more" teaser or tag, not prose.
  if (block.internalLinkChars / block.text.length > MAX_LINK_DENSITY && wordCount(block.text) < 30)
    return 'site link';
  return null;
}

/** Looks like body text: some prose with few links. */
function isContent(block: Block): boolean {
  const words = wordCount(block.text);
  if (block.kind === 'heading' || linkDensity(block) > MAX_LINK_DENSITY) return false;
  return words >= 8 || (words >= 4 && endsLikeSentence(block.text));
}

/** Trailing blocks that are page furniture rather than the article's last lines. */
function isTrailingBoilerplate(block: Block, repeats: Map<string, number>): boolean {
  const words = wordCount(block.text);
  if (linkDensity(block) > MAX_LINK_DENSITY) return true;
  if ((repeats.get(block.text) ?? 0) > 1 && words < 12) return true;
  return words < 4 && !endsLikeSentence(block.text);
}

/** Puts body blocks through the furniture rules one by one: captions aside, repeated and furniture blocks removed with their reason. */
export function cleanBlocks(
  blocks: readonly Block[],
  repeats: Map<string, number>,
  context: BodyContext,
): Cleaned {
  const removed: RemovedBlock[] = [];
  const captions: string[] = [];
  const kept: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'caption') {
      captions.push(block.text);
      continue;
    }
    if (block.kind === 'figure') {
      removed.push({ text: block.text, reason: 'figure' });
      continue;
    }
    const reason = dropReason(block, context);
    if (reason) removed.push({ text: block.text, reason });
    else kept.push(block);
  }
  // Leading edge: navigation, kickers, bylines and dates come before the first prose block.
  let start = 0;
  while (start < kept.length && !isContent(kept[start] as Block)) start++;
  // A "Key points" header stays with its items: the highlights rule (furniture.ts) needs it to
  // tell the items from the lede.
  if (start > 0 && isHighlightsHeader(kept[start - 1]?.text ?? '')) start--;
  // Trailing edge: link lists, share bars, tag clouds and their short headings.
  let end = kept.length;
  while (end > start && isTrailingBoilerplate(kept[end - 1] as Block, repeats)) end--;
  kept.forEach((block, index) => {
    if (index < start) removed.push({ text: block.text, reason: 'before body' });
    else if (index >= end) removed.push({ text: block.text, reason: 'after body' });
  });
  return { blocks: kept.slice(start, end), captions, removed };
}
