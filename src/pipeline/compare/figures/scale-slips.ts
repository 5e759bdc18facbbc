/**
 * compare/figures/scale-slips: one sum printed at another scale by another outlet ("$4.5 billion"
 * vs "$4.5 million", "$2.3 billion" vs "$23 billion"), which the value sweep (compare/figures.ts)
 * never meets because the two values are 10, 100 or 1,000 times apart. A desk editor wants such a
 * slip flagged: it is a conflict between outlets, so it needs what every conflict needs.
 *
 * In:  the story's items (compare/figures/items.ts), the primary ones, the union-find of groups
 *      after the sweep, and the story's common stems.
 * Out: unions of such pairs (in place), only when the two figures are in different articles, in one
 *      partition and currency, with the same period and years, print the same distinctive digits
 *      ("4.5", "23"), and have a conflict's evidence (conflictEvidence: two signs beyond the story's
 *      topic, no other name, scope or modifier, no near sum of either article that is the other's
 *      value) and nothing that says they are different sums.
 */
import type { Figure } from '../../../lib/model.ts';
import type { UnionFind } from '../union-find.ts';
import { conflictEvidence } from './conflict-evidence.ts';
import { contradicts } from './evidence.ts';
import { distinctiveValue, type Item } from './items.ts';

/** The digits a figure prints, without separators and leading zeros ("$2.3 billion" -> "23"). */
function printedDigits(fig: Figure): string {
  return (fig.text.match(/\d[\d,.]*/u)?.[0] ?? '').replace(/[,.]/gu, '').replace(/^0+/u, '');
}

/** The ratio of two amounts when it is 10, 100 or 1,000 (either way), else null. */
function powerOfTenApart(a: number, b: number): number | null {
  const ratio = Math.max(a, b) / Math.min(a, b);
  for (const power of [10, 100, 1000]) if (Math.abs(ratio / power - 1) < 1e-9) return power;
  return null;
}

/** Whether two money figures print the same digits at another scale: a likely slip. */
export function scaleSlip(a: Figure, b: Figure): boolean {
  if (a.amount === null || b.amount === null || a.amount <= 0 || b.amount <= 0) return false;
  if (a.currency !== b.currency) return false;
  const digits = printedDigits(a);
  return digits.length >= 2 && digits === printedDigits(b) && powerOfTenApart(a.amount, b.amount) !== null;
}

/** Join each scale-slip pair that has a conflict's evidence (see the header). */
export function joinScaleSlips(items: Item[], primaries: number[], uf: UnionFind, common: Set<string>): void {
  // Only figures printing the same digits in one currency can be a slip: bucket by those first.
  const buckets = new Map<string, number[]>();
  for (const i of primaries) {
    const fig = items[i]!.fig;
    if (fig.kind !== 'money' || fig.currency === null || !distinctiveValue(fig)) continue;
    const digits = printedDigits(fig);
    if (digits.length < 2) continue;
    const key = `${fig.currency}|${digits}`;
    buckets.set(key, [...(buckets.get(key) ?? []), i]);
  }
  for (const bucket of buckets.values())
    for (const i of bucket)
      for (const j of bucket) {
        if (j <= i) continue;
        const a = items[i]!;
        const b = items[j]!;
        if (a.article === b.article || a.partition !== b.partition) continue;
        if (a.fig.period !== b.fig.period || a.fig.years !== b.fig.years) continue;
        if (!scaleSlip(a.fig, b.fig) || uf.find(i) === uf.find(j)) continue;
        if (contradicts(a.context!, b.context!)) continue;
        if (conflictEvidence([a], b, common)) uf.union(i, j);
      }
}
