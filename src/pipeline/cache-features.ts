/**
 * cache-features: one article's compare features as the analysis cache stores them, and back.
 *
 *   packFeatures(features)            -> PackedFeatures (what a cache entry holds)
 *   isPackedFeatures(value)           -> whether a value read back has that shape
 *   unpackFeatures(packed, article)   -> ArticleFeatures whose bulky fields are read on first use
 *
 * Why: a re-ingest after one source changed reads all 1,000 entries of the bench story, but of an
 * unchanged article's features compare only reads the entity candidates, word count and capitals
 * (its term counts, folded paragraphs, paragraph stems and name starts are kept summed or memoised
 * per outlet and article: compare/memo.ts). Those four fields were most of the objects V8 built
 * reading an entry (~100 of ~140 ms over 1,000 entries, and their garbage), so they are stored as
 * one serialized blob, deserialized only when a field of it is first read.
 * The fields are a pure function of the article (features.ts), so a blob that does not read back
 * as the right shape is computed again from the article: the cache changes speed, never results.
 */
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../lib/model.ts';
import {
  FEATURES_VERSION,
  articleFeatures,
  isArticleFeatures,
  type ArticleFeatures,
} from './compare/features.ts';

type Deferred = Pick<ArticleFeatures, 'terms' | 'counts' | 'folded' | 'paragraphStems' | 'nameStarts'>;
type Eager = Omit<ArticleFeatures, keyof Deferred>;

export interface PackedFeatures {
  eager: Eager;
  /** serialize() of the Deferred fields. */
  deferred: Uint8Array;
}

/** What a cache entry stores of an article's features: the eager fields as they are, the rest as one blob. */
export function packFeatures(features: ArticleFeatures): PackedFeatures {
  const { terms, counts, folded, paragraphStems, nameStarts, ...eager } = features;
  return { eager, deferred: serialize({ terms, counts, folded, paragraphStems, nameStarts }) };
}

/** A light shape check of the fields read at once (the blob's is made on first use). */
export function isPackedFeatures(value: unknown): value is PackedFeatures {
  const packed = value as Partial<PackedFeatures> | null | undefined;
  const eager = packed?.eager as Partial<Eager> | undefined;
  return (
    typeof packed === 'object' &&
    packed !== null &&
    packed.deferred instanceof Uint8Array &&
    typeof eager === 'object' &&
    eager !== null &&
    eager.version === FEATURES_VERSION &&
    typeof eager.wordCount === 'number' &&
    typeof eager.capitals === 'string' &&
    typeof eager.entities === 'object' &&
    eager.entities !== null &&
    typeof eager.entities.names === 'string' &&
    Array.isArray(eager.entities.flags) &&
    typeof eager.entities.lowercase === 'string'
  );
}

/**
 * The features back: the eager fields as read; the deferred ones behind getters that deserialize
 * the blob once. `paragraphStems` and `nameStarts` are objects whose own fields defer, so that
 * compare can hand every article's (compare/index.ts) to a step that reads only a few.
 */
export function unpackFeatures(
  packed: PackedFeatures,
  article: Pick<Article, 'paragraphs'>,
): ArticleFeatures {
  let deferred: Deferred | undefined;
  const read = (): Deferred => {
    if (deferred !== undefined) return deferred;
    let value: unknown;
    try {
      value = deserialize(packed.deferred);
    } catch {
      // corrupt: computed again below
    }
    deferred = isArticleFeatures({ ...packed.eager, ...(value as object) })
      ? (value as Deferred)
      : articleFeatures(article);
    return deferred;
  };
  // The fields in ArticleFeatures' order, as articleFeatures gives them.
  const { version, wordCount, entities, capitals } = packed.eager;
  return {
    version,
    get terms() {
      return read().terms;
    },
    get counts() {
      return read().counts;
    },
    get folded() {
      return read().folded;
    },
    wordCount,
    entities,
    nameStarts: {
      get words() {
        return read().nameStarts.words;
      },
      get at() {
        return read().nameStarts.at;
      },
    },
    paragraphStems: {
      get stems() {
        return read().paragraphStems.stems;
      },
      get counts() {
        return read().paragraphStems.counts;
      },
    },
    capitals,
  };
}
