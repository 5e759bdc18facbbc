/**
 * normalize/html/structure: the page's blocks as first parsed, and the body blocks chosen from
 * them -> the body blocks without the page's boxes that structure alone gives away, and a record
 * of what was cut.
 *
 * Readability moves, renames and strips the page's elements, so the page's structure is read
 * before it runs: each block's chain of ancestors (`snapshotStructure`), looked up later by the
 * block's text. The cuts use element kinds and positions only, no words:
 *   - outside the article: when one <article> (or <main>) holds nearly all the body, the blocks
 *     after its last one that sit outside it (a rail, a neighbours' feed, a footer the chosen
 *     container took in);
 *   - a closing box of headings: a box at the end of the body holding more headings than prose
 *     paragraphs (sources, revision history, "how we work" boxes whose lists were already cut);
 *   - a box of lines: in a story set in <p>, two or more bare lines in a row from one box with
 *     no <p> (a details or topics box, discussion questions, a fact box's labels).
 */
import type { RemovedBlock } from '../../../lib/model.ts';
import { isHighlightsHeader } from '../furniture.ts';
import { cueOf } from '../text/cues.ts';
import { type Block, collectBlocks } from './blocks.ts';
import { endsLikeSentence, wordCount } from './text.ts';

/**
 * The page as parsed: the ancestors (innermost first) of each place a block's text stands, by the
 * text (a text the page repeats, in a menu and in a table, has several); the widget boxes.
 */
export interface PageStructure {
  chains: ReadonlyMap<string, ReadonlyArray<readonly Element[]>>;
  widgets: ReadonlySet<Element>;
  /** Bare lines (text straight in a <div> of a box without <p>) and their box. */
  lineBoxes: ReadonlyMap<Element, Element>;
}

/** Share of the body's words one <article> or <main> must hold to be the article's box. */
const CONTAINER_SHARE = 0.8;

/** Records each page block's ancestors before Readability moves them. */
export function snapshotStructure(root: Element, pageBlocks: readonly Block[]): PageStructure {
  const widgets = widgetBoxes(root);
  const chains = new Map<string, Element[][]>();
  for (const block of pageBlocks) {
    const chain: Element[] = [];
    for (let el: Element | null = block.el; el; el = el.parentElement) chain.push(el);
    const seen = chains.get(block.text);
    if (seen) seen.push(chain);
    else chains.set(block.text, [chain]);
  }
  return { chains, widgets, lineBoxes: lineBoxes(pageBlocks) };
}

/**
 * The box of each bare line as parsed: a block whose text stands straight in a <div> (or another
 * element that is none of the story's kinds), in a parent holding no <p> at all.
 */
function lineBoxes(pageBlocks: readonly Block[]): Map<Element, Element> {
  const boxes = new Map<Element, Element>();
  const holdsParagraph = new Map<Element, boolean>();
  for (const { el } of pageBlocks) {
    if (STORY_TAGS.has(el.localName)) continue;
    const box = el.parentElement;
    if (!box || ['article', 'main', 'body', 'html'].includes(box.localName)) continue;
    let held = holdsParagraph.get(box);
    if (held === undefined) holdsParagraph.set(box, (held = box.querySelector('p') !== null));
    if (!held) boxes.set(el, box);
  }
  return boxes;
}

/** Form controls: what a reader clicks or types into, never what they read. */
const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, [role="button"]';
/** Most text (controls aside) a box around controls may hold to be a widget: a few lines. */
const MAX_WIDGET_CHARS = 400;
/** Words of one paragraph that make a box article text whatever controls it holds. */
const PROSE_WORDS = 40;
/** Elements never taken for a widget box, whatever they hold. */
const NEVER_WIDGET = new Set(['html', 'body', 'main', 'article', 'p', 'li', 'blockquote', 'td', 'th']);

/**
 * Boxes built around form controls: from each control, the nearest ancestor holding text of its
 * own (a document viewer's title and notes over its zoom buttons, a quiz's question over its
 * answers, a sign-up box's pitch over its field, a comment's actions). Such a box is a widget when
 * its text is a few lines and none of it is a paragraph of prose.
 */
