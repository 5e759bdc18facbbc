/**
 * lib/figure-forms: how a money variant reads, for the pipeline's sentences (compare/figure-variants.ts,
 * compare/figures/labels.ts) and the site's bar labels and tables alike (one rule for both).
 *
 * In:  a FigureVariant (its `printedBy`, computed once by compare/figures/labels.ts, its amount,
 *      precision and hedge, and its value in the group's currency).
 * Out: "about €40bn (One), €40bn (Two)", "A, B, C and 2 more", "nearly $2bn", "$1.95bn (≈ €1.8bn)",
 *      a group's outlets (those printing a value of their own, not a conversion), " over 5 years",
 *      a chart's bars (one per outlet: the variant of its first member).
 */
import type { FigureGroup, FigureVariant } from './model.ts';
import { formatMoney, withQualifier } from './money.ts';

/** Outlets whose own (not converted) value is in the group. */
export function groupOutlets(group: Pick<FigureGroup, 'variants'>): string[] {
  return [...new Set(group.variants.filter((v) => v.relation !== 'conversion').flatMap((v) => v.outlets))];
}

/** "Gulf Herald, Harbour Times" or "A, B, C and 2 more". */
export function outletNames(outlets: readonly string[]): string {
  return outlets.length > 3
    ? `${outlets.slice(0, 3).join(', ')} and ${outlets.length - 3} more`
    : outlets.join(', ');
}

/**
 * The outlets of a variant by the form each printed: one entry when all print it alike, else one per
 * form in first-printed order ("about €40bn" (One), "€40bn" (Two)). Without `printedBy` (story.json
 * files written before it), the variant's shared label.
 */
export function formsOf(
  variant: Pick<FigureVariant, 'printedBy' | 'outlets'>,
  shared: string,
): { label: string; outlets: string[] }[] {
  if (variant.printedBy.length === 0) return [{ label: shared, outlets: [...variant.outlets] }];
  const forms: { label: string; outlets: string[] }[] = [];
  for (const { outlet, label } of variant.printedBy) {
    const form = forms.find((f) => f.label === label);
    if (form) form.outlets.push(outlet);
    else forms.push({ label, outlets: [outlet] });
  }
  return forms;
}

/**
 * "about €40bn a year (One), €40bn a year (Two)": each form of the variant (formsOf, `shared` when it
 * has none) with `suffix` after the value and who printed it (hedged vs bare is no disagreement).
 * A bracketed suffix (a conversion) shares the outlet's brackets, "$40bn (Two; ≈ €37.4bn)", so a
 * reader never meets two brackets in a row.
 */
export function describeForms(
  variant: Pick<FigureVariant, 'printedBy' | 'outlets'>,
  shared: string,
  suffix: string,
): string {
  const bracketed = /^ \((.*)\)$/.exec(suffix);
  return formsOf(variant, shared)
    .map((form) =>
      bracketed
        ? `${form.label} (${outletNames(form.outlets)}; ${bracketed[1]})`
        : `${form.label}${suffix} (${outletNames(form.outlets)})`,
    )
    .join(', ');
}

/** Years as written in a period: "5", "2.5". */
const yearsFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/**
 * A money value's period (' a year', ' over 3 years', ' over 1 year'), so a per-year and a total
 * amount never read as the same figure: group labels (pipeline), key figures and article figures (site).
 */
export function periodSuffix(period: 'total' | 'annual' | null, years: number | null): string {
  if (period === 'annual') return ' a year';
  if (years !== null) return ` over ${yearsFormat.format(years)} year${years === 1 ? '' : 's'}`;
  return '';
}

/**
 * A variant as `outlet` printed it ("about €40bn", stored by the pipeline in `printedBy`), or, with
 * no outlet, as all its members print it ("$1.95bn", "nearly $2bn"): currency, precision, hedge.
 */
export function printed(variant: FigureVariant, outlet?: string): string {
  const own = outlet === undefined ? undefined : variant.printedBy.find((p) => p.outlet === outlet);
  if (own) return own.label;
  return withQualifier(
    formatMoney(variant.amount, variant.currency, { decimals: variant.decimals }),
    variant.qualifier,
  );
}

/** " (≈ €1.8bn)" when the variant's currency is not `currency` (the group's) and a rate converts it, else ''. */
export function conversionOf(
  variant: Pick<FigureVariant, 'currency' | 'value'>,
  currency: string | null,
): string {
  if (variant.currency === currency || variant.value === null) return '';
  return ` (≈ ${formatMoney(variant.value, currency)})`;
}

/** "$1.95bn (≈ €1.8bn)": printed value (by `outlet` when given) first, the group's currency second. */
export function printedWithConversion(
  variant: FigureVariant,
  currency: string | null,
  outlet?: string,
): string {
  return `${printed(variant, outlet)}${conversionOf(variant, currency)}`;
}

/**
 * A chart's bars before layout: per outlet, the variant of its first member (`FigureGroup.members`
 * order; conversions are never bars). The pipeline words the chart's notes and alt text from these,
 * the site draws them, so both take the same values. `outletOf` names a member's article's outlet
 * (undefined: no such article, no bar).
 */
export function outletBars<M extends FigureGroup['members'][number]>(
  group: Pick<FigureGroup, 'variants'> & { members: readonly M[] },
  outletOf: (member: M) => string | undefined,
): { member: M; variant: FigureVariant; outlet: string }[] {
  const bars: { member: M; variant: FigureVariant; outlet: string }[] = [];
  const seen = new Set<string>();
  const variants = group.variants.filter((v) => v.relation !== 'conversion');
  for (const member of group.members) {
    const variant = variants.find((v) =>
      v.members.some((m) => m.article === member.article && m.figure === member.figure),
    );
    const outlet = outletOf(member);
    if (!variant || outlet === undefined || seen.has(outlet)) continue;
    seen.add(outlet);
    bars.push({ member, variant, outlet });
  }
  return bars;
}
