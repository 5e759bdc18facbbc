/**
 * compare/figures/precision: how exactly one printed figure states its value.
 *
 * In:  a figure's text and span in its paragraph. Out: its written precision (writtenStep,
 *      memberStep), its hedge or bound ("about", "more than", "up to": isHedged, boundOf,
 *      qualifierOf) and whether two values agree within the coarser precision (roundingRelation).
 *
 * Kept apart from figure-variants (which words the variants) because the grouping's evidence
 * (items, conflict-evidence) reads the same precision before any variant exists.
 */
import type { Figure } from '../../../lib/model.ts';

export interface Member {
  article: number;
  figure: number;
  fig: Figure & { amount: number };
  /** Index (in the story's items) of the source when this is a stated conversion or restatement. */
  original: number | null;
  /** Written with a hedge ("about $300 billion"): precise only to its leading digit. */
  hedged: boolean;
  /** Written as a bound: "more than $1 billion" (lower), "up to $8 billion" (upper). */
  bound: Bound;
  /** The hedge or bound words as printed ("nearly", "more than", "or so"), lower-cased; see qualifierOf. */
  qualifier?: string | null;
}

export type Bound = 'lower' | 'upper' | null;

const HEDGE_BEFORE =
  /\b(?:about|around|roughly|some|approximately|nearly|almost|more\s+than|over|at\s+least|upwards\s+of|close\s+to|an\s+estimated)\s+$/i;
const HEDGE_AFTER = /^(?:-plus|\s+or\s+so|\s+or\s+more)\b/i;

const LOWER_BEFORE = /\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of)\s+$/i;
const LOWER_AFTER = /^(?:-plus|\+|\s+or\s+more)(?![\p{L}\d])/iu;
const UPPER_BEFORE =
  /\b(?:up\s+to|as\s+much\s+as|nearly|almost|less\s+than|under|no\s+more\s+than|just\s+(?:short|shy)\s+of)\s+$/i;

/**
 * Whether the figure is written as a bound: a value that meets it is no disagreement ("more than
 * $1 billion" vs "$1.5 billion", "up to $8 billion" vs "$6.5 billion"; bench/gold/ANNOTATION.md).
 */
export function boundOf(paragraph: string, fig: { start: number; end: number }): Bound {
  const before = paragraph.slice(Math.max(0, fig.start - 25), fig.start);
  if (LOWER_BEFORE.test(before) || LOWER_AFTER.test(paragraph.slice(fig.end, fig.end + 10))) return 'lower';
  return UPPER_BEFORE.test(before) ? 'upper' : null;
}

const QUALIFIER_BEFORE = new RegExp(
  `(?:${[HEDGE_BEFORE, LOWER_BEFORE, UPPER_BEFORE].map((r) => r.source.replace(/\\s\+\$$/, '')).join('|')})\\s+$`,
  'i',
);
const QUALIFIER_AFTER = new RegExp(
  `^(?:(?:${HEDGE_AFTER.source.slice(1)})|(?:${LOWER_AFTER.source.slice(1)}))`,
  'iu',
);

/**
 * The hedge or bound words printed with the figure, as the label keeps them: "nearly" ("nearly $2
 * billion"), "or more" ("$5bn or more"), "-plus"; null when the figure is printed bare. The same
 * word lists as isHedged and boundOf, so a label never shows a qualifier the comparison ignored.
 */
export function qualifierOf(paragraph: string, fig: { start: number; end: number }): string | null {
  const before = QUALIFIER_BEFORE.exec(paragraph.slice(Math.max(0, fig.start - 25), fig.start));
  if (before) return before[0].trim().replace(/\s+/g, ' ').toLowerCase();
  const after = QUALIFIER_AFTER.exec(paragraph.slice(fig.end, fig.end + 10));
  return after ? after[0].trim().replace(/\s+/g, ' ').toLowerCase() : null;
}

