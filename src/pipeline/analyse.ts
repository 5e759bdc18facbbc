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
import type { Article, RawDocument } from '../lib/model.ts';
import { mdxSafeParagraph } from '../lib/mdx-safe.ts';
import { articleFeatures, type ArticleFeatures } from './compare/features.ts';
import { extract } from './extract/index.ts';
import { normalize } from './normalize/index.ts';
import { bodyLossWarning } from './normalize/body-loss.ts';

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
