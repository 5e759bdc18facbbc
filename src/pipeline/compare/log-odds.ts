/**
 * compare/log-odds: word counts of one group of texts vs the rest -> its distinctive words.
 *
 * In:  word counts for a target (one outlet's articles) and for the whole story.
 * Out: words ranked by the z-score of the weighted log-odds ratio with an informative Dirichlet
 *      prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5):
 *
 *        α_w   = α0 · y_w / n                      prior from the whole story's counts, scaled to α0
 *        δ_w   = log((y_iw + α_w) / (n_i + α0 − y_iw − α_w))
 *              − log((y_jw + α_w) / (n_j + α0 − y_jw − α_w))     i = target, j = rest of the story
 *        σ²_w ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w)
 *        z_w   = δ_w / √σ²_w
 *
 *      The prior shrinks the log-odds of rare words towards zero, so a word used twice by one outlet
 *      does not outrank a word it uses forty times more often than everyone else.
 */
import { STOPWORDS, increment, words } from './text.ts';

export interface WeightedWord {
  word: string;
  z: number;
  /** Uses of the word in the target. */
  count: number;
  /** Uses of the word in the rest of the story. */
  others: number;
}

/** An informative prior: pseudo-count α_w per word, summing to α0 over the vocabulary. */
export interface Prior {
  alpha0: number;
  alpha: (word: string) => number;
}

export interface LogOddsOptions {
  /** Total prior weight α0 (pseudo-counts, α_w ∝ story counts), or a prior. Default: α0 = n (α_w = y_w). */
  alpha0?: number;
  prior?: Prior;
  /** Words returned (default 10). */
  top?: number;
  /** Only words with z above this (default 1.96, two-sided 95%). */
  minZ?: number;
  /** Only words the target uses at least this often (default 1). */
  minCount?: number;
  /**
   * n, the story's word count, when `story` holds only the words that can be asked for (those the
   * target uses at least minCount times) rather than every word. Default: the sum of `story`.
   */
  storyTotal?: number;
  /**
   * n_i, the target's word count, when `target` holds only the words that can be asked for.
   * Default: the sum of `target`.
   */
  targetTotal?: number;
}

const isContent = (word: string): boolean => word.length >= 2 && !STOPWORDS.has(word) && !/\d/.test(word);

/** Content words of a text for log-odds: no stopwords, nothing with a digit, two letters or more. */
export function countWords(
  texts: Iterable<string>,
  into: Map<string, number> = new Map(),
): Map<string, number> {
  for (const text of texts) {
    for (const word of words(text)) if (isContent(word)) increment(into, word);
  }
  return into;
}

/**
 * Content words and two-word phrases ("military aid", "trust dented"): a phrase is two content
 * words next to each other in the same sentence, with nothing between them but a space or hyphen.
 *
 * `folded`, when given, receives each text's folded words as ` w1 w2 … ` (what firstParagraphWith
 * searches), so a text is tokenised once for both. The clauses' words are the text's words: the
 * clause breaks are never part of a word and fold character by character — except a capital sigma,
 * whose lower case depends on what follows, so a text with one is tokenised whole.
 */
export function countTerms(
  texts: Iterable<string>,
  into: Map<string, number> = new Map(),
  folded?: string[],
): Map<string, number> {
  for (const text of texts) {
    const all: string[] = [];
    // Split where a phrase cannot run on: sentence ends, commas, brackets, quotation marks, dashes.
    for (const clause of text.split(/[.,;:!?()[\]"“”«»—–]+|\s-\s/u)) {
      let previous: string | null = null;
      for (const word of words(clause)) {
        if (folded) all.push(word);
        if (!isContent(word)) {
          previous = null;
          continue;
        }
        increment(into, word);
        if (previous) increment(into, `${previous} ${word}`);
        previous = word;
      }
    }
    if (folded) folded.push(` ${(text.includes('Σ') ? words(text) : all).join(' ')} `);
  }
  return into;
}

/** The total of a word-count map (the corpus size n of the log-odds formula). */
export function sumCounts(counts: Map<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/**
 * z-scores of every word the target uses (words it never uses cannot be distinctive of it).
 * `story` must include the target's own counts: the rest is story − target. `storyTotal` is as in
 * LogOddsOptions.
 */
export function logOddsZ(
  target: Map<string, number>,
  story: Map<string, number>,
  prior?: number | Prior,
  minCount = 1,
  storyTotal = sumCounts(story),
  targetTotal = sumCounts(target),
): WeightedWord[] {
  const n = storyTotal;
  const ni = targetTotal;
  const nj = n - ni;
  if (n === 0 || ni === 0) return [];
  const a0 = typeof prior === 'object' ? prior.alpha0 : (prior ?? n);
  const out: WeightedWord[] = [];
  for (const [word, yi] of target) {
    // Words used fewer than minCount times are dropped later anyway: most two-word phrases.
    if (yi < minCount) continue;
    const y = story.get(word) ?? yi;
    const alpha = typeof prior === 'object' ? prior.alpha(word) : (a0 * y) / n;
    out.push({ word, z: logOddsZOf(yi, y, alpha, a0, ni, nj), count: yi, others: y - yi });
  }
  return out;
}

/**
 * The z-score of one word (the formula in the header): its uses in the target (y_i) and in the
 * whole story (y), its pseudo-count α_w, α0, and the target's and the rest's word counts.
 */
export function logOddsZOf(yi: number, y: number, alpha: number, a0: number, ni: number, nj: number): number {
  const yj = y - yi;
  const delta =
    Math.log((yi + alpha) / (ni + a0 - yi - alpha)) - Math.log((yj + alpha) / (nj + a0 - yj - alpha));
  const variance = 1 / (yi + alpha) + 1 / (yj + alpha);
  return delta / Math.sqrt(variance);
}

/** The target's top distinctive words: z > minZ, highest first (ties alphabetical, for stable output). */
export function distinctiveWords(
  target: Map<string, number>,
  story: Map<string, number>,
  options: LogOddsOptions = {},
): WeightedWord[] {
  const { top = 10, minZ = 1.96, minCount = 1 } = options;
  return strongest(
    logOddsZ(
      target,
      story,
      options.prior ?? options.alpha0,
      minCount,
      options.storyTotal,
      options.targetTotal,
    ),
    top,
    minZ,
  );
}

/** The `top` words with z > minZ, highest first (ties alphabetical, for stable output), z rounded. */
export function strongest(scored: WeightedWord[], top: number, minZ: number): WeightedWord[] {
  return scored
    .filter((w) => w.z > minZ)
    .sort((a, b) => b.z - a.z || (a.word < b.word ? -1 : 1))
    .slice(0, top)
    .map((w) => ({ ...w, z: Math.round(w.z * 1000) / 1000 }));
}
