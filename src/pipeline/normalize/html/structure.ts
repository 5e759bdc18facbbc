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
 *   - a run of short lines: a box of three or more bare lines (no <p>, none a sentence) between
 *     the body's paragraphs or after them (a details or topics box, a fact box's labels).
 */
import type { RemovedBlock } from '../../../lib/model.ts';
import type { Block } from './blocks.ts';
import { endsLikeSentence, wordCount } from './text.ts';

/** Each block's ancestors as the page was parsed, innermost first, by the block's text. */
export type PageStructure = ReadonlyMap<string, readonly Element[]>;

/** Share of the body's words one <article> or <main> must hold to be the article's box. */
const CONTAINER_SHARE = 0.8;

/** Records each page block's ancestors before Readability moves them. */
export function snapshotStructure(pageBlocks: readonly Block[]): PageStructure {
  const structure = new Map<string, Element[]>();
  for (const block of pageBlocks) {
    if (structure.has(block.text)) continue;
    const chain: Element[] = [];
    for (let el: Element | null = block.el; el; el = el.parentElement) chain.push(el);
    structure.set(block.text, chain);
  }
  return structure;
}

/** Body blocks cut by the page's structure, in order, and the removed ones with their reason. */
export function cutByStructure(
  blocks: readonly Block[],
  structure: PageStructure,
): { blocks: Block[]; removed: RemovedBlock[] } {
  const removed: RemovedBlock[] = [];
  const drop = new Set<number>();
  for (const i of afterArticle(blocks, structure)) drop.add(i);
  const kept = blocks.filter((block, i) => {
    if (!drop.has(i)) return true;
    removed.push({ text: block.text, reason: 'outside article' });
    return false;
  });
  return { blocks: kept, removed };
}

function chainOf(block: Block, structure: PageStructure): readonly Element[] {
  return structure.get(block.text) ?? [];
}

/** The <article> (else <main>) around a block on the page as parsed, or null. */
function articleOf(block: Block, structure: PageStructure): Element | null {
  const chain = chainOf(block, structure);
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
  while (last >= 0 && articleOf(blocks[last] as Block, structure) !== box) last--;
  const out: number[] = [];
  for (let i = last + 1; i < blocks.length; i++) out.push(i);
  return out;
}
