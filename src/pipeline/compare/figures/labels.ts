/**
 * compare/figures/labels: how a group's values read, computed once here for story.json.
 *
 * In:  a value (amount, currency, text as written, unit, printed hedge) or a variant's members.
 * Out: labels ("nearly $2bn", "€40bn a year"), each outlet's printed form of a variant
 *      (printedBy; the conflict/rounding sentences group outlets by it, src/lib/figure-forms.ts),
 *      and the sentences the figures page shows of a money group (variantSentences): its title,
 *      the conflict/rounding/conversion sentences, the takeaway, the notes on stated rates and
 *      on the values no stated rate converts, the chart's alt text and its table's period cells.
 *
 * Why per outlet: "about $40bn" and a bare "$40bn" are one value (one variant, no disagreement), but
 * which outlet hedged is the reader's to see, so no member's form stands in for another's.
 */
import {
  conversionOf,
  describeForms,
  groupOutlets,
  outletBars,
  outletNames,
  printed,
  printedWithConversion,
} from '../../../lib/figure-forms.ts';
import type {
  Article,
  Figure,
  FigureGroup,
  FigureKind,
  FigureVariant,
  PrintedBy,
  RateNote,
  VariantSentences,
} from '../../../lib/model.ts';
import { formatAsPrinted, formatMoney, withQualifier } from '../../../lib/money.ts';
import { disputeSentence, roundingSentence } from './dispute-sentences.ts';
import { outletName } from '../../../lib/outlet.ts';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** A value as printed: money at its written precision and with its hedge, other figures with their unit. */
export function valueLabel(
  kind: FigureKind,
  value: {
    amount: number;
    currency: string | null;
    text: string;
    unit?: string | null;
    qualifier?: string | null;
  },
): string {
  if (kind === 'money') return withQualifier(formatAsPrinted(value), value.qualifier ?? null);
  if (kind === 'percent') return `${numberFormat.format(value.amount)}%`;
  if (kind === 'date' || kind === 'other') return value.text;
  return value.unit
    ? `${numberFormat.format(value.amount)} ${value.unit}`
    : numberFormat.format(value.amount);
}

/** What printedBy reads of a variant member (figures/precision's Member). */
interface PrintedMember {
  article: number;
  fig: Figure & { amount: number };
  qualifier?: string | null;
}

/** Each outlet's first member of a variant, labelled as that outlet printed it, in member order. */
export function printedBy(
  articles: readonly Pick<Article, 'outlet' | 'source'>[],
  members: readonly PrintedMember[],
  kind: FigureKind,
  unit: string | null,
): PrintedBy[] {
  const forms: PrintedBy[] = [];
  for (const m of members) {
    const outlet = outletName(articles[m.article]!);
    if (forms.some((form) => form.outlet === outlet)) continue;
    const label = valueLabel(kind, { ...m.fig, unit, qualifier: m.qualifier ?? null });
    forms.push({ outlet, label, text: withQualifier(m.fig.text, m.qualifier ?? null) });
  }
  return forms;
}

/**
 * Whether a variant's value was converted with a rate stated for another sum: a rate its own
 * outlets do not state, given by an article beside a figure that is not in the group (City Ledger's
 * "£40m ($52m)" for cranes, read into Wire Daily's fine). Such a value is close to the reference
 * only at somebody else's rate for something else, so it is never called "only rounding", and the
 * rate's source is named wherever the converted value is shown (issue #11).
 */
export function borrowedRate(
  variant: Pick<FigureVariant, 'rate' | 'relation' | 'outlets'>,
  members: readonly { article: string; paragraph: number }[],
): boolean {
  const rate = variant.rate;
  if (!rate || variant.relation === 'conversion' || variant.outlets.includes(rate.outlet)) return false;
  return !members.some((m) => m.article === rate.article && m.paragraph === rate.paragraph);
}

/** What variantSentences reads of a group (members: the chart's bars, one per outlet). */
type ChartGroup = Pick<FigureGroup, 'variants' | 'currency' | 'quantity' | 'label' | 'members'>;

