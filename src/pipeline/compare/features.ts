/**
 * compare/features: one article -> what compare needs from it alone (ArticleFeatures).
 *
 * In:  one Article (only its `paragraphs` are read).
 * Out: ArticleFeatures, plain JSON: the article's term counts and folded paragraphs (one
 *      tokenization pass, text.ts `words`, shared by the distinctive words and firstParagraphWith),
 *      its word count, its entity candidates (entities.ts), the word starts where a name can begin
 *      (naming.ts), the capitalised words it contains (role-names.ts scans an article for a
 *      person's names only when one can be there) and its paragraphs' content stems with their
 *      paragraph counts (figures.ts: which context words are too common to identify a sum).
 *
 * Why: compare runs over every article of a story on each ingest, but most of its work is per
 * article. Ingest caches these features with each source's analysis (cache.ts), so a re-ingest
 * after one source changed only merges them. compare() computes any that are not given: results
 * are the same with or without them (tests/pipeline/cache.test.ts).
 */
import { patternFor } from '../../lib/ascii-letters.ts';
import type { Article } from '../../lib/model.ts';
import { entityMentions, type EntityMentions } from './entities.ts';
import { paragraphStems, type ParagraphStems } from './figures.ts';
import { countTerms } from './log-odds.ts';
import { nameStarts, type NameStarts } from './naming.ts';

/** Bumped when a feature's meaning changes (the cache key also hashes the code). */
export const FEATURES_VERSION = 3;

export interface ArticleFeatures {
  version: typeof FEATURES_VERSION;
  /** countTerms over the paragraphs: terms (joined by "\n") and their counts, in first-seen order. */
  terms: string;
  counts: number[];
  /** Each paragraph's folded words as ` w1 w2 … ` (what firstParagraphWith searches). */
  folded: string[];
  /** countWordsIn(article). */
  wordCount: number;
  /** entityMentions(article). */
  entities: EntityMentions;
  /** nameStarts(article): where a name can begin, for the naming choices. */
  nameStarts: NameStarts;
  /** paragraphStems(article): its paragraphs' content stems and how many paragraphs hold each (figures.ts). */
  paragraphStems: ParagraphStems;
  /** The letter runs (`\p{L}+`) of the paragraphs that start with a capital, once each, joined by " ". */
  capitals: string;
}

/** One article's compare features from one tokenization pass (see ArticleFeatures). */
export function articleFeatures(article: Pick<Article, 'paragraphs'>): ArticleFeatures {
  const folded: string[] = [];
  const termCounts = countTerms(article.paragraphs, new Map(), folded);
  const capitals = new Set<string>();
  for (const paragraph of article.paragraphs)
    for (const [run] of paragraph.matchAll(capitalisedRunFor(paragraph))) capitals.add(run);
  return {
    version: FEATURES_VERSION,
    terms: [...termCounts.keys()].join('\n'),
    counts: [...termCounts.values()],
    folded,
    wordCount: countWordsIn(article),
    entities: entityMentions(article),
    nameStarts: nameStarts(article),
    paragraphStems: paragraphStems(article),
    capitals: [...capitals].join(' '),
  };
}

/** The article's word count, as its outlet profile shows it. */
export function countWordsIn(article: Pick<Article, 'paragraphs'>): number {
  let n = 0;
  for (const p of article.paragraphs) n += p.match(countedWordFor(p))?.length ?? 0;
  return n;
}

/** A word as the outlet profile counts it; on ASCII-letter text its faster twin (lib/ascii-letters.ts). */
export const COUNTED_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const countedWordFor = patternFor(COUNTED_WORD);

/** A maximal run of letters that starts with a capital (a run is never preceded by a letter). */
export const CAPITALISED_RUN = /(?<!\p{L})\p{Lu}\p{L}*/gu;
const capitalisedRunFor = patternFor(CAPITALISED_RUN);

/** The terms of ArticleFeatures.terms, in order. */
export const termList = (features: Pick<ArticleFeatures, 'terms'>): string[] =>
  features.terms === '' ? [] : features.terms.split('\n');

/**
 * How many terms ArticleFeatures.terms holds, counted without splitting it (the check below runs
 * on every cached article of every re-ingest: splitting made ~400,000 strings for the 1,000 of the
 * bench story, 24-30 ms against 9-12 ms).
 */
function termCount(terms: string): number {
  if (terms === '') return 0;
  let n = 1;
  for (let at = terms.indexOf('\n'); at !== -1; at = terms.indexOf('\n', at + 1)) n++;
  return n;
}

/** A light shape check of a cached value (a truncated or foreign entry must not be trusted). */
export function isArticleFeatures(value: unknown): value is ArticleFeatures {
  const f = value as Partial<ArticleFeatures> | null | undefined;
  return (
    typeof f === 'object' &&
    f !== null &&
    f.version === FEATURES_VERSION &&
    typeof f.terms === 'string' &&
    Array.isArray(f.counts) &&
    termCount(f.terms) === f.counts.length &&
    Array.isArray(f.folded) &&
    typeof f.wordCount === 'number' &&
    typeof f.entities === 'object' &&
    f.entities !== null &&
    typeof f.entities.names === 'string' &&
    Array.isArray(f.entities.flags) &&
    typeof f.entities.lowercase === 'string' &&
    typeof f.capitals === 'string' &&
    typeof f.paragraphStems === 'object' &&
    f.paragraphStems !== null &&
    Array.isArray(f.paragraphStems.stems) &&
    Array.isArray(f.paragraphStems.counts) &&
    f.paragraphStems.stems.length === f.paragraphStems.counts.length &&
    typeof f.nameStarts === 'object' &&
    f.nameStarts !== null &&
    typeof f.nameStarts.words === 'string' &&
    Array.isArray(f.nameStarts.at)
  );
}
