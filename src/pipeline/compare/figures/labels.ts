/**
 * compare/figures/labels: how a group's values read, computed once here for story.json.
 *
 * In:  a value (amount, currency, text as written, unit, printed hedge) or a variant's members.
 * Out: labels ("nearly $2bn", "€40bn a year") and each outlet's printed form of a variant
 *      (printedBy; the conflict/rounding sentences group outlets by it, src/lib/figure-forms.ts).
 *
 * Why per outlet: "about $40bn" and a bare "$40bn" are one value (one variant, no disagreement), but
 * which outlet hedged is the reader's to see, so no member's form stands in for another's.
 */
import type { Article, Figure, FigureKind, PrintedBy } from '../../../lib/model.ts';
import { formatAsPrinted, withQualifier } from '../../../lib/money.ts';
import { outletName } from '../../../lib/outlet.ts';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/**
 * The label's tail (' a year', ' over 3 years') so a per-year and a total amount never read as the same
 * figure.
 */
export function periodSuffix(period: 'total' | 'annual' | null, years: number | null): string {
  if (period === 'annual') return ' a year';
  if (years !== null) return ` over ${numberFormat.format(years)} year${years === 1 ? '' : 's'}`;
  return '';
}

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

/** What printedBy reads of a variant member (figure-variants' Member, which imports this module). */
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
