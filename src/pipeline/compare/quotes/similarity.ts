/**
 * compare/quotes/similarity: two quotes -> how alike they are, and whether they are one statement.
 *
 * In:  QuoteItems (a quote's words, stems and speaker, built once by `toItem`).
 * Out: a similarity in [0, 1] and the threshold it must reach, which depends on whether the two
 *      speakers agree, disagree or are unknown.
 *
 * The similarity is the best of: a fragment (elisions and brackets allowed), a shared run of
 * words or a sentence of one nearly all inside the other (one outlet quoting a part, or a
 * different cut, of the statement another quoted: fragments.ts); content words compared by stem,
 * with the synonym sets of lexicon/paraphrases and character trigrams for spelling variants
 * ("Zelensky"/"Zelenskyy"); and the sentence frame (word bigrams). Numbers must agree, and negation
 * where it falls on words both versions print (agreement.ts, polarity.ts), whatever the score. A
 * title groups with nothing, and a phrase of two or three content words counts only where its words
 * sit together (phrases.ts). Thresholds were chosen on the tune half of the hand gold
 * (bench/quote-sweep.ts: the highest recall at a pair precision no lower than the last round's;
 * BENCHMARKS.md has the curve).
 */
import { PARAPHRASE_SETS } from '../../../lib/lexicon/paraphrases.ts';
import { STOPWORDS, stem, words } from '../text.ts';
import { negationsAgree, numbersAgree, sharedRun } from './agreement.ts';
import { overlapBound, sharesRunGram } from './bounds.ts';
import { FRAGMENT, isFragmentOf, isShortFragmentOf, sentenceContained } from './fragments.ts';
import type { QuoteItem } from './item.ts';
import { overlap, sameFamily, sameSpelling } from './spelling.ts';
import { PHRASE, isTitle, phraseNear } from './phrases.ts';
import { POLARITY, polarityConflict } from './polarity.ts';
import type { SpeakerKind } from '../../../lib/model.ts';

export type { QuoteItem } from './item.ts';
export { FRAGMENT, isFragmentOf } from './fragments.ts';

/** Tunables, exported so tests and the bench can see them. */
export const QUOTE_MATCH = {
  /** Rarest content stems per quote used as index keys, among those another quote shares. */
  keys: 6,
  /** Whether the keys skip stems no other quote has (off only to measure what it adds). */
  sharedKeys: true,
  /**
   * Candidate clusters scored per quote (best voted first). 8 before the keys skipped stems no
   * other quote has; with keys that can vote, 5 groups the tune gold and a sample of unlabelled
   * corpus events as 8 does, with a third fewer pairs scored (BENCHMARKS.md).
   */
  candidates: 5,
  /** Quotes per cluster kept as comparison exemplars (the first is the longest version). */
  exemplars: 4,
  /**
   * Whether other articles' members stand in for the exemplars of the quote's own article (false:
   * only when every exemplar is its own; measured in round 5 of #10).
   */
  ownStandIns: true,
  /** A key shared by more clusters than this says nothing about identity; it is not looked up. */
  postingCap: 100,
  /**
   * Minimum similarity, by how the two speakers relate. Same-speaker pairs need a little more than
   * unknown ones: one person returns to one subject in different statements with the same names
   * and words ("I will let General X make that decision" / "General X will make that call"),
   * while a quote without a speaker is mostly a fragment woven into a reporter's sentence, whose
   * words all come from the full quote.
   */
  threshold: { sameSpeaker: 0.65, unknownSpeaker: 0.6, differentSpeaker: 0.8 },
  /**
   * Two cuts of one statement: the longest run of words they share, at least this long; with a
   * speaker unknown, also sharing this share of the shorter quote's content words (round 6).
   */
  run: { minWords: 5, minContent: 2, unknownShare: 0.5 },
  /** Two content words with character-trigram Dice at least this are one word spelt two ways. */
  trigramDice: 0.7,
  /** Whether a member with a new word order but no new words becomes an exemplar. */
  wordOrderExemplars: true,
  /** Whether the synonym sets are used (off only to measure what they add). */
  synonyms: true,
};

/** Stem -> the stem of its synonym set's first word. */
const CANONICAL = new Map<string, string>();
for (const line of PARAPHRASE_SETS) {
  const [head, ...rest] = line.split(' ').map(stem);
  for (const s of rest) if (!CANONICAL.has(s)) CANONICAL.set(s, head!);
  if (!CANONICAL.has(head!)) CANONICAL.set(head!, head!);
}

const canonical = (s: string): string => (QUOTE_MATCH.synonyms ? (CANONICAL.get(s) ?? s) : s);

/** A speaker's folded surname, the key two spellings of one name share. */
export function speakerKey(speaker: string | null): string | null {
  if (!speaker) return null;
  const parts = words(speaker);
  return parts.at(-1) ?? null;
}

type TextFeatures = Pick<
  QuoteItem,
  'stems' | 'wordOf' | 'bigrams' | 'folded' | 'names' | 'sequence' | 'title'
>;

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The folded words a text writes capitalised inside a sentence and never in lower case: names.
 * A word after a sentence end or an opening quote mark, and text in capitals throughout (a
 * shouted tweet), say nothing about names.
 */
