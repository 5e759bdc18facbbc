/**
 * figures/anchors: where in a paragraph a figure can start, found in one pass.
 *
 * In:  a paragraph.  Out: sorted offsets of digits, number words, currency prefixes and vague
 *      amounts ("billions"), plus `matchesAt`, which tries a sticky regex at those offsets only.
 * Why: the figure regexes are long alternations; running each one at every character made
 * extraction ~10x slower than trying them only where a number or a currency starts.
 */
import { CURRENCY_PREFIX } from './currency.ts';
import { NUMBER_WORD } from './numbers.ts';

/**
 * A figure's start is not inside a word or a number, nor just after a currency sign (whose own
 * form reads it): the guard every money form puts before its number.
 */
export const NO_LETTER_BEFORE = '(?<![\\p{L}\\p{N}_$€£¥₴₽₹₩₪₺₦.,])';

// Zero-width, so an anchor inside another ("60" in "US$60") is still found.
const ANCHOR = new RegExp(
  `(?=${[
    '(?<![\\d.,])\\d',
    CURRENCY_PREFIX,
    `\\b(?:${NUMBER_WORD})\\b`,
    '\\b(?:[Hh]alf\\s+an?|[Aa]n?)(?=\\s+(?:quarter|hundred|thousand|million|billion|trillion)\\b)',
    '\\b(?:[Hh]undreds|[Tt]ens|[Bb]illions|[Mm]illions|[Tt]rillions)\\b',
  ].join('|')})`,
  'g',
);

/** Sorted offsets in a paragraph where a figure may start (digits, number words, currency prefixes, vague amounts), so the figure patterns run only there. */
export function findAnchors(paragraph: string): number[] {
  const anchors: number[] = [];
  for (const match of paragraph.matchAll(ANCHOR)) anchors.push(match.index);
  return anchors;
}

/** Matches of a sticky (`y`) regex starting at the given offsets. */
export function* matchesAt(regex: RegExp, text: string, anchors: number[]): Generator<RegExpExecArray> {
  for (const anchor of anchors) {
    regex.lastIndex = anchor;
    const match = regex.exec(text);
    if (match) yield match;
  }
}
