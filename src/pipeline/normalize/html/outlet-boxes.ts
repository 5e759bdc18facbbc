/**
 * normalize/html/outlet-boxes: the boxes of a saved page that print a site's name, for the outlet
 * vote (html/outlet.ts).
 *
 * In: the parsed document (or one line of it). Out: a name, or null.
 *   logo       an image in the page header whose alt text is the site's name, or a site-name box
 *   provider   a portal's box naming the publisher it shows ("provider", "channel"), outside menus,
 *              share bars and links to the site's own pages
 *   favicon    an aggregator's publisher icon and name just above the headline
 *   feed       an RSS feed's title ("Outlet » Feed")
 *   source     a line naming a site the headline links to, or whose address the line prints
 *   masthead   a masthead box right over the headline whose name reads as a news outlet's
 */
import { MEDIA_WORD } from '../outlet.ts';
import { isSiteNameLine, spellsDomain } from '../outlet-site.ts';
import { isAgencyName } from '../text/sources.ts';
import { LOGO_BOX } from './outlet-shown.ts';
import { collapse } from './text.ts';

export const PROVIDER_BOX =
  '[class*="provider" i], [class*="channel" i], [class*="publisher" i], [class*="source-logo" i], [class*="partner-logo" i]';

/**
 * Menus, link lists, share bars and links to the site's own pages: a "channel" there is a section
 * ("header__channel", a "channel-name" link to /healthcare), a TV channel finder or a share
 * target, never the publisher a portal credits.
 */
export const MENU_BOX =
  'nav, ul, ol, li, [role="navigation"], [role="menu"], [class*="menu" i], [class*="nav" i], [class*="share" i], [class*="social" i], a[href^="/"]';

/**
 * The name a short line prints for a site the headline links to: the line itself, or its first
 * part before a dot, bar or comma ("NPR · 18h", "Daily Ledger | 2 min read"), without "Via" or
 * "From" ahead; only where the name spells one of those sites' addresses.
 */
export function sourceName(text: string, hosts: readonly string[]): string | null {
  // The address a clipping prints after the name is no part of the line's length.
  const line = text.replace(/https?:\/\/\S+/giu, '').trim();
  if (line.length > 80) return null;
  const bare = line.replace(/^(?:via|from|source:?)\s+/iu, '');
  // A count or a date beside the name ("Outlet 40", "Outlet, Jan. 14") is no part of it.
  for (const name of [bare.split(/\s*[·•|,]\s*/u)[0] ?? '', bare].map((n) => n.trim()))
    if (name && !/\d/u.test(name) && isSiteNameLine(name) && hosts.some((h) => spellsDomain(name, h)))
      return name;
  return null;
}

/** Icons no larger than this (px) are favicons, not pictures or logos. */
const MAX_ICON_SIZE = 32;
/** Elements before the headline searched for a favicon credit. */
const CREDIT_REACH = 2;

/**
 * The publisher an aggregator credits right above the headline: a favicon (an icon by its file
 * name or its size) with the publisher's name as its alt text or beside it. Only the elements
 * just before the <h1> (or a link preview's title link), or before its wrapper, count: a list of other outlets' stories further
 * down shows favicons too.
 */
export function faviconCredit(doc: Document, headline: string | null): string | null {
  // A link preview has no <h1>: its title is a link whose text is the headline.
  const wanted = collapse(headline ?? '').toLowerCase();
  const h1 =
    doc.querySelector('h1') ??
    (wanted.length > 20
      ? (Array.from(doc.querySelectorAll('a[href]')).find(
          (a) => collapse(a.textContent ?? '').toLowerCase() === wanted,
        ) ?? null)
      : null);
  if (!h1) return null;
  const before: Element[] = [];
  for (const start of [h1, h1.parentElement]) {
    let el = start?.previousElementSibling ?? null;
    for (let i = 0; el && i < CREDIT_REACH; i++, el = el.previousElementSibling) before.push(el);
  }
  for (const box of before) {
    const images = box.tagName === 'IMG' ? [box] : Array.from(box.querySelectorAll('img'));
    const icon = images.find((img) => {
      const size = Math.max(Number(img.getAttribute('width') ?? 0), Number(img.getAttribute('height') ?? 0));
      return /favicon/iu.test(img.getAttribute('src') ?? '') || (size > 0 && size <= MAX_ICON_SIZE);
    });
    if (!icon) continue;
    for (const raw of [
      icon.getAttribute('alt') ?? '',
      box.children.length <= 2 ? (box.textContent ?? '') : '',
    ]) {
      const name = collapse(raw);
      if (name && isSiteNameLine(name)) return name;
    }
  }
  return null;
}