function namesOf(text: string): Set<string> {
  const names = new Set<string>();
  const lower = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    let k = m.index - 1;
    while (k >= 0 && /\s/u.test(text[k]!)) k--;
    const opening = k < 0 || '.!?:;"“‘\'([…'.includes(text[k]!);
    const first = token[0]!;
    if (first === first.toLowerCase()) for (const w of words(token)) lower.add(w);
    else if (!opening && token !== token.toUpperCase()) for (const w of words(token)) names.add(w);
  }
  for (const w of lower) names.delete(w);
  return names;
}

/**
 * A text's features, shared by every item with that text: a statement reprinted by many outlets is
 * tokenised once. Nothing downstream mutates them. Keyed by the synonym switch too (the bench
 * toggles it); cleared when large, like TRIGRAMS.
 */
const FEATURES = new Map<string, TextFeatures>();
const NUMBER = /^\d+$/;

function featuresOf(text: string): TextFeatures {
  const key = `${QUOTE_MATCH.synonyms ? 1 : 0}${text}`;
  const cached = FEATURES.get(key);
  if (cached) return cached;
  const folded = words(text);
  const stems = new Set<string>();
  const wordOf = new Map<string, string>();
  const all: string[] = [];
  for (const word of folded) {
    const s = canonical(stem(word));
    all.push(s);
    if (!STOPWORDS.has(word) && !NUMBER.test(word)) {
      stems.add(s);
      if (!wordOf.has(s)) wordOf.set(s, word);
    }
  }
  const bigrams = new Set<string>();
  for (let i = 1; i < all.length; i++) bigrams.add(`${all[i - 1]} ${all[i]}`);
  const features = {
    stems,
    wordOf,
    bigrams,
    folded,
    names: namesOf(text),
    sequence: all,
    title: isTitle(text),
  };
  if (FEATURES.size > 50_000) FEATURES.clear();
  FEATURES.set(key, features);
  return features;
}

/**
 * One quote, with the words, stems and pairs every comparison needs, computed once per text.
 * `kind` is the extractor's speaker kind (a named speaker is a person unless it says otherwise).
 */
export function toItem(
  article: number,
  quote: number,
  text: string,
  speaker: string | null,
  kind?: SpeakerKind | null,
): QuoteItem {
  // A joint statement ("Alder and Bexley") is people speaking; an organisation or a document is not.
  const personal = speaker !== null && kind !== 'organisation' && kind !== 'document';
  return { article, quote, text, speaker, speakerKey: speakerKey(speaker), personal, ...featuresOf(text) };
}

/** True when both outlets name a speaker and the names differ. */
const differentSpeakers = (a: QuoteItem, b: QuoteItem): boolean =>
  a.speakerKey !== null && b.speakerKey !== null && a.speakerKey !== b.speakerKey;

/**
 * Shared content stems, counting a word family or a spelling variant once. `exact` is the exact
 * overlap of the stem sets, passed in because the caller has it already.
 */
function stemOverlap(qa: QuoteItem, qb: QuoteItem, exact: number): number {
  const [small, large, smallItem, largeItem] =
    qa.stems.size <= qb.stems.size ? [qa.stems, qb.stems, qa, qb] : [qb.stems, qa.stems, qb, qa];
  let n = exact;
  if (n === small.size || n === large.size) return n;
  const unmatched: string[] = [];
  for (const x of small) if (!large.has(x)) unmatched.push(x);
  const spare = [...large].filter((y) => !small.has(y));
  const spareWords = spare.map((y) => largeItem.wordOf.get(y) ?? y);
  for (const x of unmatched) {
    const word = smallItem.wordOf.get(x) ?? x;
    let i = -1;
    for (let k = 0; k < spare.length && i < 0; k++)
      if (sameFamily(x, spare[k]!) || sameSpelling(word, spareWords[k]!, QUOTE_MATCH.trigramDice)) i = k;
    if (i >= 0) {
      n++;
      spare.splice(i, 1);
      spareWords.splice(i, 1);
    }
  }
  return n;
}

/**
 * Similarity of two quotes in [0, 1]: 1 for a fragment or a long shared run; else the better of a
 * content-word score (containment, so a truncated version still matches its full form, blended
 * with Jaccard) and the containment of word bigrams (same sentence frame with a few words swapped,
 * as in translations). 0 when negation or numbers disagree.
 */
export function quoteSimilarity(a: QuoteItem, b: QuoteItem): number {
  return boundedSimilarity(a, b, 0, -1);
}

/**
 * quoteSimilarity for a caller that only wants a score of at least `min` and above `beat` (the
 * clustering: the threshold, and the best candidate so far). Any pair that can reach that gets its
 * exact quoteSimilarity; a pair that cannot returns some score below `min` or not above `beat`,
 * found from cheap upper bounds before the costly checks (fuzzy stem matching, the shared run, the
 * agreement veto). The bounds are exact, so clustering decides exactly as with quoteSimilarity:
 * this is speed only (issue #15), and tests/compare/quote-bounds.test.ts holds it to that.
 */
