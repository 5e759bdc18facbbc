/**
 * compare/word-diff: two versions of a quote -> word-level DiffParts (reference vs version).
 *
 * In:  the reference text and another version.
 * Out: parts in order; joining the parts that are not `added` gives the reference back, joining
 *      those that are not `removed` gives the version back. Within a change, removed comes first.
 *
 * The texts are cut into word, space and punctuation tokens here and diffed with jsdiff's
 * `diffArrays` (Myers' algorithm). jsdiff's own `diffWords` is not used: its tokenizer and
 * whitespace post-processing made it several times slower per pair, and the compare stage of a
 * 10,000-article story diffs tens of thousands of quote versions.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from '../../lib/model.ts';

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

type Op = 0 | 1 | 2; // common, removed, added

/**
 * Word-level differences of `version` against `reference` (Myers' diff from the diff package), as
 * runs of common, removed and added text.
 */
export function wordDiff(reference: string, version: string): DiffPart[] {
  const x = reference.match(TOKEN) ?? [];
  const y = version.match(TOKEN) ?? [];
  const ops: Op[] = [];
  const values: string[] = [];
  for (const change of diffArrays(x, y)) {
    const op: Op = change.removed ? 1 : change.added ? 2 : 0;
    for (const value of change.value) {
      ops.push(op);
      values.push(value);
    }
  }
  // jsdiff lists an insertion before a deletion at the same place; within a change, removed comes first.
  for (let k = 1; k < ops.length; k++) {
    if (ops[k - 1] === 2 && ops[k] === 1) {
      let start = k - 1;
      while (start > 0 && ops[start - 1] === 2) start--;
      let end = k;
      while (end + 1 < ops.length && ops[end + 1] === 1) end++;
      const added = values.slice(start, k);
      const removed = values.slice(k, end + 1);
      values.splice(start, end + 1 - start, ...removed, ...added);
      ops.splice(start, end + 1 - start, ...removed.map((): Op => 1), ...added.map((): Op => 2));
      k = end;
    }
  }

  // Merge into parts. A lone space kept in common between two changes would split one phrase
  // change ("more robust" -> "stronger and") into word-by-word pieces: fold it into both sides.
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  let common = '';
  const flushChange = () => {
    if (removed) parts.push({ value: removed, added: false, removed: true });
    if (added) parts.push({ value: added, added: true, removed: false });
    removed = '';
    added = '';
  };
  const flushCommon = () => {
    if (common) parts.push({ value: common, added: false, removed: false });
    common = '';
  };
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const value = values[k]!;
    if (op === 0) {
      const inChange = removed !== '' || added !== '';
      const nextIsChange = k + 1 < ops.length && ops[k + 1] !== 0;
      if (inChange && nextIsChange && /^\s+$/.test(value)) {
        removed += value;
        added += value;
        continue;
      }
      flushChange();
      common += value;
    } else {
      flushCommon();
      if (op === 1) removed += value;
      else added += value;
    }
  }
  flushChange();
  flushCommon();
  return parts;
}
