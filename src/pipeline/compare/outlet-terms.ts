/**
 * compare/outlet-terms: per outlet, the term counts of its articles -> its distinctive words.
 *
 * In:  each article's term counts (features.ts: countTerms, cached by ingest), grouped by outlet.
 * Out: OutletTerms per outlet (what the log-odds need of it; a pure function of its articles, so
 *      compare's memo keeps it per outlet), then every outlet's distinctive words against the rest
 *      of the story (log-odds.ts), before outlets.ts drops the words its phrases cover.
 */
import { backgroundRateOf } from './background.ts';
import { termList, type ArticleFeatures } from './features.ts';
import { logOddsZOf, strongest, type WeightedWord } from './log-odds.ts';
import { increment } from './text.ts';

/** A term an outlet uses once is never one of its distinctive words. */
const MIN_COUNT = 2;

/** One-sided 90%: with three to five articles, 95% leaves most outlets with nothing; z is shown. */
export const DISTINCTIVE_MIN_Z = 1.28;

/**
 * What the distinctive words need of one outlet's articles: the number of term uses (n_i); in
 * first-use order, the terms it uses MIN_COUNT times or more with their counts and their
 * general-English rate (background.ts); and the terms it uses once, joined by line breaks (never
 * asked about, as logOddsZ skips them, but part of the story's count of a term another outlet
 * repeats). A pure function of the outlet's articles, so the memo keeps it per outlet: after one
 * source changed, only that outlet's articles are summed again, and a re-ingest where every
 * outlet is known does not load the 3.5 MB frequency list.
 */
export interface OutletTerms {
  total: number;
  terms: string[];
  counts: number[];
  background: number[];
  once: string;
}

/** Bump when OutletTerms changes shape or meaning: a memo of another version is then not reused. */
export const OUTLET_TERMS_VERSION = 1;

/** The OutletTerms of the articles `members` (indices, story order). */
export function outletTerms(
  members: readonly number[],
  features: ReadonlyArray<Pick<ArticleFeatures, 'terms' | 'counts'>>,
): OutletTerms {
  // Each article's terms were counted once (features.ts, countTerms); an outlet's are their sum.
  const counts = new Map<string, number>();
  for (const a of members) {
    const terms = termList(features[a]!);
    const termCounts = features[a]!.counts;
    for (let i = 0; i < terms.length; i++) increment(counts, terms[i]!, termCounts[i]!);
  }
  const out: OutletTerms = { total: 0, terms: [], counts: [], background: [], once: '' };
  const once: string[] = [];
  for (const [term, count] of counts) {
    out.total += count;
    if (count < MIN_COUNT) {
      once.push(term);
      continue;
    }
    out.terms.push(term);
    out.counts.push(count);
    out.background.push(backgroundRateOf(term));
  }
  out.once = once.join('\n');
  return out;
}

/**
 * Each outlet's distinctive words (before withoutCoveredWords): its terms against the rest of the
 * story, with an informative Dirichlet prior (log-odds.ts) that is half the story's own
 * distribution and half general English (background.ts), weighted like half the story
 * (α0 = n / 2). The English half is what gives three to five articles power: a word the others
 * never use and English rarely uses ("dented") stands out; "people" or "week" do not. Chosen on
 * the bundled story and 3-article events of the news-events corpus: α0 = n drowned the outlets'
 * own counts, α0 = n / 4 let single accidental words through.
 */
export function distinctiveByOutlet(byOutlet: Map<string, OutletTerms>): Map<string, WeightedWord[]> {
  // The story's counts are read only for terms an outlet uses twice or more (minCount below): only
  // those are summed (the uses of outlets that use them once included), the story's total
  // counting every term.
  const story = new Map<string, number>();
  let total = 0;
  for (const terms of byOutlet.values()) {
    total += terms.total;
    for (let i = 0; i < terms.terms.length; i++) {
      const term = terms.terms[i]!;
      story.set(term, (story.get(term) ?? 0) + terms.counts[i]!);
    }
  }
  for (const terms of byOutlet.values()) {
    if (terms.once === '') continue;
    for (const term of terms.once.split('\n')) {
      const sum = story.get(term);
      if (sum !== undefined) story.set(term, sum + 1);
    }
  }
  const n = Math.max(1, total);
  const alpha0 = n / 2;
  const distinctive = new Map<string, WeightedWord[]>();
  for (const [outlet, terms] of byOutlet) {
    // log-odds.ts's logOddsZ over the outlet's terms, straight from its arrays: a term's
    // pseudo-count is half the story's share and half general English (the term's rate, the same
    // in every outlet's OutletTerms), weighted by α0.
    const ni = terms.total;
    const scored: WeightedWord[] = [];
    if (total !== 0 && ni !== 0) {
      for (let i = 0; i < terms.terms.length; i++) {
        const yi = terms.counts[i]!;
        if (yi < MIN_COUNT) continue;
        const word = terms.terms[i]!;
        const y = story.get(word) ?? yi;
        const alpha = alpha0 * (0.5 * ((story.get(word) ?? 0) / n) + 0.5 * terms.background[i]!);
        scored.push({ word, z: logOddsZOf(yi, y, alpha, alpha0, ni, total - ni), count: yi, others: y - yi });
      }
    }
    distinctive.set(outlet, strongest(scored, 24, DISTINCTIVE_MIN_Z));
  }
  return distinctive;
}