/**
 * What the figures page says of a money group's variants (FigureGroup.sentences), `variants[0]` being
 * the reference and `currency` the group's: each outlet's own form, with its value in the group's
 * currency when a stated rate converts it ("about €40bn (One), approximately $40bn (Two; ≈ €37.4bn)"),
 * the chart's title, takeaway, notes and alt text. Worded here, once, so the site only shows it.
 */
export function variantSentences(
  group: ChartGroup,
  articles: readonly Pick<Article, 'id' | 'outlet' | 'source' | 'figures'>[],
): VariantSentences {
  const articleOf = (member: FigureGroup['members'][number]) => {
    const article = articles.find((a) => a.id === member.article);
    return article?.figures[member.figure] ? article : undefined;
  };
  const outletOf: OutletOf = (member) => {
    const article = articleOf(member);
    return article ? outletName(article) : undefined;
  };
  const periods = outletBars(group, outletOf).map(({ member, outlet }) => {
    const figure = articleOf(member)!.figures[member.figure]!;
    return { outlet, period: periodCell(figure.period, figure.years) };
  });
  const [reference, ...others] = group.variants;
  const title = chartTitle(group);
  if (!reference)
    return {
      title,
      conflict: null,
      rounding: null,
      conversions: null,
      takeaway: null,
      rates: [],
      uncharted: null,
      description: null,
      periods,
    };
  const placed = group.members.flatMap((member) => {
    const figure = articleOf(member)?.figures[member.figure];
    return figure ? [{ article: member.article, paragraph: figure.paragraph }] : [];
  });
  const borrowed = (v: FigureVariant) => borrowedRate(v, placed);
  // A value converted at another outlet's rate for another sum says whose rate it is.
  const say = (v: FigureVariant) =>
    describeForms(
      v,
      printed(v),
      borrowed(v) && v.value !== null
        ? ` (≈ ${formatMoney(v.value, group.currency)} at the rate ${v.rate!.outlet} states for another sum)`
        : conversionOf(v, group.currency),
    );
  const figureOf = (v: FigureVariant) => {
    const member = v.members[0];
    return member ? articleOf(member)?.figures[member.figure] : undefined;
  };
  const of = (relation: FigureVariant['relation']) => others.filter((v) => v.relation === relation);
  const conflicting = of('conflict');
  const rounded = of('rounding').filter((v) => !borrowed(v));
  const closeAtBorrowedRate = of('rounding').filter(borrowed);
  const converted = of('conversion');
  return {
    title,
    conflict:
      conflicting.length > 0
        ? disputeSentence(
            [reference, ...conflicting].map(say),
            figureOf(reference),
            conflicting.map(figureOf),
          )
        : null,
    rounding: roundingSentence(say(reference), rounded.map(say), closeAtBorrowedRate.map(say)),
    conversions:
      converted.length > 0
        ? `Also stated in another currency: ${converted.map((v) => `${printed(v)} (${outletNames(v.outlets)})`).join(', ')}.`
        : null,
    takeaway: takeaway(group, conflicting.length > 0, rounded.length > 0, closeAtBorrowedRate.length > 0),
    rates: rateNotes(group),
    uncharted: unchartedNote(group, outletOf),
    description: chartDescription(group, title, outletOf, borrowed),
    periods,
  };
}

/** A bar's period as the chart's data table says it. */
function periodCell(period: Figure['period'], years: number | null): string {
  if (period === 'annual') return 'a year';
  if (period === 'total') return years ? `total over ${years} years` : 'total';
  return 'not stated';
}

/** A group member's outlet (the name its article is shown by), undefined for no such article. */
type OutletOf = (member: FigureGroup['members'][number]) => string | undefined;

/**
 * "Not charted, as no article states a rate to EUR: $2bn (Two).": the chart's bars (one per outlet,
 * lib/figure-forms.ts) whose value no stated rate converts to the group's currency.
 */
