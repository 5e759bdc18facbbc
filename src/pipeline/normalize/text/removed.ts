/**
 * normalize/text/removed: every line of the page plus what each was claimed for -> the removed
 * blocks (runs of lines with one reason), so nothing is silently lost.
 */
import type { RemovedBlock } from '../../../lib/model.ts';
import { type Cue } from './cues.ts';
import { type Line } from './lines.ts';
import { type Region } from './region.ts';

/**
 * Every line that is not a paragraph, headline, standfirst or subhead, grouped into runs with one
 * reason (captions and tags are listed here too, besides their own fields):
 * the line's own cue, the reason it was claimed for, or the section it sits in — a ticker, a
 * "Most read" list, comments, the footer — else "navigation" above the article, "metadata" between
 * headline and body, "footer" below.
 */
export function removedBlocks(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  head: number | null,
  claimed: ReadonlyArray<[number, string]>,
): RemovedBlock[] {
  const claim = new Map(claimed);
  // Text that became part of the article's own fields, not furniture.
  const kept = new Set(['subhead', 'standfirst', 'headline']);
  const blocks: RemovedBlock[] = [];
  let section: string | null = null;
  let previous: { reason: string; index: number } | null = null;
  const metaFrom = head ?? region.start;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const inBody = i >= region.start && i <= region.end;
    if (i === region.start || i === head) section = null;
    const cue = cues[i];
    if (cue?.boundary) section = cue.reason;
    else if (section === 'ticker' && line.blankBefore) section = null;
    if (i === head) {
      previous = null;
      continue;
    }
    let reason = claim.get(i) ?? cue?.reason ?? null;
    if (reason === null && !inBody) {
      if (i === head) reason = 'headline';
      else if (section) reason = section;
      else if (i < metaFrom) reason = 'navigation';
      else if (i < region.start) reason = 'metadata';
      else reason = 'footer';
    }
    if (reason === null || kept.has(reason)) {
      previous = null;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (last && previous && previous.reason === reason && previous.index === i - 1)
      last.text += `\n${line.text}`;
    else blocks.push({ text: line.text, reason });
    previous = { reason, index: i };
  }
  return blocks;
}
