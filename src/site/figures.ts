/**
 * Figures for display: pure shaping of story.json. Grouping, variants, their relations, the
 * exchange rates and the sentences on a group (`FigureGroup.sentences`: title, disagreement, rate
 * notes, takeaway) are computed once by the pipeline (compare/figures.ts, compare/rates.ts,
 * compare/figures/labels.ts) and read here;
 * this module only picks what is charted and lays it out. Money is formatted by the one formatter,
 * src/lib/money.ts; a variant's printed form by src/lib/figure-forms.ts.
 *
 *   charted  a money quantity that two or more outlets report (one chart, one bar per outlet)
 *   key      a money quantity one outlet reports (a key-figure card, never a one-bar chart)
 *   context  earlier values, thresholds and per-unit amounts (listed, never charted beside the story's sums)
 */
import type { FigureGroup, FigureVariant } from '../lib/model.ts';
import { groupOutlets, outletBars, printedWithConversion } from '../lib/figure-forms.ts';
import { formatMoney } from '../lib/money.ts';
import { outletLabel, type StoryView } from './story.ts';

const CONTEXT_ROLES = new Set(['earlier', 'threshold', 'per-unit']);

export function moneyGroups(view: StoryView): FigureGroup[] {
  return view.data.analysis.figureGroups.filter((g) => g.kind === 'money' && g.members.length > 0);
}

export function isContext(group: FigureGroup): boolean {
  return group.role !== null && CONTEXT_ROLES.has(group.role);
}

export function isCharted(group: FigureGroup): boolean {
  return group.kind === 'money' && !isContext(group) && groupOutlets(group).length >= 2;
}

export interface Bar {
  outlet: string;
  article: string;
  paragraph: number;
  variant: FigureVariant;
  /** What the bar says: the outlet's printed value, with the converted one second when the currency differs. */
  label: string;
  /** The outlet's words as written, hedge included ("about €40 billion"). */
  text: string;
  /** The bar's length, in the group's currency (null: no stated rate converts it). */
  value: number | null;
  disputed: boolean;
  /** Another of the outlet's figures restates this one in another currency. */
  alsoStated: string[];
}

/** One bar per outlet: the value the outlet itself printed (its first mention). */
export function groupBars(view: StoryView, group: FigureGroup): Bar[] {
  const outletOf = (member: FigureGroup['members'][number]) => {
    const article = view.article(member.article);
    return article?.figures[member.figure] ? outletLabel(article) : undefined;
  };
  return outletBars(group, outletOf).map(({ member, variant, outlet }) => {
    const article = view.article(member.article)!;
    const figure = article.figures[member.figure]!;
    return {
      outlet,
      article: article.id,
      paragraph: figure.paragraph,
      variant,
      label: printedWithConversion(variant, group.currency, outlet),
      text: variant.printedBy.find((p) => p.outlet === outlet)?.text ?? figure.text,
      value: variant.value,
      disputed: variant.relation === 'conflict',
      alsoStated: article.figures.filter((f) => f.conversionOf === member.figure).map((f) => f.text),
    };
  });
}

export interface ChartPayload {
  /** Accessible name and visible title. */
  title: string;
  /** The currency of the axis and of every bar's length (the group's). */
  currency: string | null;
  labels: string[];
  /** Bar lengths in `currency`. */
  values: (number | null)[];
  /** What each bar says (formatted once, here, by the one formatter). */
  valueLabels: string[];
  /** Axis ticks, formatted here too (the browser never formats money). */
  ticks: { value: number; label: string }[];
  /** Per bar: true when that value is disputed (drawn with a marker). */
  flagged: boolean[];
}

function niceTicks(max: number, currency: string | null): { value: number; label: string }[] {
  if (!(max > 0)) return [];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? rough;
  // Up to the first tick past the longest bar plus room for its label.
  const ticks = [];
  for (let v = 0; ; v += step) {
    ticks.push({ value: v, label: formatMoney(v, currency) });
    if (v >= max * 1.3) break;
  }
  return ticks;
}

export function groupChart(group: FigureGroup, bars: Bar[]): ChartPayload {
  const values = bars.map((b) => b.value);
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  return {
    title: group.sentences.title,
    currency: group.currency,
    labels: bars.map((b) => b.outlet),
    values,
    valueLabels: bars.map((b) => b.label),
    ticks: niceTicks(max, group.currency),
    flagged: bars.map((b) => b.disputed),
  };
}
