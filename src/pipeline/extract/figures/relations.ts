/**
 * figures/relations: how the money figures of one article relate — which are parts of another
 * (an itemised list, "including", or sums that add up to another figure) and which restate
 * another (same value and quantity said twice).
 *
 * In:  the article's paragraphs and its money figures with quantity and role already read.
 * Out: `partOf` and `restatementOf` set on the figures (indexes into the article's list).
 * Used by figures/roles.
 */
import type { Figure } from '../../../lib/model.ts';
import { PICK_OPENER } from './role-cues.ts';
import { quantityHead } from './quantity-head.ts';

/** A money figure and its index in the article's figure list. */
export interface Money {
  index: number;
  figure: Figure;
}

/** "not including a $7,500 tax credit" leaves the sum out: no part. */
const PART_INTRODUCER =
  /(?<!\bnot\s+)\b(?:including|includes|included|of\s+which|among\s+them|consisting\s+of|comprising|made\s+up\s+of)\b/i;
const PART_BEFORE =
  /\b(?:including|includes|included|of\s+which|with|among\s+them|consisting\s+of|comprising|made\s+up\s+of|plus|and)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$/iu;

/**
 * The words between two coordinated sums: " for A and $5bn", "…, and a lump sum of". A new clause
 * (", and the agency spent $50,000") is not a coordinate.
 */
const COORDINATE_GAP =
  /^[^.;!?$€£¥\d]{0,40}?(?:,\s*|\s+)(?:and|plus)\s+(?:(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){1,3}?of\s+)?$/iu;

/** "spent $48,000 on data and $115,000 on ads": an itemised list of sums is parts of a whole. */
const ITEM_AFTER = /^\s+(?:on|for|to)\s+\S/i;
const ITEM_GAP = /^\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)$/i;

/** Marks sums listed one after another ("$48,000 on data and $115,000 on ads") as parts. */
export function markItemisedParts(paragraph: string, money: Figure[]): void {
  for (let i = 0; i + 1 < money.length; i++) {
    const first = money[i] as Figure;
    const next = money[i + 1] as Figure;
    if (first.conversionOf !== null || next.conversionOf !== null || first.currency !== next.currency)
      continue;
    // "$179,000 and $59,000 to …": the first item's purpose may stand before the second.
    const firstItem = ITEM_AFTER.test(paragraph.slice(first.end, first.end + 12));
    const gapText = paragraph.slice(first.end, next.start);
    const gapEnd = gapText.search(/(?:[,;]\s*(?:and\s+)?|\s+and\s+)$/);
    if (gapText.length > 120 || gapEnd === -1) continue;
    if (!firstItem && gapText.trim() !== 'and') continue;
    if (!ITEM_AFTER.test(paragraph.slice(next.end, next.end + 12)) && !firstItem) continue;
    if (!ITEM_GAP.test(gapText.slice(gapEnd)) || /[.!?]\s/.test(gapText)) continue;
    // "$25bn for the wall, $10bn of which goes to…": the second is a share of the first, not an item.
    if (/^\s+of\s+(?:which|that|it)\b/i.test(paragraph.slice(next.end, next.end + 12))) continue;
    for (const figure of [first, next]) {
      if (
        figure.role !== null &&
        figure.role !== 'total' &&
        figure.role !== 'other' &&
        figure.role !== 'part'
      )
        continue;
      figure.role = 'part';
      figure.period ??= 'total'; // an item of spending is a sum, however small
    }
  }
}

const sameValue = (a: number, b: number, tolerance: number) =>
  Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

