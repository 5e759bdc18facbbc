/**
 * normalize/html: a saved web page (HTML source as a string) -> NormalizedArticle.
 *
 * In:  the page source (any size, possibly broken, any language) and story.yaml hints.
 * Out: headline, standfirst, byline, outlet, published (YYYY-MM-DD), language, url, tags,
 *      captions, subheads, the body paragraphs in reading order (whitespace-collapsed), and the
 *      boilerplate blocks that were dropped, each with a reason.
 * Never throws: a page with no article gives empty paragraphs and whatever metadata it has.
 *
 * Stages (each in its own module under ./html/):
 *   sanitize  - string-level: strip scripts/styles/comments, keep JSON-LD, cap the size
 *   metadata  - <meta>, JSON-LD, <time>, rel=author/tag from the untouched DOM
 *   outlet    - metadata and what the page prints, by agreement (html/outlet.ts), or null
 *   body      - Readability's container, re-read as blocks and cleaned; density fallback
 *   article   - blocks -> paragraphs/subheads, dateline, agencies, translation note
 */
import { parseHTML } from 'linkedom';
import { buildArticle } from './html/article.ts';
import { extractBody } from './html/body.ts';
import { jsonLdFacts } from './html/jsonld.ts';
import { extractMetadata } from './html/metadata.ts';
import { outletOfPage } from './html/outlet.ts';
import { sanitizeHtml } from './html/sanitize.ts';
import { collapse, decodeEntities, stripTags } from './html/text.ts';
import type { NormalizeHints, NormalizedArticle } from './types.ts';

/** A saved HTML page -> the normalized article (headline, outlet, dates, body, removed furniture); story.yaml hints win. */
export function normalizeHtml(html: string, hints: NormalizeHints = {}): NormalizedArticle {
  const { html: clean, jsonLd } = sanitizeHtml(typeof html === 'string' ? html : '');
  const facts = attempt(() => jsonLdFacts(jsonLd), null);
  const doc = attempt(() => parseHTML(clean).document as unknown as Document, null);
  if (!doc) return buildArticle(null, emptyBody(), hints);
  // Metadata first: body extraction mutates the document.
  const meta = facts ? attempt(() => extractMetadata(doc, facts), null) : null;
  // The outlet the page names, read before body extraction prunes footers and bylines.
  // The host alone is not an outlet's name: it only lends weight to a name that spells it.
  const outlet = meta ? attempt(() => outletOfPage(doc, meta, facts), null) : null;
  const body = attempt(
    () =>
      extractBody(doc, {
        headline: meta?.headline ?? null,
        title: meta?.title ?? null,
        host: hostOf(hints.url ?? meta?.url ?? null),
      }),
    emptyBody(),
  );
  // A page whose markup yields no body may still state it in JSON-LD (common on script-rendered
  // sites): use that text rather than nothing.
  const statedBody = body.blocks.length ? [] : paragraphsOf(facts?.articleBody ?? null);
  return buildArticle(meta ? { ...meta, outlet } : null, body, hints, statedBody);
}

/** JSON-LD articleBody (plain text, sometimes with markup) -> paragraphs. */
function paragraphsOf(articleBody: string | null): string[] {
  if (!articleBody) return [];
  return decodeEntities(stripTags(articleBody.replace(/<\/p>|<br\s*\/?>/gi, '\n')))
    .split(/\n+/)
    .map(collapse)
    .filter(Boolean);
}

/**
 * Runs one stage; a stage that throws on a pathological page degrades to `fallback` instead of
 * failing the whole ingest (the caller reports empty bodies).
 */
function attempt<T, F>(stage: () => T, fallback: F): T | F {
  try {
    return stage();
  } catch {
    return fallback;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function emptyBody(): ReturnType<typeof extractBody> {
  return { blocks: [], captions: [], removed: [], method: 'none' };
}
