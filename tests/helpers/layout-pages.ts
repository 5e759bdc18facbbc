/**
 * What the page-layout tests of bench:accuracy's furniture section share: the corpus articles they
 * build pages from (the quotes selection, both halves), a builder called the way the bench calls it
 * (outlet label, trimmed headline and paragraphs), and the inverse of the HTML escape in
 * bench/accuracy/pages/render.ts so a test can look for the article's own text in the HTML form.
 */
import { expect } from 'vitest';
import {
  corpusEvent,
  eventSelection,
  paragraphsOf,
  type CorpusArticle,
} from '../../bench/accuracy/corpus.ts';
import { outletLabel } from '../../bench/accuracy/pages/index.ts';

/** The articles of every event in the quotes selection, tune and held-out. */
export function layoutArticles(): CorpusArticle[] {
  const selection = eventSelection();
  return [...selection.quotes.tune, ...selection.quotes.heldout].flatMap(
    (event) => corpusEvent(event).articles,
  );
}

/** A page builder of bench/accuracy/pages/* applied to one article as the bench applies it. */
export function pageOf<Page>(
  build: (article: CorpusArticle, outlet: string, headline: string, paragraphs: string[]) => Page,
): (article: CorpusArticle) => Page {
  return (article) =>
    build(
      article,
      outletLabel(article.source),
      article.title.trim(),
      paragraphsOf(article).map((p) => p.trim()),
    );
}

/** The text of escaped HTML (&quot; &lt; &gt; &amp;), the page builders' escape undone. */
export const unescapeHtml = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The layouts `page` gives the articles, after checking each page comes out the same twice. */
export function layoutsUsed(
  articles: CorpusArticle[],
  page: (article: CorpusArticle) => { pasted: string; html: string; layout: string },
): Set<string> {
  const used = new Set<string>();
  for (const article of articles) {
    const first = page(article);
    const again = page(article);
    expect(again.pasted).toBe(first.pasted);
    expect(again.html).toBe(first.html);
    used.add(first.layout);
  }
  return used;
}
