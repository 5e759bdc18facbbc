/**
 * extract: Article (normalized, quotes/figures empty) -> the same Article with quotes and figures.
 */
import type { Article } from '../../lib/model.ts';
import { extractFigures } from './figures.ts';
import { extractQuotes } from './quotes.ts';

/** An article with its quotes and figures read from its paragraphs. */
export function extract(article: Article): Article {
  return {
    ...article,
    quotes: extractQuotes(article.paragraphs, article),
    figures: extractFigures(article.paragraphs),
  };
}
