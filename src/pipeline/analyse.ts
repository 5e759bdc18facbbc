/**
 * analyse: one RawDocument -> its Article with quotes and figures, or null when the page holds no
 * article text. Pure and per document, so parallel.ts can run it on every core; ids are given
 * afterwards, story-wide (assignArticleIds), since extraction does not depend on them.
 *
 *   analyseDocument(doc)  -> Article | null
 *   analyseSource(doc)    -> { article, features, bodyLoss } | null: the same Article, what compare
 *                            needs from it alone (compare/features.ts) and its body-loss warning,
 *                            computed with it (on its core) so ingest can cache them with the source.
 */
import { setFlagsFromString } from 'node:v8';
import type { Article, RawDocument } from '../lib/model.ts';
import { mdxSafeParagraph } from '../lib/mdx-safe.ts';
import { articleFeatures, type ArticleFeatures } from './compare/features.ts';
import { extract } from './extract/index.ts';
import { normalize } from './normalize/index.ts';
import { bodyLossWarning } from './normalize/body-loss.ts';

// Why a V8 flag is set from here: V8 compiles a regex the first time it runs, by default to
// bytecode, then again to machine code on its second run. The analysis runs some 500 patterns, most
// with Unicode classes (\p{L}) whose compilation costs far more than a page's matching: compiled
// once, straight to machine code, a fresh process analyses one page in ~0.29 s of CPU instead of
// ~0.61 s, a cold ingest of the bundled story takes ~0.66 s instead of ~1.1 s and one of 200
// generated articles ~5.25 s instead of ~6.0-6.3 s (BENCHMARKS.md, "V8 flags"). Cost: a pattern
// that runs only once is compiled to machine code where bytecode would have done; no run showed it.
// Only when regexes are compiled changes, never what they match: output identical. V8 reads the flag at
// each compilation; it is set once, when this module loads, before the analysis' patterns and any
// worker thread run (workers share the process' flags). Never set it back mid-run: switching
// tier-up on again after this line crashed (segfault) a 200-article ingest with its workers.
setFlagsFromString('--no-regexp-tier-up');

/** One document normalized, made MDX-safe and extracted; null when it has no body paragraphs. */
export function analyseDocument(doc: RawDocument): Article | null {
  const article = mdxSafeArticle(normalize(doc));
  return article.paragraphs.length === 0 ? null : extract(article);
}

export interface AnalysedSource {
  article: Article;
  features: ArticleFeatures;
  /** The warning when normalize removed much of the page's body (normalize/body-loss.ts), or null. */
  bodyLoss: string | null;
}

/** One source's analysis (article, compare features, body-loss warning), or null when it holds no article: what the cache stores. */
export function analyseSource(doc: RawDocument): AnalysedSource | null {
  const article = analyseDocument(doc);
  return article ? { article, features: articleFeatures(article), bodyLoss: bodyLossWarning(article) } : null;
}

/**
 * The one place paragraph text is adjusted after normalize (before extract, so offsets hold): what
 * MDX cannot carry verbatim is removed — see mdxSafeParagraph. Everything else is left as is.
 */
function mdxSafeArticle(article: Article): Article {
  const paragraphs = article.paragraphs.map(mdxSafeParagraph).filter((text): text is string => text !== null);
  return paragraphs.length === article.paragraphs.length &&
    paragraphs.every((text, i) => text === article.paragraphs[i])
    ? article
    : { ...article, paragraphs };
}
