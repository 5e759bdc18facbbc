/**
 * normalize/text/tail: the lines after the body -> tags, a closing byline or date, and the lines
 * claimed for them.
 */
import { type Cue } from './cues.ts';
import { findDate } from './dates.ts';
import { type Line } from './lines.ts';
import { bylineOf, isTagItem, tagItems } from './meta.ts';

/** Lines after the body searched for tags and closing credits ("dpa"). */
const TAIL_REACH = 12;

export interface Tail {
  tags: string[];
  byline: string | null;
  published: string | null;
  claimed: Array<[number, string]>;
}

/**
 * What follows the body: a tag list ("Tags: a, b" or a run of short bulleted items right after the
 * body), a closing byline or date ("First published ...").
 */
export function readTail(lines: readonly Line[], cues: readonly (Cue | null)[], from: number): Tail {
  const tail: Tail = { tags: [], byline: null, published: null, claimed: [] };
  const to = Math.min(lines.length, from + TAIL_REACH);
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    const cue = cues[i];
    if (cue?.reason === 'tags') {
      const items = tagItems(line.bare);
      if (items.length) tail.tags.push(...items);
      else i = collectTagRun(lines, cues, i + 1, tail, false) - 1;
      continue;
    }
    if (cue?.boundary) break;
    if (!cue && line.bullet && isTagItem(line) && tail.tags.length === 0 && i - from <= 3) {
      i = collectTagRun(lines, cues, i, tail, true) - 1;
      continue;
    }
    if (!cue) {
      tail.byline ??= line.words <= 12 ? bylineOf(line, lines[i + 1]) : null;
      tail.published ??= line.words <= 12 ? findDate(line.bare) : null;
    }
  }
  return tail;
}

/** Consecutive tag-shaped lines from `from` (bulleted ones only, when `bullets`); at least two. */
function collectTagRun(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  from: number,
  tail: Tail,
  bullets: boolean,
): number {
  let end = from;
  while (end < lines.length) {
    const line = lines[end] as Line;
    if (
      cues[end] ||
      !isTagItem(line) ||
      (bullets && !line.bullet) ||
      (end > from && line.blankBefore && bullets)
    )
      break;
    end++;
  }
  if (end - from < 2 && bullets) return from + 1;
  for (let i = from; i < end; i++) {
    tail.tags.push((lines[i] as Line).bare);
    tail.claimed.push([i, 'tags']);
  }
  return Math.max(end, from + 1);
}
