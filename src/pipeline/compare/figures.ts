/**
 * compare/figures: every article's figures -> FigureGroups, one per quantity the coverage reports.
 *
 * In:  the story's articles (`id`, `outlet`, `source`, `figures` with quantity/role/relations).
 * Out: FigureGroup[] — the same quantity as reported by several outlets in one group, with its
 *      variants (each distinct value as printed, its outlets, and its relation to the reference
 *      value: same, rounding, stated conversion, conflict), a label, a per-year value, and the
 *      `rounding` / `conflict` sentences the explainer draft and the CLI use.
 *
 * How:
 *  1. Every money figure gets a comparable value in the story's most used currency, converted with
 *     its own article's stated rate first, else the story's (compare/rates.ts); a currency no rate
 *     reaches is compared only with itself.
 *  2. Partitions keep apart what is never the same quantity: kind (+ unit), and for money the role
 *     class (a part never meets its total; per-unit amounts, thresholds and earlier values only
 *     meet their own kind). Within a partition figures are sorted by value and swept once (O(n log n)):
 *     a figure joins the nearest open group within tolerance whose period, years and quantity agree
 *     and which holds no other value from the same article (two values in one article are two
 *     quantities, unless one restates the other).
 *  3. Money with the same face value and quantity in two currencies is joined: "40 billion euros"
 *     vs "$40 billion" is a classic mix-up that must show (unless a stated rate makes them equal).
 *  4. Stated conversions and restatements join their source's group; they never make a conflict.
 *  5. Variants (compare/figure-variants.ts): a conflict only between different outlets' values
 *     beyond rounding (the coarser written precision) and stated conversion.
 */
import type { Article, Figure, FigureGroup, FigureRole } from '../../lib/model.ts';
import { slugify } from '../../lib/slug.ts';
import { quantityHead } from '../extract/figures/roles.ts';
import {
  buildVariants,
  isHedged,
  memberStep,
  periodSuffix,
  roundingRelation,
  valueLabel,
  type Member,
} from './figure-variants.ts';
import { Converter, statedRates } from './rates.ts';
import { increment } from './text.ts';

export { roundingRelation, writtenStep } from './figure-variants.ts';

export const FIGURE_MATCH = {
  /**
   * Relative distance from a group's anchor that still counts as the same money figure (besides
   * differences that the written precision explains). Wide enough for $63bn vs $65bn (a conflict
   * worth reporting), tight enough that distinct amounts in a figure-dense story stay apart.
   */
  moneyTolerance: 0.05,
  /** For money whose quantity both figures name alike ("aid", "fine"). */
  sameQuantityTolerance: 0.15,
  /** Same for counts, percentages, durations…: tighter, these are usually written exactly. */
  otherTolerance: 0.02,
  /** Open groups are dropped once values exceed anchor × window (+ its coarsest rounding step). */
  window: 1.25,
};

/**
 * Heads that name the same quantity in news English ("fine" / "penalty"; an aid "package",
 * "commitment", "pledge" or "fund" is the one sum of support a story is about).
 */
const SAME_QUANTITY: Record<string, string> = {
  penalty: 'fine',
  expenditure: 'spending',
  outlay: 'spending',
  cost: 'price',
  ...Object.fromEntries(
    'assistance support commitment pledge package fund funding financing proposal plan programme program facility tranche'
      .split(' ')
      .map((word) => [word, 'aid']),
  ),
};

function quantityKey(quantity: string | null): string | null {
  const head = quantityHead(quantity);
  return head === null ? null : (SAME_QUANTITY[head] ?? head);
}

/** Roles that only ever meet their own kind; every other money role is a story's own sum. */
function roleClass(role: FigureRole | null): string {
  return role === 'part' || role === 'per-unit' || role === 'threshold' || role === 'earlier' ? role : 'main';
}

/** Same value, or one the other's written precision explains ($1.375bn ~ $1.4bn). */
function roundsTogether(a: Item, b: Item, groupStep = 0): boolean {
  return roundingRelation(a.value, Math.max(valueStep(a), groupStep), b.value, valueStep(b)) !== 'conflict';
}

/** A member's precision in the comparable value's units. */
function valueStep(item: Item): number {
  return memberStep(item) * (item.value / item.fig.amount || 1);
}

interface Item extends Member {
  /** Comparable value: money in the story's currency (when a rate reaches it), else the amount. */
  value: number;
  converted: boolean;
  partition: string;
  quantity: string | null;
}

function compatible(
  a: { period: Figure['period']; years: number | null; quantity: string | null },
  item: Item,
) {
  if (a.period !== null && item.fig.period !== null && a.period !== item.fig.period) return false;
  if (a.years !== null && item.fig.years !== null && a.years !== item.fig.years) return false;
  if (a.quantity !== null && item.quantity !== null && a.quantity !== item.quantity) return false;
  return true;
}

/**
 * Whether a money value is distinctive enough to identify a sum without a named quantity. Round
 * powers of ten ("$1 billion", "$100 million") and figures written in words ("a billion dollars",
 * "billions") recur across unrelated sums of one story, so a coinciding value proves nothing; a
 * stated multi-year span ("€100bn over five years") or a non-round value ("$8.3bn") does.
 */
