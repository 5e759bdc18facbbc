/**
 * quotes/inner-report: a quote whose nearest tag sits inside someone else's report -> whether the
 * words may be someone else's than that tag's subject.
 *
 * In:  the reporter's text of the quote's sentence before the quote (and, for askedAbout, after
 *      it up to the tag's subject). Out: a yes/no, or the outer tag (quotes/tag-before.ts).
 * Used by quotes/find-tag.ts, which then names nobody rather than the inner subject:
 *   - "Asked about Trump's use of the words "slime ball" to describe Comey, Ryan said:": a quote
 *     inside an opening "Asked …," clause is what the question was about, not the answer's words;
 *   - "Collin Moulton, who told the paper that she had told him that Biden had "…"": a pronoun
 *     subject right after another speech verb's "that" reports inside that report; when the two
 *     subjects name different people, the words may be either's.
 */
import { tagBefore } from './tag-before.ts';
import type { Tag } from './attribution.ts';

/** An opening "Asked about …" / "Pressed on …" clause still open (no comma yet). */
const ASKED_OPENER = /^\s*(?:Asked|Pressed|Questioned|Quizzed)\b[^,.;:!?]*$/u;

/** The quote sits inside an opening "Asked …" clause that closes (a comma) before the tag's subject. */
export const askedAbout = (sentenceBefore: string, betweenQuoteAndSubject: string): boolean =>
  ASKED_OPENER.test(sentenceBefore) && betweenQuoteAndSubject.includes(',');

/**
 * The outer speech tag when the nearest tag's subject is "he"/"she" right after "… told X that"
 * / "… said that" (`before` is the text before the inner subject), else null.
 */
export function outerReport(before: string, inner: Tag): Tag | null {
  if (!/^(?:he|she)$/iu.test(inner.subject.trim()) || !/\bthat\s+$/u.test(before)) return null;
  const outer = tagBefore(before.replace(/\s*that\s+$/u, ' '));
  return outer && !outer.participle && outer.subject.trim() ? outer : null;
}
