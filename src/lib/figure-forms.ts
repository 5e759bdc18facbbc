/**
 * lib/figure-forms: a money variant's outlets by the form each printed, for the conflict and
 * rounding sentences the pipeline writes and the ones the site words (one rule for both).
 *
 * In:  a FigureVariant's `printedBy` (computed once by compare/figures/labels.ts) and `outlets`.
 * Out: [{ label, outlets }] and "A, B, C and 2 more".
 */
import type { FigureVariant } from './model.ts';

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