function widgetBoxes(root: Element): Set<Element> {
  const boxes = new Set<Element>();
  const seen = new Set<Element>();
  for (const control of Array.from(root.querySelectorAll(CONTROLS))) {
    let box = control.parentElement;
    let blocks = box ? collectBlocks(box) : [];
    while (box && !blocks.length && !NEVER_WIDGET.has(box.localName)) {
      box = box.parentElement;
      blocks = box ? collectBlocks(box) : [];
    }
    if (!box || seen.has(box) || NEVER_WIDGET.has(box.localName)) continue;
    seen.add(box);
    const chars = blocks.reduce((n, block) => n + block.text.length, 0);
    if (chars > MAX_WIDGET_CHARS || box.querySelector('blockquote')) continue;
    if (blocks.some((block) => block.kind !== 'heading' && wordCount(block.text) >= PROSE_WORDS)) continue;
    boxes.add(box);
  }
  return boxes;
}

/** Body blocks cut by the page's structure, in order, and the removed ones with their reason. */
export function cutByStructure(
  blocks: readonly Block[],
  structure: PageStructure,
): { blocks: Block[]; removed: RemovedBlock[] } {
  const removed: RemovedBlock[] = [];
  const cut = (from: readonly Block[], drop: ReadonlyMap<number, string>): Block[] =>
    from.filter((block, i) => {
      const reason = drop.get(i);
      if (!reason) return true;
      removed.push({ text: block.text, reason });
      return false;
    });
  const drop = new Map<number, string>();
  for (const i of afterArticle(blocks, structure)) drop.set(i, 'outside article');
  blocks.forEach((block, i) => {
    if (allInside(block, structure, structure.widgets)) drop.set(i, 'widget');
  });
  const boxed = cut(blocks, drop);
  // Then the boxes that differ in kind from the story around them.
  const kinds = new Map<number, string>();
  for (const i of closingBox(boxed, structure)) kinds.set(i, 'closing box');
  for (const run of bareRuns(boxed, structure)) {
    // A box whose first line the shared vocabulary reads ("Read also", "In this article", "Key
    // points") keeps that reading as its reason.
    const first = (boxed[run[0] as number] as Block).text.trim();
    const reason = isHighlightsHeader(first) ? 'highlights' : (cueOf(first)?.reason ?? 'box of lines');
    for (const i of run) kinds.set(i, reason);
  }
  return { blocks: cut(boxed, kinds), removed };
}

/** A paragraph of prose: a sentence or more, not a label. */
function isProse(block: Block): boolean {
  if (block.kind === 'heading') return false;
  const words = wordCount(block.text);
  return words >= 8 || (words >= 4 && endsLikeSentence(block.text));
}

/** Headings over nothing a closing box must hold; its headings outnumber its prose too. */
const MIN_BOX_HEADINGS = 2;

/**
 * Indexes of a closing box: the outermost element holding the body's last blocks but not all of
 * them, when those blocks are more headings than prose and two or more headings stand over no
 * paragraph (a "Sources", "Revision history" and "How we report" box whose lists were cut as
 * links). A story's last section, or an interview's questions, have their text under them.
 */
function closingBox(blocks: readonly Block[], structure: PageStructure): number[] {
  const last = blocks.at(-1);
  if (!last) return [];
  let best = -1;
  for (const el of chainsOf(last, structure)[0] ?? []) {
    if (el.localName === 'article' || el.localName === 'main' || el.localName === 'body') break;
    let start = blocks.length;
    while (start > 0 && anyInside(blocks[start - 1] as Block, structure, el)) start--;
    if (start === 0) break;
    best = start;
  }
  if (best < 0 || best < blocks.length / 2) return [];
  const suffix = blocks.slice(best);
  const headings = suffix.filter((block) => block.kind === 'heading').length;
  const prose = suffix.filter(isProse).length;
  // A heading over no paragraph (nothing, or only a list's items): its box is a list of sources,
  // dates or links. An interview's question is over its answer.
  let bare = 0;
  suffix.forEach((block, i) => {
    if (block.kind !== 'heading') return;
    let j = i + 1;
    while (j < suffix.length && suffix[j]?.kind !== 'heading' && suffix[j]?.kind !== 'p') j++;
    if (j === suffix.length || suffix[j]?.kind === 'heading') bare++;
  });
  if (bare < MIN_BOX_HEADINGS || prose >= headings) return [];
  return suffix.map((_, i) => best + i);
}

