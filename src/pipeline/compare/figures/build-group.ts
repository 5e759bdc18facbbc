/**
 * compare/figures/build-group: the items of one cluster -> a FigureGroup (label, id, period,
 * per-year value, quantity, role, its variants from compare/figure-variants.ts, and the sentences
 * the figures page shows of them, from labels.ts).
 */
import type { FigureGroup } from '../../../lib/model.ts';
import { slugify } from '../../../lib/slug.ts';
import { buildVariants } from '../figure-variants.ts';
import { periodSuffix } from '../../../lib/figure-forms.ts';
import { valueLabel, variantSentences } from './labels.ts';
import type { Converter } from '../rates.ts';
import { increment } from '../text.ts';
import type { FigureArticle, Item } from './items.ts';

function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) increment(counts, value);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** One FigureGroup from the items joined together: its members, variants with their relation, and conflict. */
export function buildGroup(
  articles: readonly FigureArticle[],
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
  const label = `${valueLabel(kind, { ...reference, qualifier: null, unit: pool[0]!.fig.unit })}${suffix}`;
  const prefix = isMoney ? (reference.currency ?? 'money').toLowerCase() : kind;
  const id = `f-${prefix}-${slugify(label) || 'figure'}`;
  const quantity = isMoney ? mostCommon(pool.map((m) => m.fig.quantity).filter((q) => q !== null)) : null;
  const refs = members.map((m) => ({ article: articles[m.article]!.id, figure: m.figure }));
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
      members: refs,
      conflict,
      rounding,
      quantity,
      role: isMoney ? mostCommon(pool.map((m) => m.fig.role).filter((r) => r !== null)) : null,
      variants: isMoney ? variants : [],
      sentences: variantSentences(
        { variants: isMoney ? variants : [], currency: reference.currency, quantity, label, members: refs },
        articles,
      ),
    },
  };
}