/**
 * The site's name from its logo: an image in the page header (header, role=banner, a masthead,
 * logo or brand block) whose alt text ends in "logo" ("Outlet logo") or is a short name; else the
 * label of the logo link or the text of a site-name element.
 */
export function logoOutlet(
  doc: Document,
  headline: string | null,
  selector: string,
  skip?: string,
): string | null {
  // A box that holds the headline is the page's or the story's container ("channel-deals" on <body>).
  const boxes = Array.from(doc.querySelectorAll(selector)).filter(
    (box) =>
      !skip || (box.closest(skip) === null && box.querySelector('h1') === null && box.tagName !== 'BODY'),
  );
  const texts: string[] = [];
  for (const box of boxes) {
    for (const img of Array.from(box.querySelectorAll('img[alt], [role="img"][aria-label]')))
      texts.push(img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? '');
    if (box.tagName === 'IMG') texts.push(box.getAttribute('alt') ?? '');
    const label =
      box.getAttribute('aria-label') ?? box.querySelector('a[aria-label]')?.getAttribute('aria-label');
    if (label) texts.push(label);
    if (box.tagName !== 'HEADER' && box.children.length <= 2) {
      texts.push(box.textContent ?? '');
      for (const child of Array.from(box.children)) texts.push(child.textContent ?? '');
    }
  }
  for (const raw of texts) {
    const name = collapse(raw)
      .replace(/[\s:–—-]*\b(?:logo|logotype|masthead|home(?:\s?page)?)$/iu, '')
      .replace(/^(?:go to |back to |return to )?(?:the )?(?=\p{Lu})/u, '')
      .trim();
    if (!name || !isSiteNameLine(name)) continue;
    if (headline && collapse(headline).toLowerCase() === name.toLowerCase()) continue;
    return name;
  }
  return null;
}

/** "The Daily Ledger » Feed", "Daily Ledger - Top Stories RSS" -> the site's name. */
export function feedName(title: string): string | null {
  const name = collapse(title)
    .replace(/\s*(?:[»|:–—-]\s*)?(?:comments )?(?:rss|atom)?\s*feed$/iu, '')
    .replace(
      /\s*[»|:–—-]\s*(?:top stories|latest(?: news)?|all (?:stories|news)|news|home|rss|atom)(?:\s+(?:rss|feed))?$/iu,
      '',
    )
    .replace(/\s+(?:rss|atom)$/iu, '')
    .trim();
  return name && isSiteNameLine(name) ? name : null;
}

/**
 * The name a masthead box prints right over the headline (its element's previous sibling): a
 * print-out's or an exhibit's masthead. Only a news outlet's shape counts (a medium's word, an
 * acronym, "The" before capitalised words, a wire agency): a kicker or a section there is not one.
 */
export function mastheadOverHeadline(doc: Document, headline: string | null): string | null {
  const wanted = collapse(headline ?? '').toLowerCase();
  if (!wanted) return null;
  const heading =
    doc.querySelector('h1') ??
    Array.from(doc.querySelectorAll('p, div, b, strong')).find(
      (el) => collapse(el.textContent ?? '').toLowerCase() === wanted,
    );
  const box = heading?.previousElementSibling;
  if (!box || !box.matches(LOGO_BOX)) return null;
  const name = collapse(box.textContent ?? '');
  const shaped =
    MEDIA_WORD.test(name) ||
    /^\p{Lu}{2,5}$/u.test(name) ||
    /^the(?:\s+(?-i:\p{Lu})[\p{L}'’-]*)+$/iu.test(name) ||
    isAgencyName(name);
  // "THE BIG READ": several words in capitals are a kicker as often as a masthead.
  const shouted = /\s/u.test(name) && name === name.toUpperCase();
  return name && !shouted && isSiteNameLine(name) && shaped ? name : null;
}
