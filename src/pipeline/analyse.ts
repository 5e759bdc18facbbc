/**
 * analyse: one RawDocument -> its Article with quotes and figures, or null when the page holds no
 * article text. Pure and per document, so parallel.ts can run it on every core; ids are given
 * afterwards, story-wide (assignArticleIds), since extraction does not depend on them.
 */
import type { Article, RawDocument } from '../lib/model.ts';
import { mdxSafeParagraph } from '../lib/mdx-safe.ts';
import { extract } from './extract/index.ts';
import { normalize } from './normalize/index.ts';

/** One document normalized, made MDX-safe and extracted; null when it has no body paragraphs. */
export function analyseDocument(doc: RawDocument): Article | null {
  const article = mdxSafeArticle(normalize(doc));
  return article.paragraphs.length === 0 ? null : extract(article);
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
