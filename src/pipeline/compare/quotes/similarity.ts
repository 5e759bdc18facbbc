/**
 * compare/quotes/similarity: two quotes -> how alike they are, and whether they are one statement.
 *
 * In:  QuoteItems (a quote's words, stems and speaker, built once by `toItem`).
 * Out: a similarity in [0, 1] and the threshold it must reach, which depends on whether the two
 *      speakers agree, disagree or are unknown.
 */
import { STOPWORDS, stem, words } from '../text.ts';

/** Tunables, exported so tests and the bench can see them. */
export const QUOTE_MATCH = {
  /** Rarest content stems per quote used as index keys. */
  keys: 6,
  /** Candidate clusters scored per quote (best voted first). */
  candidates: 8,
  /** Quotes per cluster kept as comparison exemplars (the first is the longest version). */
  exemplars: 4,
  /** A key shared by more clusters than this says nothing about identity; it is not looked up. */
  postingCap: 100,
  /** Minimum similarity, by how the two speakers relate. */
  threshold: { sameSpeaker: 0.5, unknownSpeaker: 0.6, differentSpeaker: 0.8 },
};

export interface QuoteItem {
  article: number;
  quote: number;
  text: string;
  speaker: string | null;
  /** Folded surname: "Jens Stoltenberg" and "Stoltenberg" are the same speaker. */
  speakerKey: string | null;
  /** Stems of the content words (stopwords out). */
  stems: Set<string>;
  /** Adjacent stem pairs over all words (stopwords kept): catches same syntax, different verbs. */
  bigrams: Set<string>;
  /** Folded words, for the id. */
  folded: string[];
}

export function speakerKey(speaker: string | null): string | null {
  if (!speaker) return null;
  const parts = words(speaker);
  return parts.at(-1) ?? null;
}

export function toItem(article: number, quote: number, text: string, speaker: string | null): QuoteItem {
  const folded = words(text);
  const stems = new Set<string>();
  const all: string[] = [];
  for (const word of folded) {
    const s = stem(word);
    all.push(s);
    if (!STOPWORDS.has(word) && !/^\d+$/.test(word)) stems.add(s);
  }
  const bigrams = new Set<string>();
  for (let i = 1; i < all.length; i++) bigrams.add(`${all[i - 1]} ${all[i]}`);
  return { article, quote, text, speaker, speakerKey: speakerKey(speaker), stems, bigrams, folded };
}

function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Two stems of one word family the suffix rules split ("plan"/"plann", "predict"/"predicta"). */
const sameFamily = (x: string, y: string): boolean =>
  Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x));

/** Shared content stems, counting a word family once even when stemmed apart. */
function stemOverlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  const unmatched: string[] = [];
  for (const x of small) {
    if (large.has(x)) n++;
    else unmatched.push(x);
  }
  if (unmatched.length === 0) return n;
  const spare = [...large].filter((y) => !small.has(y));
  for (const x of unmatched) {
    const i = spare.findIndex((y) => sameFamily(x, y));
    if (i >= 0) {
      n++;
      spare.splice(i, 1);
    }
  }
  return n;
}

/**
 * Similarity of two quotes in [0, 1]: the better of a content-word score (containment, so a
 * truncated version still matches its full form, blended with Jaccard) and the containment of
 * word bigrams (same sentence frame with a few words swapped, as in translations).
 */
export function quoteSimilarity(a: QuoteItem, b: QuoteItem): number {
  // A fragment one outlet wove into its sentence, word for word inside another's full quote.
  if (isFragmentOf(a, b) || isFragmentOf(b, a)) return 1;
  const common = stemOverlap(a.stems, b.stems);
  if (common < 2) return 0;
  const smaller = Math.min(a.stems.size, b.stems.size);
  // Very short quotes must be fully contained: two shared words out of three is chance.
  if (smaller <= 3 && common < smaller) return 0;
  const containment = common / smaller;
  const jaccard = common / (a.stems.size + b.stems.size - common);
  const content = 0.6 * containment + 0.4 * jaccard;
  let frame = 0;
  const smallerBigrams = Math.min(a.bigrams.size, b.bigrams.size);
  if (common >= 3 && smallerBigrams >= 4) frame = overlap(a.bigrams, b.bigrams) / smallerBigrams;
  return Math.max(content, frame);
}

/**
 * True when `part` is `whole`'s words in a row: at least five words with three content words, so
 * stock phrases ("the rule of law", "a very good man") do not join unrelated statements.
 */
function isFragmentOf(part: QuoteItem, whole: QuoteItem): boolean {
  const n = part.folded.length;
  if (n < FRAGMENT.minWords || part.stems.size < FRAGMENT.minContent || n >= whole.folded.length)
    return false;
  const first = part.folded[0]!;
  for (
    let i = whole.folded.indexOf(first);
    i >= 0 && i + n <= whole.folded.length;
    i = whole.folded.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < n && whole.folded[i + k] === part.folded[k]) k++;
    if (k === n) return true;
  }
  return false;
}

/** A contained fragment's minimum size. */
export const FRAGMENT = { minWords: 5, minContent: 3 };

export function threshold(a: QuoteItem, b: QuoteItem): number {
  if (a.speakerKey === null || b.speakerKey === null) return QUOTE_MATCH.threshold.unknownSpeaker;
  return a.speakerKey === b.speakerKey
    ? QUOTE_MATCH.threshold.sameSpeaker
    : QUOTE_MATCH.threshold.differentSpeaker;
}

/** True when two quotes are taken to be the same statement. */
export function sameStatement(a: QuoteItem, b: QuoteItem): boolean {
  return quoteSimilarity(a, b) >= threshold(a, b);
}
