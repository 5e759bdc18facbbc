/**
 * compare/figures/items: a story's articles -> the comparable items the grouping sweeps.
 *
 * In:  the articles (figures with quantity, role, relations; paragraphs), the rate converter and
 *      the story's currency.
 * Out: Item[] — each figure with a comparable value (money in the story's currency when a rate
 *      reaches it), its partition (what it may ever meet), its context (compare/figures/evidence)
 *      and, for stated conversions and restatements, the item of its source.
 */
import type { Article, Figure, FigureRole } from '../../../lib/model.ts';
import { boundOf, isHedged, memberStep, qualifierOf, writtenStep, type Member } from './precision.ts';
import type { Converter } from '../rates.ts';
import { increment } from '../text.ts';
import { contradicts, readContext, type Context } from './evidence.ts';

/**
 * What figure grouping reads of an article (and nothing else: the memo of the grouping,
 * figures.ts, is keyed by exactly this): its id, outlet and source (the outlet's name), figures,
 * and the paragraphs its figures are in.
 */
export type FigureArticle = Pick<Article, 'id' | 'outlet' | 'source' | 'figures' | 'paragraphs'>;

export interface Item extends Member {
  /** Comparable value: money in the story's currency (when a rate reaches it), else the amount. */
  value: number;
  converted: boolean;
  partition: string;
  /** Money only: what the figure's sentence says it is (null for other kinds). */
  context: Context | null;
  /**
   * Money only: its article prints another, different sum of nearly the same size (within
   * CROWD_RATIO): an equal value elsewhere is then more often a coincidence (a list of prices, of
   * tariff tranches), so a join needs one more sign (figures.ts).
   */
  crowded: boolean;
  /** The article's other sums that make it crowded (figures.ts asks whether one of them is a better match). */
  crowd: Item[];
}

/** Two sums of one article closer than this ratio make each a "crowded" value. */
export const CROWD_RATIO = 1.25;

/**
 * Roles that only ever meet their own kind; every other money role is a story's own sum. `other`
 * (a change, a difference, a balance, a generic sum: "an increase of $50bn", "$200 off") is no sum
 * of the story either.
 */
export function roleClass(role: FigureRole | null): string {
  return role === 'part' ||
    role === 'per-unit' ||
    role === 'threshold' ||
    role === 'earlier' ||
    role === 'other'
    ? role
    : 'main';
}

/** A member's precision in the comparable value's units. */
export function valueStep(item: Item): number {
  return memberStep(item) * (item.value / item.fig.amount || 1);
}

const stepsOf = new WeakMap<Item, { value: number; written: number }>();

/**
 * An item's two precisions (valueStep, and its digits read as exact), worked out once per item:
 * the sweep asks for them for every member of every open group an item is tried against (reading
 * the figure's text each time was ~10% of compare on 1,000 articles).
 */
export function steps(item: Item): { value: number; written: number } {
  let known = stepsOf.get(item);
  if (known === undefined) {
    known = {
      value: valueStep(item),
      written: writtenStep(item.fig, false) * (item.value / item.fig.amount || 1),
    };
    stepsOf.set(item, known);
  }
  return known;
}

/** The part of an article figure grouping reads: its other paragraphs blanked. */
export function figureArticle(article: Article): FigureArticle {
  const used = new Set(article.figures.map((fig) => fig.paragraph));
  return {
    id: article.id,
    outlet: article.outlet,
    source: article.source,
    figures: article.figures,
    paragraphs: article.paragraphs.map((paragraph, i) => (used.has(i) ? paragraph : '')),
  };
}

/**
 * Whether a money value is distinctive enough to identify a sum on its own. Round powers of ten
 * ("$1 billion", "$100 million") and figures written in words ("a billion dollars", "billions")
 * recur across unrelated sums of one story, so a coinciding value proves nothing; a stated
 * multi-year span ("€100bn over five years") or a non-round value ("$8.3bn") does. (Treating every
 * one-digit value — "$2 million", "$50,000" — as round was tried: it only lost true pairs, on the
 * tune half and on held-out, and removed no false one; BENCHMARKS.md, issue #11.)
 */
export function distinctiveValue(fig: Pick<Figure, 'amount' | 'text' | 'years'>): boolean {
  // A stated span ("over five years") is part of what identifies the sum.
  if (fig.years !== null && fig.years > 1) return true;
  if (fig.amount === null || fig.amount <= 0 || !/\d/.test(fig.text)) return false;
  const mantissa = fig.amount / 10 ** Math.floor(Math.log10(fig.amount) + 1e-9);
  return Math.abs(mantissa - 1) > 1e-6;
}

