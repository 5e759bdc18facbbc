/**
 * The name an article's outlet goes by everywhere (analysis, explainer draft, site): the outlet
 * as stated, else the source file's name without its extensions ("reuters-copy" for
 * "drafts/reuters-copy.html.gz"), so one outlet is never named two ways.
 */
export function outletName(article: { outlet: string | null; source: string }): string {
  if (article.outlet && article.outlet.trim()) return article.outlet.trim();
  const base = article.source.split(/[\\/]/).pop() ?? article.source;
  return base.replace(/(\.[a-z0-9]+)+$/i, '') || article.source;
}

/**
 * The title an article is shown and linked by: its headline, or, when the page gave none, a name
 * from its outlet (an empty link or heading is unusable with a screen reader).
 */
export function articleTitle(article: { headline: string; outlet: string | null; source: string }): string {
  return article.headline.trim() || `Untitled article from ${outletName(article)}`;
}
