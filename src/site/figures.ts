/**
 * Figures for display: each money figure group as chart rows in one currency, using only the
 * exchange rates the articles themselves state ("100 billion euros ($107 billion)"), plus the
 * CSV/JSON the figures page offers for download. Pure shaping of story.json; grouping, conflicts
 * and rounding notes come from the pipeline.
 */
import type { Article, Figure, FigureGroup } from '../lib/model.ts';
import { formatMoney } from './format.ts';
import { outletLabel, type StoryView } from './story.ts';

export interface Rates {
  /** The story's most used currency; every converted value is in it. */
  base: string | null;
  /** Units of `base` per unit of each reachable currency. */
  factors: Map<string, number>;
  /** The stated conversions used, for the chart notes ("€100bn = $107bn, stated by VOI"). */
  stated: {
    from: string;
    to: string;
    rate: number;
    outlet: string;
    article: string;
    paragraph: number;
    text: string;
  }[];
}

export function statedRates(articles: Article[]): Rates {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const f of a.figures)
      if (f.kind === 'money' && f.currency && f.conversionOf === null)
        counts.set(f.currency, (counts.get(f.currency) ?? 0) + 1);
  const base = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
  const stated: Rates['stated'] = [];
  const edges = new Map<string, Map<string, number[]>>();
  const add = (from: string, to: string, rate: number) => {
    const row = edges.get(from) ?? new Map<string, number[]>();
    edges.set(from, row);
    row.set(to, [...(row.get(to) ?? []), rate]);
  };
  for (const a of articles) {
    a.figures.forEach((f) => {
      if (f.conversionOf === null) return;
      const o = a.figures[f.conversionOf];
      if (!o || o === f || !o.currency || !f.currency || o.currency === f.currency) return;
      if (!(o.amount && o.amount > 0 && f.amount && f.amount > 0)) return;
      const rate = f.amount / o.amount; // 1 o.currency = rate f.currency
      add(o.currency, f.currency, rate);
      add(f.currency, o.currency, 1 / rate);
      stated.push({
        from: o.currency,
        to: f.currency,
        rate,
        outlet: outletLabel(a),
        article: a.id,
        paragraph: f.paragraph,
        text: `${o.text} (${f.text})`,
      });
    });
  }
  const factors = new Map<string, number>();
  if (base) {
    factors.set(base, 1);
    const queue = [base];
    while (queue.length) {
      const known = queue.shift()!;
      for (const [other, rates] of [...(edges.get(known) ?? [])].sort((x, y) => x[0].localeCompare(y[0]))) {
        if (factors.has(other)) continue;
        const sorted = [...rates].sort((x, y) => x - y);
        const median = sorted[sorted.length >> 1]!;
        factors.set(other, factors.get(known)! / median);
        queue.push(other);
      }
    }
  }
  return { base, factors, stated };
}

export function convert(amount: number | null, currency: string | null, rates: Rates): number | null {
  if (amount === null) return null;
  if (!currency || currency === rates.base) return amount;
  const factor = rates.factors.get(currency);
  return factor === undefined ? null : amount * factor;
}

export interface FigureRow {
  article: string;
  outlet: string;
  figure: number;
  /** As written in the article. */
  text: string;
  paragraph: number;
  amount: number | null;
  currency: string | null;
  period: Figure['period'];
  years: number | null;
  /** In the base currency; null when the article gives no total / no rate reaches the currency. */
  total: number | null;
  perYear: number | null;
  /** The same figure restated in another currency in the same sentence. */
  alsoStated: string[];
  /** Differs from the group's representative value while the group has a conflict. */
  differs: boolean;
  /** The currency could not be converted with any stated rate. */
  unconverted: boolean;
}

function perYearOf(amount: number | null, period: Figure['period'], years: number | null): number | null {
  if (amount === null) return null;
  if (period === 'annual') return amount;
  if (period === 'total' && years && years > 0) return amount / years;
  return null;
}

