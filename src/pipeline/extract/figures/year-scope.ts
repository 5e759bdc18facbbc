/**
 * figures/year-scope: is a sum one year's level of a flow? A flow noun (lexicon/yearly-flows:
 * revenue, sales, profit, spending, budget, salary, tax, costs…) whose clause names one whole year as
 * its scope — "this year", "last year", "in 2023", "for 2024", "fiscal 2014", "in the 2024 financial
 * year" — is that year's level (ANNOTATION.md: a yearly amount is `annual` whether actual, budgeted
 * or forecast).
 *
 * In:  the paragraph, the figure's span, its clause's bounds, its quantity head noun and the spans of
 *      the paragraph's other money figures.
 * Out: true when the figure is a yearly flow.
 *
 * Why a class and not phrasings: round 12 found half the blind period misses were this one shape, a
 * flow noun plus a year scope, written a dozen ways. The scope is read in the figure's own stretch of
 * its clause only, cut at other sums, commas, dashes and subordinators ("forced to pay $363,000 in estate taxes
 * after her spouse died in 2009": the year dates the death, not the tax), and a part of a year there ("in the quarter", "the first six months of the year", "so
 * far this year", "since 2019") wins: those are sums within a year, or running totals.
 */
import { YEARLY_FLOWS } from '../../../lib/lexicon/yearly-flows.ts';

const FLOWS: ReadonlySet<string> = new Set(YEARLY_FLOWS.split(' '));

/**
 * One whole year named as a scope. "this year's" and "last year's" name another value's year. "ended
 * the fiscal year with a $3.2bn surplus" gives the year's result (cash it ended with is no flow noun).
 */
const WHOLE_YEAR =
  /\b(?:this|last|next|the\s+past|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b(?!['’]s)|\b(?:in|for|during)\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?:year\s+)?(?:19|20)\d\d\b(?![-–/]\d)|\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b(?![-–/]\d)|\bin\s+the\s+(?:(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+)?(?:fiscal|financial|calendar|tax)\s+year\b|\b(?:ended|closed|finished)\s+the\s+(?:fiscal\s+|financial\s+)?year\s+with\b/iu;
/** A part of a year, a running total or a span of years in the same clause: not one year's level. */
const PART_OF_YEAR =
  /\b(?:quarters?|quarterly|half|half-year|halves|months?|weeks?|so\s+far|to\s+date|year[- ]to[- ]date|since|already|seasons?|decades?|years\b)/iu;

/** What separates a range's two ends: "$3.5bn-$4bn", "$5 to $7 million". */
const RANGE_GAP = /^\s*(?:-|–|to)\s*$/u;

/** Where a stretch of a clause ends: punctuation that sets a phrase apart, or a subordinator. */
const STRETCH_EDGE =
  /[,;:()—–]|\s(?:after|before|when|while|since|because|until|unless|if|who|whom|which|where|whereas|although|though)\s/giu;

/** Whether a figure with this quantity head is a yearly flow of its stretch of the clause. */
export function isYearlyFlow(
  head: string | null,
  paragraph: string,
  figure: { start: number; end: number },
  clause: [number, number],
  others: readonly { start: number; end: number }[] = [],
): boolean {
  if (head === null || !FLOWS.has(head)) return false;
  // At most 200 characters either side, so one huge run-on clause stays linear.
  let start = Math.max(clause[0], figure.start - 200);
  let end = Math.min(clause[1], figure.end + 200);
  // Another sum's side of the clause is its own: "spent $12bn on roads and requested $12.6bn for next
  // year" names the next year for the request only; a range's other end ("$3.5bn-$4bn") is one amount.
  for (const other of others) {
    if (
      other.end <= figure.start &&
      other.end > start &&
      !RANGE_GAP.test(paragraph.slice(other.end, figure.start))
    )
      start = other.end;
    if (
      other.start >= figure.end &&
      other.start < end &&
      !RANGE_GAP.test(paragraph.slice(figure.end, other.start))
    )
      end = other.start;
  }
  const from = start;
  for (const edge of paragraph.slice(from, end).matchAll(STRETCH_EDGE)) {
    const at = from + edge.index;
    if (at + edge[0].length <= figure.start) start = at + edge[0].length;
    else if (at >= figure.end) {
      end = at;
      break;
    }
  }
  const stretch = paragraph.slice(start, end);
  return WHOLE_YEAR.test(stretch) && !PART_OF_YEAR.test(stretch);
}
