/**
 * compare/figures: every article's figures -> FigureGroups, one per reported number.
 *
 * In:  the story's articles (`id`, `outlet`, `source`, `figures` are read).
 * Out: FigureGroup[] — the same figure as reported by several outlets in one group, with a
 *      representative value, a human label ("€100bn over 5 years", "$40bn a year", "32 members"),
 *      per-year value, and a `rounding` or `conflict` sentence when members differ.
 *
 * How:
 *  1. Exchange rates come only from the articles themselves: a figure with `conversionOf`
 *     ("100 billion euros ($107 billion)") states a rate. Rates are chained to the story's most
 *     used currency, so every money figure whose currency is reachable gets a common-currency value.
 *  2. Within a partition (money; or kind + unit for other figures), figures are sorted by that value
 *     and swept once: a figure joins an open group whose anchor is within a tolerance and whose
 *     period/years agree. Sorting makes this O(n log n), never pairwise.
 *  3. Money figures with the same face value, period and years but a different currency are joined
 *     too: "40 billion euros" vs "$40 billion" is a classic mix-up that must show as a conflict.
 *  4. Stated conversions join their original's group; they never make a group or a conflict.
 *  5. Members' distinct values are compared: a difference the coarser figure's written precision
 *     explains (1.375bn vs 1.4bn) is rounding; anything else is a conflict naming outlets and values.
 */
import type { Article, Figure, FigureGroup } from '../../lib/model.ts';
import { slugify } from '../../lib/slug.ts';
import { increment } from './text.ts';
import { outletName } from '../../lib/outlet.ts';

export const FIGURE_MATCH = {
  /**
   * Relative distance from a group's anchor that still counts as the same money figure (besides
   * differences that the written precision explains). Wide enough for $3.5bn vs $3.6bn (a conflict
   * worth reporting), tight enough that distinct amounts in a figure-dense story stay apart.
   */
  moneyTolerance: 0.05,
  /** Same for counts, percentages, durations…: tighter, these are usually written exactly. */
  otherTolerance: 0.02,
  /** Open groups are dropped once values exceed anchor × window (+ its rounding step). */
  window: 1.25,
  /** Distinct values compared pairwise for conflicts (most frequent first). */
  maxVariants: 12,
};

interface FigureItem {
  article: number;
  figure: number;
  fig: Figure & { amount: number };
  /** Index (in items) of the original when this figure is a stated conversion of it. */
  original: number | null;
  /** Value in the story's common currency (money) or the amount itself. */
  value: number;
  partition: string;
}

type Rates = Map<string, Map<string, number[]>>;