export function figureRows(view: StoryView, group: FigureGroup, rates: Rates): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const member of group.members) {
    const article = view.article(member.article);
    const fig = article?.figures[member.figure];
    if (!article || !fig || fig.conversionOf !== null) continue;
    const value = convert(fig.amount, fig.currency, rates);
    const alsoStated = article.figures.filter((f) => f.conversionOf === member.figure).map((f) => f.text);
    const sameAsRepresentative =
      fig.amount === group.amount &&
      fig.currency === group.currency &&
      fig.period === group.period &&
      (fig.years ?? null) === (group.years ?? null);
    rows.push({
      article: article.id,
      outlet: outletLabel(article),
      figure: member.figure,
      text: fig.text,
      paragraph: fig.paragraph,
      amount: fig.amount,
      currency: fig.currency,
      period: fig.period,
      years: fig.years,
      total: fig.period === 'total' ? value : null,
      perYear: perYearOf(value, fig.period, fig.years),
      alsoStated,
      differs: group.conflict !== null && !sameAsRepresentative,
      unconverted: fig.amount !== null && value === null,
    });
  }
  return rows;
}

export interface ChartPayload {
  /** Accessible name of the canvas. */
  title: string;
  currency: string | null;
  labels: string[];
  datasets: { key: 'total' | 'perYear'; label: string; data: (number | null)[] }[];
  /** Per label: true when that bar is part of a conflict (drawn with a marker). */
  flagged: boolean[];
}

export function groupChart(group: FigureGroup, rows: FigureRow[], rates: Rates): ChartPayload {
  return {
    title: group.label,
    currency: rates.base,
    labels: rowLabels(rows),
    datasets: [
      { key: 'total', label: 'Total as reported', data: rows.map((r) => r.total) },
      { key: 'perYear', label: 'Per year', data: rows.map((r) => r.perYear) },
    ],
    flagged: rows.map((r) => r.differs),
  };
}

/** Outlet names, with the paragraph when one outlet reports the figure more than once. */
export function rowLabels(rows: FigureRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.outlet, (counts.get(r.outlet) ?? 0) + 1);
  return rows.map((r) => ((counts.get(r.outlet) ?? 0) > 1 ? `${r.outlet} ¶${r.paragraph + 1}` : r.outlet));
}

export interface OverviewRow {
  group: FigureGroup;
  total: number | null;
  perYear: number | null;
  outlets: string[];
}

export function overviewRows(view: StoryView, rates: Rates): OverviewRow[] {
  return moneyGroups(view).map((group) => {
    const value = convert(group.amount, group.currency, rates);
    const perYear =
      group.perYear !== null
        ? convert(group.perYear, group.currency, rates)
        : perYearOf(value, group.period, group.years);
    return {
      group,
      total: group.period === 'total' ? value : null,
      perYear,
      outlets: [...new Set(group.members.map((m) => view.outlet(m.article)))],
    };
  });
}

export function overviewChart(rows: OverviewRow[], rates: Rates): ChartPayload {
  return {
    title: 'Money figures in the coverage',
    currency: rates.base,
    labels: rows.map((r) => r.group.label),
    datasets: [
      { key: 'total', label: 'Total', data: rows.map((r) => r.total) },
      { key: 'perYear', label: 'Per year', data: rows.map((r) => r.perYear) },
    ],
    flagged: rows.map((r) => r.group.conflict !== null),
  };
}

export function moneyGroups(view: StoryView): FigureGroup[] {
  return view.data.analysis.figureGroups.filter((g) => g.kind === 'money' && g.members.length > 0);
}

/** One-line takeaway for a figure group chart, from the pipeline's own sentences. */
export function takeaway(group: FigureGroup, rows: FigureRow[], rates: Rates): string {
  const outlets = new Set(rows.map((r) => r.outlet)).size;
  const who = outlets === 1 ? 'One outlet reports' : `${outlets} outlets report`;
  if (group.conflict) return `${who} this figure, but they do not agree on it.`;
  if (group.rounding) return `${who} the same figure; the differences are only rounding.`;
  const perYear = convert(group.perYear, group.currency, rates);
  const tail =
    perYear !== null && group.period === 'total' ? `, about ${formatMoney(perYear, rates.base)} a year` : '';
  return `${who} ${group.label}${tail}.`;
}

