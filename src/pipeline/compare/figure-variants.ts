/**
 * compare/figure-variants: the members of one figure group -> its variants and their relations.
 *
 * In:  the group's members (figures with their articles), the story's rate converter.
 * Out: FigureVariant[] (each distinct value as printed: amount, currency, outlets, members), the
 *      reference variant (the value most outlets print), and the `conflict` / `rounding` sentences.
 *
 * Relations, to the reference: `conversion` when every member of the variant is a stated
 * conversion; `conflict` when one value breaks the other's bound ("nearly $2bn" vs "$2.3bn");
 * `rounding` when the coarser written precision explains the difference (or, across
 * currencies, a stated rate brings them within that precision or 3%: rates move); `conflict` only
 * when another outlet prints a value beyond both. An outlet never conflicts with itself.
 */
import type { Article, Figure, FigureKind, FigureVariant } from '../../lib/model.ts';
import { writtenDecimals } from '../../lib/money.ts';
import { outletName } from '../../lib/outlet.ts';
import { describeForms } from '../../lib/figure-forms.ts';
import { borrowedRate, printedBy, valueLabel } from './figures/labels.ts';
import type { Converter } from './rates.ts';
import { scaleSlip } from './figures/scale-slips.ts';

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

type Relation = 'equal' | 'rounding' | 'conflict';

const closeEnough = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

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

interface Working {
  amount: number;
  currency: string | null;
  step: number;
  /** The bound every member states, or null (an exact value, or members that differ). */
  bound: Bound;
  /** The qualifier every member prints (the first one's words), or null when any member is bare. */
  qualifier: string | null;
  members: Member[];
  outlets: string[];
  conversionOnly: boolean;
}

/** One value meets the other's bound: "more than $1bn" and "$1.5bn" do not disagree. */
function meetsBound(reference: Working, variant: Working, value: number): boolean {
  const meets = (bound: Bound, limit: number, other: number) =>
    (bound === 'lower' && other >= limit) || (bound === 'upper' && other <= limit);
  return meets(reference.bound, reference.amount, value) || meets(variant.bound, value, reference.amount);
}

/**
 * One value on the wrong side of the other's bound: "nearly $2bn" vs "$2.3bn" disagree, however
 * wide the hedge's rounding reach ("nearly" also hedges).
 */
function breaksBound(reference: Working, variant: Working): boolean {
  const breaks = (bound: Bound, limit: number, other: number) =>
    (bound === 'upper' && other > limit) || (bound === 'lower' && other < limit);
  return (
    breaks(reference.bound, reference.amount, variant.amount) ||
    breaks(variant.bound, variant.amount, reference.amount)
  );
}

function relate(reference: Working, variant: Working, value: number | null): Relation {
  if (reference.currency === variant.currency || reference.currency === null || variant.currency === null) {
    if (!closeEnough(reference.amount, variant.amount) && breaksBound(reference, variant)) return 'conflict';
    const relation = roundingRelation(reference.amount, reference.step, variant.amount, variant.step);
    return relation === 'conflict' && meetsBound(reference, variant, variant.amount) ? 'rounding' : relation;
  }
  // The same number in two currencies is the classic mix-up, unless a stated rate puts them at par.
  if (closeEnough(reference.amount, variant.amount))
    return value !== null && Math.abs(value / reference.amount - 1) < 0.01 ? 'rounding' : 'conflict';
  // Different currencies with no stated rate: grouped only because the face value is the same.
  if (value === null) return 'conflict';
  const step = variant.step * (value / variant.amount);
  const relation = roundingRelation(reference.amount, reference.step, value, step);
  if (relation !== 'conflict' || meetsBound(reference, variant, value)) return 'rounding';
  return Math.abs(value / reference.amount - 1) <= 0.03 ? 'rounding' : 'conflict';
}

/**
 * One group's distinct printed values, the most-printed first, each marked
 * same/rounding/conversion/conflict against it: what the figure table shows.
 */