/** Share of the body's words set in <p> for bare lines to stand out. */
const PARAGRAPH_SHARE = 0.8;
/** Tags of a block that is one of the story's own kinds, not a bare line. */
const STORY_TAGS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'pre',
  'figcaption',
  'caption',
]);
/** Lines a run must hold to be a box of lines. */
const MIN_RUN = 1;

/**
 * Runs (indexes) of bare lines: in a story set in <p> paragraphs, one or more blocks in a row
 * that are a box's bare lines (text straight in <div>s, no <p> in the box) — a details box
 * ("13.11.2018", a name, a place, the topics), a topics box, discussion questions, a fact box's
 * labels. Lines differ in kind from the paragraphs around them.
 */
function bareRuns(blocks: readonly Block[], structure: PageStructure): number[][] {
  const innermost = (block: Block): Element | null => chainsOf(block, structure)[0]?.[0] ?? null;
  // By words: the lines are short, the story's paragraphs long.
  let words = 0;
  let inParagraphs = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const n = wordCount(block.text);
    words += n;
    if (innermost(block)?.localName === 'p') inParagraphs += n;
  }
  if (inParagraphs < words * PARAGRAPH_SHARE) return [];
  // The boxes of a bare line (a text the page repeats, a cutline under each photo, has one per
  // place): its parents as parsed, when each held no <p> at all; none when a place is not bare.
  const boxesOf = (block: Block): Element[] => {
    if (block.kind === 'heading') return [];
    const boxes = chainsOf(block, structure).map((chain) => structure.lineBoxes.get(chain[0] as Element));
    return boxes.length && boxes.every(Boolean) ? (boxes as Element[]) : [];
  };
  const out: number[][] = [];
  let i = 0;
  while (i < blocks.length) {
    let run = boxesOf(blocks[i] as Block);
    let j = i + 1;
    while (run.length && j < blocks.length) {
      const next = boxesOf(blocks[j] as Block);
      const shared = run.filter((box) => next.includes(box));
      if (!shared.length) break;
      run = shared;
      j++;
    }
    if (run.length && j - i >= MIN_RUN) out.push(Array.from({ length: j - i }, (_, k) => i + k));
    i = j;
  }
  return out;
}

function chainsOf(block: Block, structure: PageStructure): ReadonlyArray<readonly Element[]> {
  return structure.chains.get(block.text) ?? [];
}

/** Whether every place the block's text stands lies inside one of `boxes`. */
function allInside(block: Block, structure: PageStructure, boxes: ReadonlySet<Element>): boolean {
  const chains = chainsOf(block, structure);
  return chains.length > 0 && chains.every((chain) => chain.some((el) => boxes.has(el)));
}

/** Whether any place the block's text stands lies inside `box`. */
function anyInside(block: Block, structure: PageStructure, box: Element): boolean {
  return chainsOf(block, structure).some((chain) => chain.includes(box));
}

/** The <article> (else <main>) around the block's first place on the page as parsed, or null. */
function articleOf(block: Block, structure: PageStructure): Element | null {
  const chain = chainsOf(block, structure)[0] ?? [];
  return (
    chain.find((el) => el.localName === 'article') ?? chain.find((el) => el.localName === 'main') ?? null
  );
}

/** Indexes of the blocks after the article's box that sit outside it. */
function afterArticle(blocks: readonly Block[], structure: PageStructure): number[] {
  // By words: a rail's many short lines must not outweigh the story's long paragraphs.
  const counts = new Map<Element, number>();
  let words = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const n = wordCount(block.text);
    words += n;
    const box = articleOf(block, structure);
    if (box) counts.set(box, (counts.get(box) ?? 0) + n);
  }
  const [box, held] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!box || held < words * CONTAINER_SHARE) return [];
  let last = blocks.length - 1;
  while (last >= 0 && !anyInside(blocks[last] as Block, structure, box)) last--;
  const out: number[] = [];
  for (let i = last + 1; i < blocks.length; i++) out.push(i);
  return out;
}