// ------------------------------------------------------------------------------------------------
// Downloads

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+@\t\r]/.test(text)) text = `'${text}`; // no spreadsheet formulas
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function figuresCsv(view: StoryView): string {
  const rates = statedRates(view.articles);
  const base = rates.base ?? 'base';
  const rows: (string | number | boolean | null)[][] = [];
  for (const group of view.data.analysis.figureGroups) {
    for (const member of group.members) {
      const article = view.article(member.article);
      const fig = article?.figures[member.figure];
      if (!article || !fig) continue;
      const value = fig.kind === 'money' ? convert(fig.amount, fig.currency, rates) : null;
      rows.push([
        group.id,
        group.label,
        article.id,
        outletLabel(article),
        fig.paragraph,
        fig.text,
        fig.kind,
        fig.amount,
        fig.currency,
        fig.period,
        fig.years,
        fig.unit,
        fig.conversionOf !== null,
        value === null ? null : Math.round(value),
        value === null
          ? null
          : (() => {
              const p = perYearOf(value, fig.period, fig.years);
              return p === null ? null : Math.round(p);
            })(),
        group.conflict,
        group.rounding,
      ]);
    }
  }
  return toCsv(
    [
      'group',
      'label',
      'article',
      'outlet',
      'paragraph',
      'text',
      'kind',
      'amount',
      'currency',
      'period',
      'years',
      'unit',
      'stated_conversion',
      `amount_${base}`,
      `per_year_${base}`,
      'conflict',
      'rounding',
    ],
    rows,
  );
}

export function quotesCsv(view: StoryView): string {
  const rows: (string | number | boolean | null)[][] = [];
  for (const group of view.data.analysis.quoteGroups) {
    group.members.forEach((member, index) => {
      const article = view.article(member.article);
      const quote = article?.quotes[member.quote];
      if (!article || !quote) return;
      rows.push([
        group.id,
        group.speaker,
        index === 0,
        article.id,
        outletLabel(article),
        quote.paragraph,
        quote.speaker,
        quote.verb,
        quote.partial,
        quote.text,
      ]);
    });
  }
  return toCsv(
    [
      'group',
      'group_speaker',
      'reference',
      'article',
      'outlet',
      'paragraph',
      'speaker',
      'verb',
      'partial',
      'text',
    ],
    rows,
  );
}

/** Plain-language description of a chart, for its alt text and figcaption. */
export function describeChart(chart: ChartPayload, unit: (value: number) => string): string {
  const lines = chart.labels.map((label, i) => {
    const parts = chart.datasets
      .map((d) =>
        d.data[i] === null || d.data[i] === undefined ? null : `${d.label.toLowerCase()} ${unit(d.data[i]!)}`,
      )
      .filter(Boolean);
    return `${label}${chart.flagged[i] ? ' (disputed)' : ''}: ${parts.length ? parts.join(', ') : 'no comparable value'}`;
  });
  return `Bar chart, ${chart.title}, in ${chart.currency ?? 'the stated currency'}. ${lines.join('; ')}.`;
}

export interface StoryFigures {
  rates: Rates;
  /** The stated conversions, one per currency pair (the charts' notes). */
  rateNotes: Rates['stated'];
  money: FigureGroup[];
}

const figuresCache = new Map<string, { view: StoryView; figures: StoryFigures }>();

/** Rates and money groups of a story, derived once per build (every chart needs them). */
export function storyFigures(view: StoryView): StoryFigures {
  const hit = figuresCache.get(view.slug);
  if (hit && hit.view === view) return hit.figures;
  const rates = statedRates(view.articles);
  const seen = new Set<string>();
  const rateNotes = rates.stated.filter((s) => {
    const key = `${s.from}\u0000${s.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const figures = { rates, rateNotes, money: moneyGroups(view) };
  figuresCache.set(view.slug, { view, figures });
  return figures;
}
