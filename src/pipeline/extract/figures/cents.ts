/**
 * figures/cents: one paragraph -> its sums written in cents ("10 cents a pack", "36¢"), as money
 * candidates in hundredths of a unit whose currency the article-level pass infers.
 *
 * Apart from figures/money because a sum in cents has no currency sign or word of its own.
 */
import { NO_LETTER_BEFORE, matchesAt } from './anchors.ts';
import { candidateAt, type Candidate } from './candidate.ts';

/**
 * "10 cents a pack", "rose 15 cents", "36¢": a sum in hundredths of the article's currency (the
 * currency is inferred later, as for a bare amount). Digits only ("my two cents" is an idiom); "5
 * per cent" never matches (the number must be followed by "cent(s)" or "¢" itself).
 */
const CENTS_FORM = new RegExp(`${NO_LETTER_BEFORE}(?<number>\\d{1,3}(?:\\.\\d+)?)(?:\\s?cents?\\b|¢)`, 'dyu');
const NEGATED_BEFORE = /\b(?:never|not|n['’]t)\s+(?:[\p{L}'’]+\s+){0,3}$/iu;

/** The paragraph's sums in cents, each a candidate with the caller's priority for money read from digits. */
export function centsMoney(paragraph: string, anchors: number[], priority: number): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(CENTS_FORM, paragraph, anchors)) {
    const value = Number(match.groups?.number);
    // "never gave us 10 cents": a trifle denied, a figure of speech (as the gold reads it).
    if (
      !Number.isFinite(value) ||
      NEGATED_BEFORE.test(paragraph.slice(Math.max(0, match.index - 40), match.index))
    )
      continue;
    found.push(
      candidateAt(paragraph, match.index, match.index + match[0].length, {
        kind: 'money',
        amount: Math.round(value * 100) / 10000,
        currency: null,
        unit: null,
        priority,
      }),
    );
  }
  return found;
}
