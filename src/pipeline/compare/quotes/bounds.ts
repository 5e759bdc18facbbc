/**
 * compare/quotes/bounds: cheap, exact upper bounds that let the clustering skip the costly parts of
 * quoteSimilarity for pairs that cannot reach the score it needs (issue #15: speed only; the
 * decisions are the same, tests/compare/quote-bounds.test.ts holds it to that).
 *
 * In:  two QuoteItems (their stems, words and folded words, computed once per text).
 * Out: at most how many stems they can share counting word families and spelling variants, and
 *      whether they share a run of n words at all (before the run's dynamic programme is run).
 * Per-text data (gate keys, word n-grams) is built once and kept in WeakMaps keyed by the item's
 * shared feature objects, so reprints of one statement share it.
 */
import type { QuoteItem } from './item.ts';

/**
 * What a content stem needs in the other quote to match it by word family or spelling (the cheap
 * gates of sameFamily and sameSpelling): a stem of 4+ letters with its first letter, or a word of
 * 5+ letters with its first letter or its last two. Built once per item; a stem none of whose keys
 * is among the other quote's cannot match there, which bounds the fuzzy matches exactly.
 */
const GATES = new WeakMap<Set<string>, { keys: Set<string>; of: Map<string, string[]> }>();
function gates(item: QuoteItem): { keys: Set<string>; of: Map<string, string[]> } {
  let entry = GATES.get(item.stems);
  if (!entry) {
    const keys = new Set<string>();
    const of = new Map<string, string[]>();
    for (const s of item.stems) {
      const word = item.wordOf.get(s) ?? s;
      const own: string[] = [];
      if (s.length >= 4) own.push(`f${s[0]}`);
      if (word.length >= 5) own.push(`a${word[0]}`, `z${word.slice(-2)}`);
      for (const k of own) keys.add(k);
      of.set(s, own);
    }
    entry = { keys, of };
    GATES.set(item.stems, entry);
  }
  return entry;
}

/** At most how many shared stems stemOverlap can find, given the `exact` overlap (cheap). */
export function overlapBound(qa: QuoteItem, qb: QuoteItem, exact: number): number {
  const [small, large] = qa.stems.size <= qb.stems.size ? [qa, qb] : [qb, qa];
  const spare = large.stems.size - exact;
  if (spare === 0 || exact === small.stems.size) return exact;
  const own = gates(small).of;
  const other = gates(large).keys;
  let possible = 0;
  for (const x of small.stems) {
    if (large.stems.has(x)) continue;
    if (own.get(x)!.some((k) => other.has(k)) && ++possible >= spare) break;
  }
  return exact + possible;
}

/** The quote's word n-grams (n = the shared-run length, or 3 for the sentence gate), built once per text and n. */
const RUN_GRAMS = new WeakMap<readonly string[], Map<number, Set<string>>>();
function runGrams(item: QuoteItem, n: number): Set<string> {
  let entry = RUN_GRAMS.get(item.folded);
  if (!entry) {
    entry = new Map();
    RUN_GRAMS.set(item.folded, entry);
  }
  let grams = entry.get(n);
  if (!grams) {
    grams = new Set<string>();
    const f = item.folded;
    for (let i = 0; i + n <= f.length; i++) grams.add(f.slice(i, i + n).join('\u0001'));
    entry.set(n, grams);
  }
  return grams;
}

/** Whether the two share a run of at least `n` words (exact: a shared n-gram). */
export function sharesRunGram(a: QuoteItem, b: QuoteItem, n: number): boolean {
  if (n < 1) return true;
  const ga = runGrams(a, n);
  const gb = runGrams(b, n);
  const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
  for (const g of small) if (large.has(g)) return true;
  return false;
}