export function boundedSimilarity(a: QuoteItem, b: QuoteItem, min: number, beat: number): number {
  // A programme's or a book's title printed by two outlets is not one statement (phrases.ts).
  if (PHRASE.titles && (a.title || b.title)) return 0;
  // A fragment one outlet wove into its sentence, word for word inside another's full quote.
  if (isFragmentOf(a, b) || isFragmentOf(b, a)) return 1;
  if (isShortFragmentOf(a, b) || isShortFragmentOf(b, a)) return 1;
  if (1 < min || 1 <= beat) return 0;
  const score = wordScore(a, b, min, beat);
  if (score < min || score <= beat) return score;
  // The agreement veto is the costly check: only a pair that would otherwise count is checked.
  if (score <= 0 || !numbersAgree(a.folded, b.folded)) return 0;
  // A negation vetoes when it falls on words both versions print (polarity.ts).
  const negationVeto = !negationsAgree(a.folded, b.folded) && (!POLARITY.scoped || polarityConflict(a, b));
  return negationVeto ? 0 : score;
}

/** The content score for `common` shared stems (monotone in `common`, so a bound on it bounds this). */
function contentScore(common: number, a: QuoteItem, b: QuoteItem): number {
  const smaller = Math.min(a.stems.size, b.stems.size);
  const containment = common / smaller;
  const jaccard = common / (a.stems.size + b.stems.size - common);
  return 0.6 * containment + 0.4 * jaccard;
}

function wordScore(a: QuoteItem, b: QuoteItem, min: number, beat: number): number {
  const exact = overlap(a.stems, b.stems);
  const smaller = Math.min(a.stems.size, b.stems.size);
  const different = differentSpeakers(a, b);
  const smallerBigrams = Math.min(a.bigrams.size, b.bigrams.size);
  let frame = -1;
  const frameOf = () => (frame >= 0 ? frame : (frame = overlap(a.bigrams, b.bigrams) / smallerBigrams));
  if (exact < smaller) {
    // Upper bound on the shared stems: each stem left over on the smaller side matches at most one
    // left over on the larger side, and only through a gate key the larger side has.
    const bound = overlapBound(a, b, exact);
    // Can anything reach the score the caller needs? A run of minWords shared words needs a shared
    // word n-gram of that length; content and frame scores are bounded through `bound`.
    const runPossible =
      bound >= QUOTE_MATCH.run.minContent && !different && sharesRunGram(a, b, QUOTE_MATCH.run.minWords);
    // A sentence nearly all inside the other quote shares at least a three-word run with it.
    const sentencePossible =
      FRAGMENT.sentenceContainment <= 1 && bound >= 2 && !different && sharesRunGram(a, b, 3);
    if (!runPossible && !sentencePossible) {
      const contentBound = bound < 2 || (smaller <= 3 && bound < smaller) ? 0 : contentScore(bound, a, b);
      const frameBound = bound >= 3 && smallerBigrams >= 4 ? frameOf() : 0;
      const best = Math.max(contentBound, frameBound);
      if (best < min || best <= beat) return 0;
    }
  }
  const common = stemOverlap(a, b, exact);
  // Two different cuts of one statement, overlapping word for word. A shared opening ("of course,
  // the fact that we have") is no evidence when the outlets credit different speakers.
  // With a speaker unknown, the run must come with a share of the shorter quote's content words: a
  // stock phrase ("by the rule of law", "in the line of duty") is five words of many statements.
  const unknown = a.speakerKey === null || b.speakerKey === null;
  const runShare = unknown ? QUOTE_MATCH.run.unknownShare * smaller : 0;
  if (
    common >= QUOTE_MATCH.run.minContent &&
    common >= runShare &&
    !different &&
    sharesRunGram(a, b, QUOTE_MATCH.run.minWords)
  ) {
    // Names do not count as content here: two statements of one story share its names and titles.
    const run = sharedRun(a.folded, b.folded, (w) => a.names.has(w) || b.names.has(w));
    if (run.words >= QUOTE_MATCH.run.minWords && run.content >= QUOTE_MATCH.run.minContent) return 1;
  }
  if (common < 2) return 0;
  // One sentence of one quote in the other, with a word or a mark changed (fragments.ts).
  if (!different && sharesRunGram(a, b, 3) && sentenceContained(a, b)) return 1;
  // Very short quotes must be fully contained: two shared words out of three is chance.
  if (smaller <= 3 && common < smaller) return 0;
  // Two speakers' quotes sharing a phrase of two content words is a common phrase, not
  // one statement misattributed ("completely irresponsible"); a phrase's words scattered over a
  // long quote are not the phrase (phrases.ts).
  if (different && smaller <= 2 && !PHRASE.speakersPhrase) return 0;
  if (!(a.stems.size <= b.stems.size ? phraseNear(a, b, common > exact) : phraseNear(b, a, common > exact)))
    return 0;
  const content = contentScore(common, a, b);
  const frameScore = common >= 3 && smallerBigrams >= 4 ? frameOf() : 0;
  return Math.max(content, frameScore);
}

/** The similarity two quotes must reach, by whether their speakers agree, differ or are unknown. */
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
