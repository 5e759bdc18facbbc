/**
 * compare/quotes/relation: a group member and its reference -> how the member renders the
 * statement: `verbatim` (the same words; small edits show in the word diff), `excerpt` (a part, or
 * a different cut, of the statement in its words) or `paraphrase` (reworded or translated: a word
 * diff would be mostly noise, so the site labels it instead of diffing it).
 *
 * In:  the reference and the member as QuoteItems, and the member's word diff against the reference.
 * Out: a QuoteRelation.
 */
import type { DiffPart, QuoteRelation } from '../../../lib/model.ts';
import { words } from '../text.ts';
import { sharedRun } from './agreement.ts';
import { QUOTE_MATCH, isFragmentOf, type QuoteItem } from './similarity.ts';

/** Shares of words kept in common, measured on the word diff. */
export const RELATION = {
  /** The member keeps at least this share of its words from the reference, and leaves out no
   * more than `edits` (or this share) of the reference's words: verbatim, with small edits. */
  verbatim: 0.9,
  edits: 3,
  /** The member keeps at least this share of its words from the reference: an excerpt. */
  excerpt: 0.8,
  /** ...or this share, when the two also share a run of words (a different cut). */
  overlappingCut: 0.6,
};

/** How `member` renders the reference's statement, judged on its word diff `parts`. */
export function relationOf(reference: QuoteItem, member: QuoteItem, parts: DiffPart[]): QuoteRelation {
  if (member === reference) return 'verbatim';
  if (member.folded.join(' ') === reference.folded.join(' ')) return 'verbatim';
  if (isFragmentOf(member, reference)) return 'excerpt';
  let common = 0;
  for (const part of parts) if (!part.added && !part.removed) common += words(part.value).length;
  const memberShare = common / Math.max(1, member.folded.length);
  const missing = reference.folded.length - common;
  const allowed = Math.max(RELATION.edits, (1 - RELATION.verbatim) * reference.folded.length);
  if (memberShare >= RELATION.verbatim && missing <= allowed) return 'verbatim';
  if (memberShare >= RELATION.excerpt) return 'excerpt';
  if (
    memberShare >= RELATION.overlappingCut &&
    onlyAtTheEnds(parts) &&
    sharedRun(member.folded, reference.folded).words >= QUOTE_MATCH.run.minWords
  )
    return 'excerpt';
  return 'paraphrase';
}

/**
 * True when the member's own words (added parts) sit only before or after the words it shares with
 * the reference: a different cut of the statement, not a rewording inside it.
 */
function onlyAtTheEnds(parts: DiffPart[]): boolean {
  const hasWords = (p: DiffPart) => words(p.value).length > 0;
  const common = parts.map((p, i) => (!p.added && !p.removed && hasWords(p) ? i : -1)).filter((i) => i >= 0);
  if (common.length === 0) return false;
  const first = common[0]!;
  const last = common.at(-1)!;
  return parts.every((p, i) => !p.added || !hasWords(p) || i < first || i > last);
}