/** Index of the first of `sorted` (ascending) that is >= value (binary search). */
function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Parts: "including €40m" under a larger figure of its sentence, or figures summing to another. */
export function linkParts(paragraphs: string[], money: Money[]): void {
  const primaries = money.filter((m) => m.figure.conversionOf === null && m.figure.amount !== null);
  const byParagraph = new Map<number, Money[]>();
  for (const m of primaries) {
    const list = byParagraph.get(m.figure.paragraph) ?? [];
    byParagraph.set(m.figure.paragraph, list);
    list.push(m);
  }
  for (const [p, list] of byParagraph) {
    const paragraph = paragraphs[p] ?? '';
    list.forEach((part, position) => {
      if (part.figure.role === 'threshold' || part.figure.role === 'per-unit') return;
      const before = paragraph.slice(Math.max(0, part.figure.start - 50), part.figure.start);
      if (
        !PART_INTRODUCER.test(before) &&
        !PICK_OPENER.test(paragraph.slice(Math.max(0, part.figure.start - 200), part.figure.start))
      )
        return;
      // The nearest larger figure before it, in the same currency (a few back at most).
      for (let k = position - 1; k >= Math.max(0, position - 4); k--) {
        const whole = list[k] as Money;
        if (whole.figure.currency !== part.figure.currency) continue;
        if ((whole.figure.amount as number) <= (part.figure.amount as number)) continue;
        // "including $14bn for A and $5bn for B": a sibling part points at the whole, not at its sibling.
        part.figure.partOf = whole.figure.partOf ?? whole.index;
        return;
      }
    });
  }
  // "including $14bn for the border and $5bn for ports": a part's coordinate is a part of the same.
  for (const list of byParagraph.values())
    for (let k = 1; k < list.length; k++) {
      const previous = (list[k - 1] as Money).figure;
      const part = (list[k] as Money).figure;
      const whole = previous.partOf === null ? undefined : money.find((m) => m.index === previous.partOf);
      if (!whole || part.partOf !== null || part.currency !== previous.currency) continue;
      if (part.role === 'threshold' || part.role === 'per-unit') continue;
      if ((part.amount as number) >= (whole.figure.amount as number)) continue;
      const gap = (paragraphs[part.paragraph] ?? '').slice(previous.end, part.start);
      if (COORDINATE_GAP.test(gap)) part.partOf = previous.partOf;
    }
  // Two or three figures of one paragraph, joined by "and"/"plus", that add up to another figure.
  const amountsByCurrency = new Map<string, { amounts: number[]; items: Money[] }>();
  for (const m of [...primaries].sort((x, y) => (x.figure.amount as number) - (y.figure.amount as number))) {
    const key = m.figure.currency ?? '-';
    const entry = amountsByCurrency.get(key) ?? { amounts: [], items: [] };
    amountsByCurrency.set(key, entry);
    entry.amounts.push(m.figure.amount as number);
    entry.items.push(m);
  }
  for (const [p, list] of byParagraph) {
    const paragraph = paragraphs[p] ?? '';
    for (let i = 0; i + 1 < list.length; i++) {
      for (const size of [2, 3]) {
        const run = list.slice(i, i + size);
        if (run.length < size || run.some((m) => m.figure.partOf !== null)) continue;
        const joined = run.every((m, k) => {
          if (k === 0) return true;
          const gap = paragraph.slice((run[k - 1] as Money).figure.end, m.figure.start);
          return gap.length < 60 && PART_BEFORE.test(gap) && m.figure.currency === run[0]?.figure.currency;
        });
        if (!joined) continue;
        const sum = run.reduce((total, m) => total + (m.figure.amount as number), 0);
        const largest = Math.max(...run.map((m) => m.figure.amount as number));
        const entry = amountsByCurrency.get(run[0]?.figure.currency ?? '-');
        if (!entry) continue;
        let whole: Money | undefined;
        for (let k = lowerBound(entry.amounts, sum * 0.995); k < entry.amounts.length; k++) {
          const amount = entry.amounts[k] as number;
          if (!sameValue(amount, sum, 0.005)) break;
          const candidate = entry.items[k] as Money;
          if (!run.includes(candidate) && amount > largest) {
            whole = candidate;
            break;
          }
        }
        if (whole) for (const m of run) m.figure.partOf = whole.index;
      }
    }
  }
}

/** A later figure of the same value, currency and quantity repeats the first one. */
export function linkRestatements(money: Money[]): void {
  const seen = new Map<string, Money[]>();
  for (const m of money) {
    if (m.figure.amount === null) continue;
    const key = `${m.figure.amount}|${m.figure.currency}`;
    const list = seen.get(key) ?? [];
    seen.set(key, list);
    // A stated conversion is a source a later mention can repeat ("€1.8bn ($1.95bn)" … "the $1.95bn fine").
    if (m.figure.conversionOf !== null) {
      if (list.length === 0) list.push(m);
      continue;
    }
    const source = list.find((s) => {
      if ((s.figure.role === 'part') !== (m.figure.role === 'part')) return false;
      if (s.figure.quantity !== null && m.figure.quantity !== null)
        return quantityHead(s.figure.quantity) === quantityHead(m.figure.quantity);
      // Without a noun on both sides, the same value is the same thing only when both are flows or
      // both are not: "had $3 million" (cash held) is not "$3 million raised".
      return (s.figure.period === null) === (m.figure.period === null);
    });
    if (source) {
      m.figure.restatementOf = source.index;
      m.figure.quantity ??= source.figure.quantity;
      // A non-flow read as "other" ("$50 cheaper", "$10 off") keeps its reading: a difference
      // that happens to equal an earlier price is no mention of that price.
      const ownOther = m.figure.role === 'other' && m.figure.period === null;
      if (m.figure.role === null || m.figure.role === 'total' || (m.figure.role === 'other' && !ownOther)) {
        m.figure.role = source.figure.role;
        // "a $200 billion bureaucracy" after "a budget of $200 billion": the same yearly level.
        if (source.figure.period === 'annual' && m.figure.period === 'total') m.figure.period = 'annual';
      }
    } else list.push(m);
  }
}
