/**
 * compare/figure-variants: the members of one figure group -> its variants and their relations.
 *
 * In:  the group's members (figures with their articles), the story's rate converter.
 * Out: FigureVariant[] (each distinct value as printed: amount, currency, outlets, members), the
 *      reference variant (the value most outlets print), and the `conflict` / `rounding` sentences
 *      (worded in figures/dispute-sentences.ts).
 *
 * Relations, to the reference: `conversion` when every member of the variant is a stated
 * conversion; `conflict` when one value breaks the other's bound ("nearly $2bn" vs "$2.3bn");
 * `rounding` when the coarser written precision explains the difference (or, across
 * currencies, a stated rate brings them within that precision or 3%: rates move); `conflict` only
 * when another outlet prints a value beyond both. An outlet never conflicts with itself.
 */
import type { Article, FigureKind, FigureVariant } from '../../lib/model.ts';
import { writtenDecimals } from '../../lib/money.ts';
import { outletName } from '../../lib/outlet.ts';
import { describeForms } from '../../lib/figure-forms.ts';
import { borrowedRate, printedBy, valueLabel } from './figures/labels.ts';
import type { Converter } from './rates.ts';
import { disputeSentence, roundingSentence } from './figures/dispute-sentences.ts';
import {
  closeEnough,
  memberStep,
  roundingRelation,
  type Bound,
  type Member,
  type Relation,
} from './figures/precision.ts';

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
  const rounding = variants.filter((v) => v.relation === 'rounding');
  const figureOf = (v: FigureVariant) => {
    const member = v.members[0]!;
    return articles.find((a) => a.id === member.article)?.figures[member.figure];
  };
  const conflict =
    conflicting.length > 0
      ? disputeSentence(
          [variants[0]!, ...conflicting].map(describe),
          figureOf(variants[0]!),
          conflicting.map(figureOf),
        )
      : null;
  const roundingText = roundingSentence(
    describe(variants[0]!),
    rounding.filter((v) => !borrowedRate(v, placed)).map(describe),
    rounding
      .filter((v) => borrowedRate(v, placed))
      .map((v) => `${describe(v)} at the rate ${v.rate!.outlet} states for another sum`),
  );
  return { variants, reference: variants[0]!, conflict, rounding: roundingText };
}