function unchartedNote(group: ChartGroup, outletOf: OutletOf): string | null {
  const values = outletBars(group, outletOf)
    .filter(({ variant }) => variant.value === null)
    .map(({ variant, outlet }) => `${printedWithConversion(variant, group.currency, outlet)} (${outlet})`);
  return values.length > 0
    ? `Not charted, as no article states a rate to ${group.currency ?? ''}: ${values.join(', ')}.`
    : null;
}

/**
 * The chart's alt text and hidden caption: its title, currency and each drawn bar ("Bar chart, Fine:
 * €1.84bn, in EUR. One: €1.84bn; Two (disputed): €1.5bn."); null when fewer than two bars are drawn
 * (no chart: a key figure).
 */
function chartDescription(
  group: ChartGroup,
  title: string,
  outletOf: OutletOf,
  borrowed: (variant: FigureVariant) => boolean,
): string | null {
  const drawn = outletBars(group, outletOf).filter(({ variant }) => variant.value !== null);
  if (drawn.length < 2) return null;
  // A bar drawn at a rate stated for another sum says whose rate it is, as the sentences do.
  const lines = drawn.map(
    ({ variant, outlet }) =>
      `${outlet}${variant.relation === 'conflict' ? ' (disputed)' : ''}: ${
        borrowed(variant) && variant.value !== null
          ? `${printed(variant, outlet)} (≈ ${formatMoney(variant.value, group.currency)} at the rate ${variant.rate!.outlet} states for another sum)`
          : printedWithConversion(variant, group.currency, outlet)
      }`,
  );
  return `Bar chart, ${title}, in ${group.currency ?? 'the stated currency'}. ${lines.join('; ')}.`;
}

/** "Fine: €1.84bn": what is measured, and the value most outlets print, in the group's currency. */
function chartTitle(group: Pick<FigureGroup, 'quantity' | 'label'>): string {
  if (!group.quantity) return group.label;
  const quantity = group.quantity.charAt(0).toUpperCase() + group.quantity.slice(1);
  return `${quantity}: ${group.label}`;
}

/**
 * The rates a group's values were converted with, each once, with the outlets it converted and
 * whose rate it is: the outlets' own when they state it, else another outlet's, said so.
 */
function rateNotes(group: Pick<FigureGroup, 'variants' | 'currency'>): RateNote[] {
  const notes = new Map<
    string,
    { rate: NonNullable<FigureVariant['rate']>; outlets: string[]; own: boolean }
  >();
  for (const variant of group.variants) {
    const rate = variant.rate;
    if (!rate || variant.relation === 'conversion') continue;
    const key = `${rate.article}|${rate.paragraph}|${rate.text}`;
    const note = notes.get(key) ?? { rate, outlets: [], own: variant.outlets.includes(rate.outlet) };
    notes.set(key, note);
    for (const outlet of variant.outlets) if (!note.outlets.includes(outlet)) note.outlets.push(outlet);
  }
  return [...notes.values()].map(({ rate, outlets, own }) => ({
    lead: `${outlets.join(', ')}: converted to ${group.currency ?? ''} with ${own ? 'the rate it states' : `the rate ${rate.outlet} states (its own article gives none)`}, `,
    rate,
  }));
}

/** "2 outlets report the fine, and they do not agree on it.": a chart's one line, from its variants. */
function takeaway(
  group: Pick<FigureGroup, 'variants' | 'quantity' | 'label'>,
  conflict: boolean,
  rounding: boolean,
  borrowed = false,
) {
  const outlets = groupOutlets(group).length;
  const who = outlets === 1 ? 'One outlet reports' : `${outlets} outlets report`;
  const what = group.quantity ? `the ${group.quantity}` : 'this figure';
  if (conflict) return `${who} ${what}, and they do not agree on it.`;
  if (rounding) return `${who} ${what}; the differences are only rounding.`;
  if (borrowed) return `${who} ${what}; they are close only at an exchange rate stated for another sum.`;
  return `${who} ${what} as ${group.label}.`;
}
