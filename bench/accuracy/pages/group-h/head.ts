/**
 * bench/accuracy/pages/group-h/head: what the group h layouts share — the <head> metadata real sites
 * vary (the <title> in several shapes, og:site_name naming the outlet, a parent company, a platform
 * or missing, JSON-LD NewsArticle with or without publisher.name, <meta name="author">) and the
 * overlays a saved page keeps (cookie-consent dialog, newsletter modal, related box, figure).
 * Every string that could name the outlet goes through a note, so where the page names it stays true.
 */
import { type Ctx, esc, li, lines } from '../group-c/build.ts';
import { mentions } from '../group-f/named.ts';
import * as v from './vocabulary.ts';

/** Records `where` for the HTML form when `text` (less the headline) names the outlet; returns text. */
export function htmlNoted(c: Ctx, text: string, where: string): string {
  // Addresses and domains spell the host, not a name the page gives (the check strips them too).
  const rest = text
    .split(c.headline)
    .join(' ')
    .replace(/https?:\/\/[^\s"<]+/gu, ' ');
  if (mentions(c, rest)) c.inHtml.push(where);
  return text;
}

/** The <title>, in one of the shapes sites use; `site` is whatever brand the site puts there. */
export function titleOf(c: Ctx, site: string | null, section: string, other: string): void {
  const r = c.rand();
  const title = !site
    ? r < 0.6
      ? c.headline
      : other
    : r < 0.3
      ? `${c.headline} | ${section} | ${site}`
      : r < 0.5
        ? `${site}: ${c.headline}`
        : r < 0.8
          ? `${c.headline} - ${site}`
          : other;
  c.title = htmlNoted(c, title, 'title');
}

export function ogSiteName(c: Ctx, name: string | null): void {
  if (name)
    c.head.push(`<meta property="og:site_name" content="${esc(htmlNoted(c, name, 'og:site_name'))}">`);
  c.head.push(
    `<meta property="og:type" content="article">`,
    `<meta property="og:url" content="${esc(c.url)}">`,
  );
  if (!mentions(c, c.headline)) c.head.push(`<meta property="og:title" content="${esc(c.headline)}">`);
}

export function metaAuthor(c: Ctx): void {
  c.head.push(`<meta name="author" content="${esc(htmlNoted(c, c.author, 'meta author'))}">`);
}

/** JSON-LD NewsArticle; publisher null = the block has no publisher (many sites leave it out). */
export function jsonLd(c: Ctx, publisher: string | null, extra: Record<string, unknown> = {}): void {
  const two = (n: number) => String(n).padStart(2, '0');
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // A headline that needs escaping or names the outlet is left out (the check strips it as HTML).
    ...(/^[^"\\<>&]*$/u.test(c.headline) && !mentions(c, c.headline) ? { headline: c.headline } : {}),
    datePublished: `${c.y}-${two(c.m)}-${two(c.d)}T${two(c.int(5, 21))}:${two(c.int(0, 59))}:00Z`,
    author: [{ '@type': 'Person', name: c.author }],
    mainEntityOfPage: c.url,
    ...extra,
  };
  if (publisher)
    data.publisher = {
      '@type': 'Organization',
      name: publisher,
      logo: { '@type': 'ImageObject', url: `https://${c.host}/static/logo-600.png` },
    };
  const json = JSON.stringify(data);
  c.head.push(`<script type="application/ld+json">${htmlNoted(c, json, 'json-ld')}</script>`);
}

/** A cookie-consent dialog: saved pages keep it at the top or the bottom of the body. */
export function consent(c: Ctx, top: boolean): void {
  const show = () => {
    const text = c.pick(v.CONSENT_TEXTS);
    c.add(
      ['We value your privacy', text, ...v.CONSENT_BUTTONS],
      `<div role="dialog" aria-modal="true" class="consent"><h2>We value your privacy</h2><p>${esc(text)}</p>${v.CONSENT_BUTTONS.map((b) => `<button>${esc(b)}</button>`).join('')}</div>`,
    );
  };
  if (top) show();
  else c.after.push(show);
}

export function newsletterModal(c: Ctx): void {
  c.after.push(() => {
    const pitch = c.pick(v.MODAL_PITCHES);
    c.add(
      [pitch, 'Email address', ...v.MODAL_BUTTONS],
      `<div class="modal newsletter"><p>${esc(pitch)}</p><label>Email address<input type="email"></label>${v.MODAL_BUTTONS.map((b) => `<button>${esc(b)}</button>`).join('')}</div>`,
    );
  });
}

/** A related-stories box inside the article (an <aside> between paragraphs). */
export function relatedAside(c: Ctx): void {
  const head = c.pick(v.RELATED_HEADS);
  const items = [...v.RELATED_ITEMS].sort(() => c.rand() - 0.5).slice(0, 2);
  c.add([head, ...items], `<aside class="related"><h3>${esc(head)}</h3><ul>${li(items)}</ul></aside>`);
}

/** A figure with a caption and a photo credit (the credit may be the outlet's own staff). */
export function figure(c: Ctx, credit: string): void {
  const caption = `${c.pick(['A view of the scene', 'People gather nearby', 'The building in question', 'Officials speak to reporters'])}. (${credit})`;
  c.add(
    [caption],
    `<figure><img src="/media/${c.int(1000, 9999)}.jpg" alt="" loading="lazy"><figcaption>${esc(caption)}</figcaption></figure>`,
  );
}

/** Reader comments after the article. */
export function comments(c: Ctx): void {
  lines(c, v.COMMENT_LINES, 'comments-head');
  for (const who of [...v.COMMENTERS].sort(() => c.rand() - 0.5).slice(0, c.int(1, 3))) {
    lines(c, [who, `${c.int(1, 11)} hours ago`], 'comment-meta');
    const text = c.pick(v.COMMENT_TEXTS);
    c.add([text], `<p class="comment-body">${esc(text)}</p>`, 'p');
  }
}