/** The story's most used currency (stated conversions aside: they are an outlet's translation). */
export function storyCurrency(articles: readonly FigureArticle[]): string | null {
  const counts = new Map<string, number>();
  for (const article of articles)
    for (const fig of article.figures)
      if (fig.kind === 'money' && fig.currency && fig.conversionOf === null) increment(counts, fig.currency);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Every figure of the story with a comparable value, its partition and its context, in article order. */
export function collectItems(
  articles: readonly FigureArticle[],
  converter: Converter,
  base: string | null,
): Item[] {
  const items: Item[] = [];
  articles.forEach((article, a) => {
    const itemOf = new Map<number, number>();
    article.figures.forEach((fig, f) => {
      if (fig.amount === null || !Number.isFinite(fig.amount)) return;
      const isMoney = fig.kind === 'money';
      const conversion = isMoney ? converter.convert(fig.amount, fig.currency, base, article.id) : null;
      const converted = !isMoney || conversion !== null;
      const paragraph = article.paragraphs[fig.paragraph] ?? '';
      itemOf.set(f, items.length);
      items.push({
        article: a,
        figure: f,
        fig: fig as Figure & { amount: number },
        original: null,
        hedged: isMoney && isHedged(paragraph, fig),
        bound: isMoney ? boundOf(paragraph, fig) : null,
        qualifier: isMoney ? qualifierOf(paragraph, fig) : null,
        value: conversion?.value ?? fig.amount,
        converted,
        partition: isMoney
          ? `money|${roleClass(fig.role)}|${converted ? '' : fig.currency}`
          : `${fig.kind}|${(fig.unit ?? '').toLowerCase()}`,
        context: isMoney ? readContext(paragraph, fig) : null,
        crowded: false,
        crowd: [],
      });
    });
    // Stated conversions and restatements follow their source (when the source is usable). A
    // restatement follows it only when the link is sure: both name the same quantity, or the value
    // identifies a sum. A round value with no noun ("$10", "$1 billion") may be another sum of the
    // article; it then meets other articles on its own evidence, so one wrong link inside an
    // article cannot carry its mentions into another article's group.
    for (const [f, i] of itemOf) {
      const fig = article.figures[f]!;
      const target = fig.conversionOf ?? fig.restatementOf;
      if (target === null || target === f || !itemOf.has(target)) continue;
      const source = article.figures[target]!;
      const sure =
        fig.conversionOf !== null ||
        (fig.quantity !== null && source.quantity !== null) ||
        distinctiveValue(fig);
      if (!sure) continue;
      // Nor when the two sentences name different quantities, years, owners or purposes: the
      // link would carry a second sum of the same size into the first one's group.
      const [own, its] = [items[i]!.context, items[itemOf.get(target)!]!.context];
      if (fig.conversionOf === null && own && its && contradicts(own, its)) continue;
      items[i]!.original = itemOf.get(target)!;
    }
    // A later mention describes the same sum: what its sentence says counts for the first one
    // ("fined $1,000 each", later "Washington's $1,000 fines").
    for (const i of itemOf.values()) {
      const item = items[i]!;
      const source = item.original === null ? null : items[item.original]!;
      if (!source?.context || !item.context) continue;
      for (const s of item.context.stems) source.context.stems.add(s);
      source.context.quantity ??= item.context.quantity;
      source.context.head ??= item.context.head;
    }
    markCrowded(items, [...itemOf.values()]);
  });
  return items;
}

/** Sets `crowded` on one article's money items: another of its own sums is near, and not the same. */
function markCrowded(items: Item[], article: number[]): void {
  const money = article
    .map((i) => items[i]!)
    .filter((item) => item.fig.kind === 'money' && item.original === null && item.value > 0)
    .sort((a, b) => a.value - b.value);
  for (let i = 0; i < money.length; i++)
    for (let j = i + 1; j < money.length && money[j]!.value <= money[i]!.value * CROWD_RATIO; j++) {
      const [a, b] = [money[i]!, money[j]!];
      if (a.partition !== b.partition || b.value - a.value <= 0.01 * b.value) continue;
      a.crowded = true;
      b.crowded = true;
      a.crowd.push(b);
      b.crowd.push(a);
    }
}