function addRate(rates: Rates, from: string, to: string, rate: number) {
  const row = rates.get(from) ?? new Map<string, number[]>();
  rates.set(from, row);
  const list = row.get(to) ?? [];
  row.set(to, list);
  list.push(rate);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Base units per unit of each currency reachable from `base` through stated conversions
 * (breadth-first, so the shortest chain of stated rates is used).
 */
export function currencyFactors(articles: Article[], base: string | null): Map<string, number> {
  const rates: Rates = new Map();
  for (const article of articles) {
    for (const fig of article.figures) {
      if (fig.conversionOf === null) continue;
      const original = article.figures[fig.conversionOf];
      if (!original || original === fig) continue;
      if (!fig.currency || !original.currency || fig.currency === original.currency) continue;
      if (!(fig.amount! > 0) || !(original.amount! > 0)) continue;
      const rate = fig.amount! / original.amount!; // 1 original = rate converted
      addRate(rates, original.currency, fig.currency, rate);
      addRate(rates, fig.currency, original.currency, 1 / rate);
    }
  }
  const factors = new Map<string, number>();
  if (!base) return factors;
  factors.set(base, 1);
  const queue = [base];
  while (queue.length > 0) {
    const known = queue.shift()!;
    const row = rates.get(known);
    if (!row) continue;
    for (const [other, observed] of [...row].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (factors.has(other)) continue;
      // 1 known = r other  =>  1 other = factor(known) / r base units.
      factors.set(other, factors.get(known)! / median(observed));
      queue.push(other);
    }
  }
  return factors;
}

/** Written precision of a figure, in its units: "1.4bn" -> 0.1e9, "40 billion" -> 10e9, "32" -> 1. */
export function writtenStep(fig: { text: string; amount: number }): number {
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
  const trailingZeros = /0*$/.exec(integer)![0].length;
  return 10 ** Math.min(trailingZeros, integer.length - 1) * scale;
}

/** Written precision in common-currency units. */
function valueStep(item: FigureItem): number {
  const step = writtenStep(item.fig);
  return item.fig.amount !== 0 ? step * (item.value / item.fig.amount) : step;
}

type Relation = 'equal' | 'rounding' | 'conflict';

interface Variant {
  amount: number;
  currency: string | null;
  step: number;
  /** Common-currency value, or null when the currency cannot be converted. */
  value: number | null;
  items: FigureItem[];
}

const closeEnough = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

function relate(a: Variant, b: Variant): Relation {
  const sameCurrency = a.currency === b.currency || a.currency === null || b.currency === null;
  if (sameCurrency) return roundingRelation(a.amount, a.step, b.amount, b.step);
  // Different currencies. The same face value in two currencies is a mix-up unless a stated rate
  // says they are (nearly) at par.
  if (closeEnough(a.amount, b.amount)) {
    if (a.value !== null && b.value !== null && Math.abs(a.value / b.value - 1) < 0.01) return 'rounding';
    return 'conflict';
  }
  if (a.value === null || b.value === null) return 'conflict';
  // Converted with a stated rate: rates move, so allow the coarser precision or 3%.
  const relation = roundingRelation(
    a.value,
    a.step * (a.value / a.amount),
    b.value,
    b.step * (b.value / b.amount),
  );
  if (relation !== 'conflict') return 'rounding';
  return Math.abs(a.value / b.value - 1) <= 0.03 ? 'rounding' : 'conflict';
}

/** Equal, or the finer value rounds to the coarser one at the coarser one's written precision. */
export function roundingRelation(a: number, stepA: number, b: number, stepB: number): Relation {
  if (closeEnough(a, b)) return 'equal';
  const step = Math.max(stepA, stepB);
  return Math.abs(a - b) < step / 2 - 1e-9 * Math.abs(step) ? 'rounding' : 'conflict';
}

const SYMBOLS: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  CNY: 'CN¥',
  RUB: '₽',
  UAH: '₴',
};

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatMoney(amount: number, currency: string | null): string {
  const scales: Array<[number, string]> = [
    [1e12, 'tn'],
    [1e9, 'bn'],
    [1e6, 'm'],
  ];
  let text = numberFormat.format(amount);
  for (const [scale, suffix] of scales) {
    if (Math.abs(amount) >= scale) {
      text = `${numberFormat.format(amount / scale)}${suffix}`;
      break;
    }
  }
  if (!currency) return text;
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${text}` : `${currency} ${text}`;
}

function periodSuffix(period: Figure['period'], years: number | null): string {
  if (period === 'annual') return ' a year';
  if (years !== null) return ` over ${numberFormat.format(years)} year${years === 1 ? '' : 's'}`;
  return '';
}

function valueLabel(
  kind: Figure['kind'],
  amount: number,
  currency: string | null,
  unit: string | null,
  text: string,
): string {
  if (kind === 'money') return formatMoney(amount, currency);
  if (kind === 'percent') return `${numberFormat.format(amount)}%`;
  if (kind === 'date' || kind === 'other') return text;
  return unit ? `${numberFormat.format(amount)} ${unit}` : numberFormat.format(amount);
}

function compatible(a: Figure, period: Figure['period'], years: number | null): boolean {
  if (a.period !== null && period !== null && a.period !== period) return false;
  if (a.years !== null && years !== null && a.years !== years) return false;
  return true;
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

export function groupFigures(articles: Article[]): FigureGroup[] {
  // The common currency: the one the story uses most.
  const currencyCounts = new Map<string, number>();
  for (const article of articles) {
    for (const fig of article.figures)
      if (fig.kind === 'money' && fig.currency) increment(currencyCounts, fig.currency);
  }
  const base = [...currencyCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const factors = currencyFactors(articles, base);

  const items: FigureItem[] = [];
  articles.forEach((article, a) => {
    const itemOf = new Map<number, number>();
    article.figures.forEach((fig, f) => {
      if (fig.amount === null || !Number.isFinite(fig.amount)) return;
      const factor = fig.kind === 'money' && fig.currency ? factors.get(fig.currency) : 1;
      itemOf.set(f, items.length);
      items.push({
        article: a,
        figure: f,
        fig: fig as Figure & { amount: number },
        original: null,
        value: fig.amount * (factor ?? 1),
        partition: fig.kind === 'money' ? 'money' : `${fig.kind}|${(fig.unit ?? '').toLowerCase()}`,
      });
    });
    // Link stated conversions to their originals (only when the original is itself usable).
    for (const [f, i] of itemOf) {
      const target = article.figures[f]!.conversionOf;
      if (target !== null && target !== f && itemOf.has(target)) items[i]!.original = itemOf.get(target)!;
    }
  });

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
    const tolerance = partition === 'money' ? FIGURE_MATCH.moneyTolerance : FIGURE_MATCH.otherTolerance;
    list.sort((x, y) => items[x]!.value - items[y]!.value || x - y);
    interface Open {
      anchor: FigureItem;
      step: number;
      root: number;
      period: Figure['period'];
      years: number | null;
    }
    let open: Open[] = [];
    for (const i of list) {
      const item = items[i]!;
      const step = valueStep(item);
      // Groups whose anchor is far below this value can never match again (values only grow).
      open = open.filter((g) => item.value <= g.anchor.value * FIGURE_MATCH.window + g.step);
      let best: Open | undefined;
      for (const g of open) {
        if (!compatible(item.fig, g.period, g.years)) continue;
        const diff = Math.abs(item.value - g.anchor.value);
        // Close in value, or a difference the coarser written precision explains ($36bn ~ "$40bn").
        const close = diff <= tolerance * Math.max(Math.abs(item.value), Math.abs(g.anchor.value));
        const rounded = item.fig.currency === g.anchor.fig.currency && diff < Math.max(step, g.step) / 2;
        if ((close || rounded) && (!best || diff < Math.abs(item.value - best.anchor.value))) best = g;
      }
      if (best) {
        uf.union(best.root, i);
        best.period ??= item.fig.period;
        best.years ??= item.fig.years;
      } else {
        open.push({ anchor: item, step, root: i, period: item.fig.period, years: item.fig.years });
      }
    }
  }

  // 3. Same face value, different currency: join so the mix-up is reported.
  const byFace = new Map<string, number>();
  for (const i of primaries) {
    const { fig } = items[i]!;
    if (fig.kind !== 'money' || !fig.currency) continue;
    const key = `${fig.amount}|${fig.period ?? '-'}|${fig.years ?? '-'}`;
    const first = byFace.get(key);
    if (first === undefined) byFace.set(key, i);
    else if (items[first]!.fig.currency !== fig.currency) uf.union(first, i);
  }

  // 4. Conversions join their originals.
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

  const built = [...clusters.values()].map((members) => buildGroup(articles, items, members, factors));
  built.sort((a, b) => b.group.members.length - a.group.members.length || a.first - b.first);

  const used = new Map<string, number>();
  return built.map(({ group }) => {
    const seen = used.get(group.id) ?? 0;
    used.set(group.id, seen + 1);
    return seen > 0 ? { ...group, id: `${group.id}-${seen + 1}` } : group;
  });
}

function buildGroup(
  articles: Article[],
  items: FigureItem[],
  memberIndexes: number[],
  factors: Map<string, number>,
): { group: FigureGroup; first: number } {
  const members = memberIndexes
    .map((i) => items[i]!)
    .sort((a, b) => a.article - b.article || a.figure - b.figure);
  const primaries = members.filter((m) => m.original === null);
  const pool = primaries.length > 0 ? primaries : members;

  // Distinct written values (amount + currency), most reported first.
  const variants = new Map<string, Variant>();
  for (const m of pool) {
    const key = `${m.fig.currency ?? '-'}|${m.fig.amount}`;
    let variant = variants.get(key);
    if (!variant) {
      const factor = m.fig.kind === 'money' && m.fig.currency ? factors.get(m.fig.currency) : 1;
      variant = {
        amount: m.fig.amount,
        currency: m.fig.currency,
        step: writtenStep(m.fig),
        value: factor === undefined ? null : m.fig.amount * factor,
        items: [],
      };
      variants.set(key, variant);
    }
    variant.step = Math.max(variant.step, writtenStep(m.fig));
    variant.items.push(m);
  }
  const ranked = [...variants.values()].sort((a, b) => b.items.length - a.items.length);
  const rep = ranked[0]!;
  const repFig = rep.items[0]!.fig;
  const kind = repFig.kind;

  const periodCounts = new Map<NonNullable<Figure['period']>, number>();
  const yearCounts = new Map<number, number>();
  for (const m of pool) {
    if (m.fig.period) increment(periodCounts, m.fig.period);
    if (m.fig.years !== null) increment(yearCounts, m.fig.years);
  }
  const period = [...periodCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const years = [...yearCounts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  const perYear =
    kind !== 'money'
      ? null
      : period === 'annual'
        ? rep.amount
        : period === 'total' && years
          ? rep.amount / years
          : null;

  const suffix = kind === 'money' ? periodSuffix(period, years) : '';
  const label = `${valueLabel(kind, rep.amount, rep.currency, repFig.unit, repFig.text)}${suffix}`;
  const prefix = kind === 'money' ? (rep.currency ?? 'money').toLowerCase() : kind;
  const id = `f-${prefix}-${slugify(label) || 'figure'}`;

  // Compare distinct values pairwise (bounded: a handful of variants in practice).
  const compared = ranked.slice(0, FIGURE_MATCH.maxVariants);
  const conflicting = new Set<Variant>();
  const rounded = new Set<Variant>();
  for (let i = 0; i < compared.length; i++) {
    for (let j = i + 1; j < compared.length; j++) {
      const relation = relate(compared[i]!, compared[j]!);
      if (relation === 'conflict') conflicting.add(compared[i]!).add(compared[j]!);
      if (relation === 'rounding') rounded.add(compared[i]!).add(compared[j]!);
    }
  }

  const describe = (variant: Variant) => {
    const outlets = [...new Set(variant.items.map((m) => outletName(articles[m.article]!)))];
    const names =
      outlets.length > 3
        ? `${outlets.slice(0, 3).join(', ')} and ${outlets.length - 3} more`
        : outlets.join(', ');
    return `${valueLabel(kind, variant.amount, variant.currency, repFig.unit, variant.items[0]!.fig.text)}${suffix} (${names})`;
  };
  const inOrder = (set: Set<Variant>) => compared.filter((v) => set.has(v));

  let conflict: string | null = null;
  if (conflicting.size > 0) {
    const list = inOrder(conflicting);
    const currencies = new Set(list.map((v) => v.currency));
    const sameNumber =
      currencies.size > 1 &&
      list.some((v, i) => list.some((w, j) => j > i && closeEnough(v.amount, w.amount)));
    conflict = `Outlets disagree: ${list.map(describe).join(' vs ')}.`;
    if (sameNumber)
      conflict +=
        ' The same number is given in different currencies, and no rate stated in the articles makes them equal.';
  }
  let rounding: string | null = null;
  if (rounded.size > 0)
    rounding = `Some differences are only rounding: ${inOrder(rounded).map(describe).join(' vs ')}.`;

  const first = members.reduce((min, m) => Math.min(min, m.article * 1e6 + m.figure), Infinity);
  return {
    first,
    group: {
      id,
      label,
      kind,
      amount: rep.amount,
      currency: rep.currency,
      period: kind === 'money' ? period : null,
      years,
      perYear,
      members: members.map((m) => ({ article: articles[m.article]!.id, figure: m.figure })),
      conflict,
      rounding,
    },
  };
}