export function distinctiveValue(fig: Pick<Figure, 'amount' | 'text' | 'years'>): boolean {
  // A stated span ("over five years") is part of what identifies the sum.
  if (fig.years !== null && fig.years > 1) return true;
  if (fig.amount === null || fig.amount <= 0 || !/\d/.test(fig.text)) return false;
  const mantissa = fig.amount / 10 ** Math.floor(Math.log10(fig.amount) + 1e-9);
  return Math.abs(mantissa - 1) > 1e-6;
}

/** Money without a named quantity on one side joins only on a distinctive value. */
function namedOrDistinctive(a: Pick<Item, 'quantity' | 'fig'>, b: Item): boolean {
  if (a.quantity !== null && b.quantity !== null) return true;
  return distinctiveValue(a.fig) && distinctiveValue(b.fig);
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The story's most used currency (stated conversions aside: they are an outlet's translation). */
function storyCurrency(articles: Article[]): string | null {
  const counts = new Map<string, number>();
  for (const article of articles)
    for (const fig of article.figures)
      if (fig.kind === 'money' && fig.currency && fig.conversionOf === null) increment(counts, fig.currency);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

function collectItems(articles: Article[], converter: Converter, base: string | null): Item[] {
  const items: Item[] = [];
  articles.forEach((article, a) => {
    const itemOf = new Map<number, number>();
    article.figures.forEach((fig, f) => {
      if (fig.amount === null || !Number.isFinite(fig.amount)) return;
      const isMoney = fig.kind === 'money';
      const conversion = isMoney ? converter.convert(fig.amount, fig.currency, base, article.id) : null;
      const converted = !isMoney || conversion !== null;
      itemOf.set(f, items.length);
      items.push({
        article: a,
        figure: f,
        fig: fig as Figure & { amount: number },
        original: null,
        hedged: isMoney && isHedged(article.paragraphs[fig.paragraph] ?? '', fig),
        value: conversion?.value ?? fig.amount,
        converted,
        partition: isMoney
          ? `money|${roleClass(fig.role)}|${converted ? '' : fig.currency}`
          : `${fig.kind}|${(fig.unit ?? '').toLowerCase()}`,
        quantity: isMoney ? quantityKey(fig.quantity) : null,
      });
    });
    // Stated conversions and restatements follow their source (when the source is usable).
    for (const [f, i] of itemOf) {
      const fig = article.figures[f]!;
      const target = fig.conversionOf ?? fig.restatementOf;
      if (target !== null && target !== f && itemOf.has(target)) items[i]!.original = itemOf.get(target)!;
    }
  });
  return items;
}

export function groupFigures(articles: Article[]): FigureGroup[] {
  const base = storyCurrency(articles);
  const rates = statedRates(articles);
  const converter = new Converter(rates);
  const items = collectItems(articles, converter, base);
  const uf = new UnionFind(items.length);
  const primaries = items.map((_, i) => i).filter((i) => items[i]!.original === null);

  // 2. Sorted sweep per partition.
  const byPartition = new Map<string, number[]>();
  for (const i of primaries) {
    const list = byPartition.get(items[i]!.partition) ?? [];
    byPartition.set(items[i]!.partition, list);
    list.push(i);
  }
  for (const [partition, list] of byPartition) {
    const tolerance = partition.startsWith('money')
      ? FIGURE_MATCH.moneyTolerance
      : FIGURE_MATCH.otherTolerance;
    list.sort((x, y) => items[x]!.value - items[y]!.value || x - y);
    interface Open {
      anchor: Item;
      /** The coarsest precision among the members ("about $300bn" makes the group's $300bn ± 50bn). */
      step: number;
      /** The member with the largest value so far (values come sorted): the nearest to the next one. */
      last: Item;
      root: number;
      period: Figure['period'];
      years: number | null;
      quantity: string | null;
      /** Article -> the value it contributed (two different ones would be two quantities). */
      amounts: Map<number, number>;
    }
    let open: Open[] = [];
    for (const i of list) {
      const item = items[i]!;
      // Groups whose anchor is far below this value can never match again (values only grow).
      open = open.filter((g) => item.value <= g.anchor.value * FIGURE_MATCH.window + g.step);
      let best: Open | undefined;
      for (const g of open) {
        if (!compatible(g, item)) continue;
        // One article giving two values is two quantities, unless they are the same value in its
        // own two currencies ("€1.8bn" and, later, "$1.95bn" at the rate it states).
        const seen = g.amounts.get(item.article);
        if (seen !== undefined && Math.abs(seen - item.value) > 0.01 * Math.abs(item.value)) continue;
        const diff = Math.abs(item.value - g.anchor.value);
        // Two outlets naming the same quantity may be further apart ($20bn vs $23bn of aid): that
        // is the disagreement a reader needs to see.
        const sameQuantity = g.quantity !== null && g.quantity === item.quantity;
        const reach = sameQuantity ? FIGURE_MATCH.sameQuantityTolerance : tolerance;
        // Unnamed money on either side: only a distinctive value may identify the sum.
        if (
          partition.startsWith('money') &&
          !namedOrDistinctive({ quantity: g.quantity, fig: g.anchor.fig }, item)
        )
          continue;
        const rounded = partition.startsWith('money') && roundsTogether(g.last, item, g.step);
        // A difference the written precision explains joins ("about $300bn" ~ "$325bn"); any other
        // only within tolerance, and for money only when both figures name what they measure alike:
        // two unnamed sums near each other are as likely two different things.
        if (!rounded) {
          if (diff > reach * Math.max(Math.abs(item.value), Math.abs(g.anchor.value))) continue;
          if (partition.startsWith('money') && !sameQuantity) continue;
        }
        if (!best || diff < Math.abs(item.value - best.anchor.value)) best = g;
      }
      if (best) {
        uf.union(best.root, i);
        best.period ??= item.fig.period;
        best.years ??= item.fig.years;
        best.quantity ??= item.quantity;
        best.amounts.set(item.article, item.value);
        best.step = Math.max(best.step, valueStep(item));
        best.last = item;
      } else {
        open.push({
          anchor: item,
          step: valueStep(item),
          last: item,
          root: i,
          period: item.fig.period,
          years: item.fig.years,
          quantity: item.quantity,
          amounts: new Map([[item.article, item.value]]),
        });
      }
    }
  }

  // 3. Same face value, currency no stated rate converts: join so the mix-up is reported.
  const byFace = new Map<string, number>();
  for (const i of primaries) {
    const item = items[i]!;
    if (item.fig.kind !== 'money' || !item.fig.currency) continue;
    const key = `${item.fig.amount}|${item.fig.period ?? '-'}|${item.fig.years ?? '-'}|${roleClass(item.fig.role)}`;
    const first = byFace.get(key);
    if (first === undefined) byFace.set(key, i);
    else {
      const other = items[first]!;
      const sameQuantity =
        other.quantity === null || item.quantity === null || other.quantity === item.quantity;
      if (
        other.fig.currency !== item.fig.currency &&
        other.article !== item.article &&
        sameQuantity &&
        namedOrDistinctive(other, item)
      )
        uf.union(first, i);
    }
  }

  // 4. Conversions and restatements join their source.
  items.forEach((item, i) => {
    if (item.original !== null) uf.union(item.original, i);
  });

  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = uf.find(i);
    const list = clusters.get(root) ?? [];
    clusters.set(root, list);
    list.push(i);
  });

  const built = [...clusters.values()].map((members) => buildGroup(articles, items, members, converter));
  built.sort((a, b) => b.group.members.length - a.group.members.length || a.first - b.first);

  const used = new Map<string, number>();
  return built.map(({ group }) => {
    const seen = used.get(group.id) ?? 0;
    used.set(group.id, seen + 1);
    return seen > 0 ? { ...group, id: `${group.id}-${seen + 1}` } : group;
  });
}

