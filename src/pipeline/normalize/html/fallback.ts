/**
 * normalize/html/fallback: whole-page blocks -> the blocks of the densest prose container.
 *
 * Used when Readability returns nothing or too little (pages whose markup defeats its class-name
 * and comma scoring). Each prose-like block (long, few links) votes for its ancestors with its
 * text length, decaying with distance; the ancestor with the most votes is the body container,
 * and every block inside it is returned for the ordinary cleaning pass.
 */
import type { Block } from './blocks.ts';
import { wordCount } from './text.ts';

/** Ancestor levels a block votes for, and the share of its weight at each level. */
const VOTE_DECAY = [1, 0.6, 0.35, 0.2];

function isProse(block: Block): boolean {
  return (
    block.kind !== 'caption' &&
    block.kind !== 'figure' &&
    block.kind !== 'heading' &&
    wordCount(block.text) >= 8 &&
    block.linkChars / Math.max(1, block.text.length) < 0.3
  );
}

/** The body by text density when Readability finds none: the element holding most prose blocks, and its prose. */
export function densityBody(pageBlocks: readonly Block[]): Block[] {
  const votes = new Map<Element, number>();
  for (const block of pageBlocks) {
    if (!isProse(block)) continue;
    let node: Element | null = block.el;
    for (const share of VOTE_DECAY) {
      if (!node) break;
      votes.set(node, (votes.get(node) ?? 0) + block.text.length * share);
      node = node.parentElement;
    }
  }
  let best: Element | null = null;
  let bestVotes = 0;
  for (const [el, count] of votes) {
    if (count > bestVotes) {
      best = el;
      bestVotes = count;
    }
  }
  if (!best) return [];
  const container = best;
  return pageBlocks.filter((block) => block.el === container || container.contains(block.el));
}