export function buildVariants(
  articles: readonly Pick<Article, 'id' | 'outlet' | 'source' | 'figures'>[],
  members: Member[],
  converter: Converter,
  options: { kind: FigureKind; suffix: string; unit: string | null },
): { variants: FigureVariant[]; reference: FigureVariant; conflict: string | null; rounding: string | null } {
  const byValue = new Map<string, Working>();
  // A stated conversion, or a later mention repeating one, is the outlet's translation of a value.
  const isConversion = (m: Member) => {
    const figures = articles[m.article]!.figures;
    return (
      m.fig.conversionOf !== null ||
      (m.fig.restatementOf !== null && figures[m.fig.restatementOf]?.conversionOf !== null)
    );
  };
  for (const m of members) {
    // A bound is its own value: "nearly $2bn" and "more than $2bn" say different things of $2.3bn.
    const key = `${m.fig.currency ?? '-'}|${m.fig.amount}|${isConversion(m)}|${m.bound ?? '-'}`;
    let working = byValue.get(key);
    if (!working) {
      working = {
        amount: m.fig.amount,
        currency: m.fig.currency,
        step: 0,
        bound: m.bound,
        qualifier: m.qualifier ?? null,
        members: [],
        outlets: [],
        conversionOnly: true,
      };
      byValue.set(key, working);
    }
    working.step = Math.max(working.step, memberStep(m));
    if (working.bound !== m.bound) working.bound = null;
    // "about $2bn" and a bare "$2bn" share a variant: the label keeps only what all of them print.
    if (!m.qualifier) working.qualifier = null;
    working.members.push(m);
    const outlet = outletName(articles[m.article]!);
    if (!working.outlets.includes(outlet)) working.outlets.push(outlet);
    if (!isConversion(m)) working.conversionOnly = false;
  }
  const all = [...byValue.values()];
  const candidates = all.some((w) => !w.conversionOnly) ? all.filter((w) => !w.conversionOnly) : all;
  // The reference: the value most outlets print; then most members; then the first printed.
  const reference = [...candidates].sort(
    (a, b) => b.outlets.length - a.outlets.length || b.members.length - a.members.length,
  )[0]!;
  const ordered = [reference, ...all.filter((w) => w !== reference)];

  const variants: FigureVariant[] = ordered.map((w) => {
    const first = w.members[0]!;
    const conversion =
      w === reference
        ? { value: w.amount, rate: null }
        : converter.convert(w.amount, w.currency, reference.currency, articles[first.article]!.id, (rate) =>
            members.some(
              (m) => articles[m.article]!.id === rate.article && m.fig.paragraph === rate.paragraph,
            ),
          );
    let relation: FigureVariant['relation'] = 'same';
    if (w !== reference) {
      if (w.conversionOnly) relation = 'conversion';
      else {
        const related = relate(reference, w, conversion?.value ?? null);
        const otherOutlet = w.outlets.some((outlet) => !reference.outlets.includes(outlet));
        relation =
          related === 'equal' ? 'same' : related === 'conflict' && otherOutlet ? 'conflict' : 'rounding';
      }
    }
    return {
      amount: w.amount,
      currency: w.currency,
      text: first.fig.text,
      decimals: writtenDecimals(first.fig.text),
      qualifier: w.qualifier,
      outlets: w.outlets,
      printedBy: printedBy(articles, w.members, options.kind, options.unit),
      members: w.members.map((m) => ({ article: articles[m.article]!.id, figure: m.figure })),
      relation,
      value: conversion?.value ?? null,
      rate: conversion?.rate ?? null,
    };
  });

  // Each outlet's own form: "about $40bn (One), $40bn (Two)"; the variant's shared label otherwise.
  const describe = (variant: FigureVariant) =>
    describeForms(variant, valueLabel(options.kind, { ...variant, unit: options.unit }), options.suffix);
  const conflicting = variants.filter((v) => v.relation === 'conflict');
  // A value close only at another outlet's rate for another sum is not "only rounding" (labels.ts).
  const placed = members.map((m) => ({ article: articles[m.article]!.id, paragraph: m.fig.paragraph }));
  const rounded = variants.filter((v) => v.relation === 'rounding' && !borrowedRate(v, placed));
  const borrowed = variants.filter((v) => v.relation === 'rounding' && borrowedRate(v, placed));
  let conflict: string | null = null;
  if (conflicting.length > 0) {
    const list = [variants[0]!, ...conflicting];
    conflict = `Outlets disagree: ${list.map(describe).join(' vs ')}.`;
    const sameNumber = conflicting.some(
      (v) => v.currency !== list[0]!.currency && closeEnough(v.amount, list[0]!.amount),
    );
    if (sameNumber)
      conflict +=
        ' The same number is given in different currencies, and no rate stated in the articles makes them equal.';
    const figureOf = (v: FigureVariant) => {
      const member = v.members[0]!;
      return articles.find((a) => a.id === member.article)?.figures[member.figure];
    };
    const reference = figureOf(list[0]!);
    if (
      reference &&
      conflicting.some((v) => {
        const figure = figureOf(v);
        return figure !== undefined && scaleSlip(reference, figure);
      })
    )
      conflict += ' The same digits are printed at another scale: a likely slip.';
  }
  const sayBorrowed = (v: FigureVariant) =>
    `${describe(v)} at the rate ${v.rate!.outlet} states for another sum`;
  const sentences = [
    rounded.length > 0
      ? `Some differences are only rounding: ${[variants[0]!, ...rounded].map(describe).join(' vs ')}.`
      : '',
    borrowed.length > 0
      ? `Close only at a rate stated for another sum, so not known to agree: ${[describe(variants[0]!), ...borrowed.map(sayBorrowed)].join(' vs ')}.`
      : '',
  ].filter((sentence) => sentence !== '');
  const rounding = sentences.length > 0 ? sentences.join(' ') : null;
  return { variants, reference: variants[0]!, conflict, rounding };
}
