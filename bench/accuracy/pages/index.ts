/**
 * bench/accuracy/pages: every form of one corpus article the furniture benchmark feeds the
 * normalizers — clean (headline, blank line, content_original), pasted page text, saved HTML.
 */
import type { CorpusArticle } from '../corpus.ts';
import { paragraphsOf } from '../corpus.ts';
import { buildPage, type Page } from './page.ts';
import { pastedText, savedHtml } from './render.ts';

export interface ArticleForms {
  page: Page;
  clean: string;
  pasted: string;
  html: string;
}

export function articleForms(article: CorpusArticle, outlet: string, headline: string): ArticleForms {
  const paragraphs = paragraphsOf(article).map((p) => p.trim());
  const page = buildPage(article, outlet, headline, paragraphs);
  return {
    page,
    clean: `${headline}\n\n${article.content_original}`,
    pasted: pastedText(page),
    html: savedHtml(page, outlet, headline),
  };
}

/** The outlet as a reader knows it: the corpus source without AllSides' suffixes. */
export function outletLabel(source: string): string {
  const base = source.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  if (/^fox online news$/iu.test(base)) return 'Fox News';
  return base.replace(/\s+Online News$/iu, '').trim();
}
