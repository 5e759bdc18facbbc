/**
 * normalize: RawDocument -> Article (quotes and figures still empty; `id` is the source's slug,
 * made unique within the story by assignArticleIds).
 *
 * Dispatches on the document's format; story.yaml hints win over what the page itself says.
 */
import type { Article, RawDocument } from '../../lib/model.ts';
import { slugify } from '../../lib/slug.ts';
import { normalizeHtml } from './html.ts';
import { normalizeText } from './text/index.ts';
import type { NormalizeHints } from './types.ts';

/** The normalize stage: a raw source (text or HTML) -> an Article, with story.yaml hints applied. */
export function normalize(doc: RawDocument): Article {
  const hints: NormalizeHints = {
    outlet: doc.hints.outlet ?? null,
    url: doc.hints.url ?? null,
    language: doc.hints.language ?? null,
    published: doc.hints.published ?? null,
  };
  const normalized = doc.format === 'html' ? normalizeHtml(doc.text, hints) : normalizeText(doc.text, hints);
  return {
    ...normalized,
    outlet: hints.outlet ?? normalized.outlet,
    url: hints.url ?? normalized.url,
    language: hints.language ?? normalized.language,
    published: hints.published ?? normalized.published,
    id: '',
    source: doc.name,
    quotes: [],
    figures: [],
  };
}

/**
 * Gives each article a readable, unique id ("arms-delivery-failures-delays-dented-ukraines-trust").
 * `known` maps a source name to the id an earlier run gave it, so ids (and so file names and
 * URLs, and the journalist's edits in those files) stay put when the normalizer improves.
 */
export function assignArticleIds(
  articles: Article[],
  known: ReadonlyMap<string, string> = new Map(),
): Article[] {
  const taken = new Set<string>();
  const withKnown = articles.map((article) => {
    const id = known.get(article.source);
    if (id && !taken.has(id)) {
      taken.add(id);
      return { ...article, id };
    }
    return article;
  });
  return withKnown.map((article) => {
    if (article.id) return article;
    // The headline's first words read well in a URL; the outlet is shown beside it anyway.
    const words = slugify(article.headline).split('-').slice(0, 7).join('-');
    const base = words || slugify(article.source.replace(/\.[^.]+$/, '')) || 'article';
    let id = base.slice(0, 80).replace(/-+$/, '');
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 76)}-${n}`;
    taken.add(id);
    return { ...article, id };
  });
}