/** The stated rates of a story, as stored in story.json (`analysis.rates`). */
export { statedRates } from './rates.ts';

function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) increment(counts, value);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function buildGroup(
  articles: Article[],
  items: Item[],
  memberIndexes: number[],
  converter: Converter,
): { group: FigureGroup; first: number } {
  const members = memberIndexes
    .map((i) => items[i]!)
    .sort((a, b) => a.article - b.article || a.figure - b.figure);
  const primaries = members.filter((m) => m.original === null);
  const pool = primaries.length > 0 ? primaries : members;
  const kind = pool[0]!.fig.kind;

  const period = mostCommon(pool.map((m) => m.fig.period).filter((p) => p !== null));
  const years = mostCommon(pool.map((m) => m.fig.years).filter((y) => y !== null));
  const isMoney = kind === 'money';
  const { variants, reference, conflict, rounding } = buildVariants(articles, members, converter, {
    kind,
    suffix: isMoney ? periodSuffix(period, years) : '',
    unit: pool[0]!.fig.unit,
  });
  const perYear = !isMoney
    ? null
    : period === 'annual'
      ? reference.amount
      : period === 'total' && years
        ? reference.amount / years
        : null;
  const suffix = isMoney ? periodSuffix(period, years) : '';
  const label = `${valueLabel(kind, { ...reference, unit: pool[0]!.fig.unit })}${suffix}`;
  const prefix = isMoney ? (reference.currency ?? 'money').toLowerCase() : kind;
  const id = `f-${prefix}-${slugify(label) || 'figure'}`;
  const first = members.reduce((min, m) => Math.min(min, m.article * 1e6 + m.figure), Infinity);
  return {
    first,
    group: {
      id,
      label,
      kind,
      amount: reference.amount,
      currency: reference.currency,
      period: isMoney ? period : null,
      years,
      perYear,
      members: members.map((m) => ({ article: articles[m.article]!.id, figure: m.figure })),
      conflict,
      rounding,
      quantity: isMoney ? mostCommon(pool.map((m) => m.fig.quantity).filter((q) => q !== null)) : null,
      role: isMoney ? mostCommon(pool.map((m) => m.fig.role).filter((r) => r !== null)) : null,
      variants: isMoney ? variants : [],
    },
  };
}
