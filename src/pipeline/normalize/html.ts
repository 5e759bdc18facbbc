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
 *   metadata  - <meta>, JSON-LD, <time>, rel=author/tag from the untouched DOM; the outlet from
 *               metadata, else as the page prints it (normalize/outlet.ts), else the host
 *   body      - Readability's container, re-read as blocks and cleaned; density fallback
 *   article   - blocks -> paragraphs/subheads, dateline, agencies, translation note
 */
import { parseHTML } from 'linkedom';
import { buildArticle } from './html/article.ts';
import { extractBody } from './html/body.ts';
import { jsonLdFacts } from './html/jsonld.ts';
import { extractMetadata, type PageMetadata } from './html/metadata.ts';
import { sanitizeHtml } from './html/sanitize.ts';
import { collapse, decodeEntities, stripTags } from './html/text.ts';
import { chooseOutlet, OUTLET_WEIGHT, type OutletCandidate } from './outlet-vote.ts';
import {
  outletFromByline,
  outletFromCopyright,
  outletFromDateline,
  outletFromMention,
  outletFromTitle,
} from './outlet.ts';
import type { NormalizeHints, NormalizedArticle } from './types.ts';

export function normalizeHtml(html: string, hints: NormalizeHints = {}): NormalizedArticle {
  const { html: clean, jsonLd } = sanitizeHtml(typeof html === 'string' ? html : '');
  const facts = attempt(() => jsonLdFacts(jsonLd), null);
  const doc = attempt(() => parseHTML(clean).document as unknown as Document, null);
  if (!doc) return buildArticle(null, emptyBody(), hints);
  // Metadata first: body extraction mutates the document.
  const meta = facts ? attempt(() => extractMetadata(doc, facts), null) : null;
  // The outlet the page names, read before body extraction prunes footers and bylines.
  const outlet = meta ? (meta.outlet ?? attempt(() => outletInPage(doc, meta), null) ?? meta.host) : null;
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

/**
 * The outlet printed on the page when the metadata does not state it (normalize/outlet.ts, the
 * same signals as for pasted text, chosen by their agreement in normalize/outlet-vote.ts): copyright
 * lines, a "By X, Outlet" byline, newsletter and "More from" lines outside the article's prose, the
 * masthead logo's alt text, a wire dateline opening the first paragraph, the document title's site part.
 */
function outletInPage(doc: Document, meta: PageMetadata): string | null {
  const candidates: OutletCandidate[] = [];
  const add = (name: string | null, weight: number) => {
    if (name) candidates.push({ name, weight });
  };
  const leaves = Array.from(doc.querySelectorAll('footer, p, small, span, div, li, a, h2, h3, h4, aside'))
    .filter((el) => el.children.length === 0 || el.tagName === 'FOOTER' || el.tagName === 'P')
    .map((el) => ({ el, text: collapse(el.textContent ?? '') }))
    .filter(({ text }) => text.length > 0 && text.length <= 300);
  for (let i = leaves.length - 1; i >= 0; i--)
    add(outletFromCopyright(leaves[i]?.text ?? ''), OUTLET_WEIGHT.copyright);
  for (const el of Array.from(doc.querySelectorAll('[class*="byline" i], [class*="author" i]')).slice(0, 5)) {
    const name = outletFromByline(collapse(el.textContent ?? ''));
    if (name) {
      add(name, OUTLET_WEIGHT.byline);
      break;
    }
  }
  // Paragraphs of the story may quote another outlet; a bio closing it sits in its own block.
  const paragraphs = Array.from(doc.querySelectorAll('article p, main p'));
  const lastProse = new Set(paragraphs.slice(0, -2));
  for (const { el, text } of leaves)
    if (!lastProse.has(el)) add(outletFromMention(text), OUTLET_WEIGHT.mention);
  add(logoOutlet(doc, meta.headline), OUTLET_WEIGHT.logo);
  const lead = doc.querySelector('article p, main p, p');
  add(lead ? outletFromDateline(collapse(lead.textContent ?? '')) : null, OUTLET_WEIGHT.dateline);
  add(meta.title && meta.headline ? outletFromTitle(meta.title, meta.headline) : null, OUTLET_WEIGHT.title);
  return chooseOutlet(candidates);
}

/**
 * The site's name from its logo: an image in the page header (header, role=banner, a masthead,
 * logo or brand block) whose alt text ends in "logo" ("Outlet logo") or is a short name.
 */
function logoOutlet(doc: Document, headline: string | null): string | null {
  const images = Array.from(
    doc.querySelectorAll(
      'header img[alt], [role="banner"] img[alt], [class*="masthead" i] img[alt], [class*="logo" i] img[alt], [class*="brand" i] img[alt], img[alt][class*="logo" i]',
    ),
  );
  for (const img of images) {
    const alt = collapse(img.getAttribute('alt') ?? '');
    const name = alt.replace(/[\s:–—-]*\b(?:logo|logotype|masthead|home(?:page)?)$/iu, '').trim();
    if (!name || name.split(/\s+/u).length > 5 || name.length > 50 || /[.!?,;:]/u.test(name)) continue;
    if (headline && collapse(headline).toLowerCase() === name.toLowerCase()) continue;
    if (/^\p{Lu}|^\d/u.test(name)) return name;
  }
  return null;
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