/** Is the figure hedged in its paragraph? */
export function isHedged(paragraph: string, fig: { start: number; end: number }): boolean {
  return (
    HEDGE_BEFORE.test(paragraph.slice(Math.max(0, fig.start - 25), fig.start)) ||
    HEDGE_AFTER.test(paragraph.slice(fig.end, fig.end + 10))
  );
}

/**
 * A member's precision: as written, or, when hedged, as round as its number is, up to HEDGE_REACH:
 * "about $300bn" is $300bn ± 30bn (it rounds $325bn), "about $20bn" ± 2bn, "about $125bn" stays
 * ± 0.5bn. An unhedged sum of money is
 * exact to its last digit, whatever its zeros ("$300" is three hundred dollars, not $250-$350, as
 * "$20 billion" is twenty billion): a writer who rounds a sum says so ("about $300").
 */
export function memberStep(m: Member): number {
  const step = writtenStep(m.fig, m.fig.kind !== 'money');
  if (!m.hedged || !(m.fig.amount > 0)) return step;
  const digits = /(\d[\d,]*)(\.\d+)?/.exec(m.fig.text);
  if (!digits || digits[2]) return step;
  const integer = digits[1]!.replace(/,/g, '');
  const zeros = /0*$/.exec(integer)![0].length;
  const mantissa = Number(integer);
  if (!(mantissa > 0)) return step;
  const leading = 10 ** Math.min(zeros, integer.length - 1) * (m.fig.amount / mantissa);
  return Math.max(step, Math.min(leading, HEDGE_REACH * 2 * m.fig.amount));
}

/**
 * A hedge's reach either side, as a share of its value: "about $20bn" is not $23bn (its leading
 * digit alone would make it $15bn-$25bn), "about $300bn" still rounds $325bn.
 */
const HEDGE_REACH = 0.1;

/**
 * Written precision of a figure, in its units: "1.4bn" -> 0.1e9, "$20 billion" -> 1e9, "10,000" ->
 * 1e4 (or 1 with `zerosRound` false: the number read as exact).
 */
export function writtenStep(fig: { text: string; amount: number }, zerosRound = true): number {
  // "1 000" (thin or plain space as thousands separator) is one number.
  const text = fig.text.replace(/(\d)[ \u00a0\u202f](?=\d{3}\b)/g, '$1');
  const match = /(\d[\d,]*\d|\d)(?:\.(\d+))?/.exec(text);
  if (!match) return 0;
  const integer = match[1]!.replace(/,/g, '');
  const decimals = match[2] ?? '';
  const mantissa = Number(`${integer}.${decimals || '0'}`);
  if (!(mantissa > 0)) return 0;
  const scale = fig.amount / mantissa;
  if (decimals) return 10 ** -decimals.length * scale;
  // "$20 billion" is twenty billion, not "about 20, give or take 5": a scale word makes the last
  // digit the precision. Only numbers written out in full ("10,000") are read as rounded.
  if (scale > 1.5 || !zerosRound) return scale;
  const trailingZeros = /0*$/.exec(integer)![0].length;
  return 10 ** Math.min(trailingZeros, integer.length - 1) * scale;
}

/** How two printed values relate once their written precision is allowed for. */
export type Relation = 'equal' | 'rounding' | 'conflict';

/** Equal up to floating-point noise. */
export const closeEnough = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** Equal, or the finer value rounds to the coarser one at the coarser one's written precision. */
export function roundingRelation(a: number, stepA: number, b: number, stepB: number): Relation {
  if (closeEnough(a, b)) return 'equal';
  const step = Math.max(stepA, stepB);
  const slack = 1e-9 * Math.abs(step);
  if (Math.abs(a - b) < step / 2 - slack) return 'rounding';
  // Whole units for a price with cents: writers drop the cents ("$35" for $35.50, "$129" for
  // $129.99), so the whole number may be the finer value cut, not rounded.
  if (stepA !== stepB && step <= 1) {
    const [coarse, fine] = stepA > stepB ? [a, b] : [b, a];
    if (fine > coarse && fine - coarse < step - slack) return 'rounding';
  }
  return 'conflict';
}
