/**
 * compare/memo: what a compare step may remember of one article across ingests.
 *
 * In:  a step's name and its story-wide context (any JSON value: what the step's per-article
 *      result depends on besides the article itself, e.g. the key people and their name forms).
 * Out: `(article, compute) => result`: compute() for article index `article`, or the result a
 *      previous ingest computed for the same article text under the same context and code.
 *
 * Why: a re-ingest after one source changed compares the whole story again; the steps that scan
 * every article for story-wide patterns (role names, naming choices) are the costly part, and for
 * the 999 unchanged articles their answer is the one the last run found. compare stays pure: the
 * memo (ingest's compare-cache.ts, or NO_MEMO) decides only whether compute() runs, never what a
 * step returns, so results are the same with or without it (tests/pipeline/compare-memo.test.ts).
 * A step may use it only for a result that depends on nothing but the article (or the group's
 * articles) and the context: one outlet's term counts (outlets.ts) depend on its articles alone.
 * A story-wide sum of per-article parts (the story's paragraph stems, the words its articles
 * write in lower case) is kept up to date rather than summed again (`sum`).
 */
export interface CompareMemo {
  /** The memoised per-article function of one step under `context` (see the header). */
  step<T>(name: string, context: unknown): (article: number, compute: () => T) => T;
  /**
   * The memoised function of one step over several articles together (one outlet's articles, in
   * story order): its result is reused only for the same articles' texts, in the same order, under
   * the same context.
   */
  group<T>(name: string, context: unknown): (articles: readonly number[], compute: () => T) => T;
  /**
   * A whole step's result, reused when `inputs()` (everything the step reads, as JSON texts, one
   * piece at a time so a large story's is never one string; called only by a memo that keeps
   * results) is the same as a previous ingest's, under the same code.
   */
  whole<T>(name: string, inputs: () => Iterable<string>, compute: () => T): T;
  /**
   * A story-wide sum of per-article parts, `part(a)` for article a of `count`: the last ingest's
   * total brought up to date (the parts of the articles that are gone or changed taken back out,
   * those of the new ones added) instead of every article's part added again. The total is the
   * fresh sum's by content but not by entry order: callers read it by key, and never change it.
   */
  sum<P, T>(spec: StorySum<P, T>, count: number, part: (article: number) => P): T;
}

/**
 * What a story-wide sum may read of an article's features: the fields of ArticleFeatures that sums
 * read (features.ts, not imported: the modules features.ts uses import this one).
 */
export interface SummedFeatures {
  paragraphStems: { stems: readonly string[]; counts: readonly number[] };
  entities: { lowercase: string };
}

/**
 * How one story-wide sum adds up (CompareMemo.sum). An article's part must be a pure function of
 * its features (features.ts), `partOf`: a changed article's old part is read back from its old
 * features, and `part(a)` in sum() must equal partOf(the features of article a).
 */
export interface StorySum<P, T> {
  /** Names the saved total; bump `version` when a part, the total or `add` change meaning. */
  name: string;
  version: number;
  empty(): T;
  /** Whether a saved value is a total (of the right kind); one that is not is summed afresh. */
  isTotal(value: unknown): value is T;
  partOf(features: SummedFeatures): P;
  /** Adds a part to `total` (sign 1) or takes it back out (-1), leaving no zero entries. */
  add(total: T, part: P, sign: 1 | -1): void;
}

/** Every part added to an empty total (NO_MEMO's sum, and the memo's when it has no usable total). */
export function freshSum<P, T>(spec: StorySum<P, T>, count: number, part: (article: number) => P): T {
  const total = spec.empty();
  for (let a = 0; a < count; a++) spec.add(total, part(a), 1);
  return total;
}

/** Remembers nothing: every result is computed (tests, the CLI's extract, edited articles). */
export const NO_MEMO: CompareMemo = {
  /** The same function for every step: it always computes. */
  step() {
    return computeIt;
  },
  /** Likewise for a group of articles. */
  group() {
    return computeIt;
  },
  /** Computes, without asking for the inputs. */
  whole<T>(_name: string, _inputs: () => Iterable<string>, compute: () => T): T {
    return compute();
  },
  /** Adds every article's part. */
  sum: freshSum,
};

/** Runs `compute` (NO_MEMO's answer for every article or set of articles). */
function computeIt<T>(_article: unknown, compute: () => T): T {
  return compute();
}
