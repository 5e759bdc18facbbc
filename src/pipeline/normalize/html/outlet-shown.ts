/**
 * normalize/html/outlet-shown: shapes of a saved page that shows a story rather than publishing it,
 * for the outlet vote (html/outlet.ts).
 *
 * In: the parsed document (and its metadata). Out: whether the headline or a heading above the
 * story links to another site's page; whether a title's site part is the kicker printed above the
 * <h1>; an element's document order; a URL's host label.
 */
import { hostLabel } from '../outlet-site.ts';
import { contentWords } from './heading.ts';
import type { PageMetadata } from './metadata.ts';
import { collapse } from './text.ts';

/** Boxes of a site's masthead: its logo, brand or site name, or a logo image by its file name. */
export const LOGO_BOX =
  'header, [role="banner"], [class*="masthead" i], [class*="logo" i], [class*="brand" i], [class*="site-name" i], [class*="sitename" i], [class*="site-title" i], [id*="logo" i], [id*="masthead" i], img[src*="logo" i], img[src*="wordmark" i]';

/**
 * The host labels of other sites the headline links to (none: it does not link away): the <h1>'s link, or a link whose text is
 * the headline, to an absolute URL on a host other than the page's own (when the page says it).
 */
export function awayHosts(doc: Document, meta: PageMetadata): string[] {
  const headline = collapse(meta.headline ?? '').toLowerCase();
  const own = [meta.url, doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? null]
    .map((u) => (u ? hostLabelOf(u) : null))
    .filter((l): l is string => l !== null);
  // A heading between the page's title and the story's first paragraph that links away is the
  // story's own title on a page that points to it (a link blog's "main event").
  // Only where the <h1> is not about the story (shares at most one word with its opening
  // paragraphs) and the heading is (shares two): a news page's own headline stands however many links precede it.
  const first = doc.querySelector('article p, main p');
  const at = documentOrder(doc);
  const opening = Array.from(doc.querySelectorAll('article p, main p')).slice(0, 3);
  const lede = contentWords(opening.map((p) => collapse(p.textContent ?? '')).join(' '));
  const shares = (text: string) => [...contentWords(text)].filter((w) => lede.has(w)).length;
  const h1 = collapse(doc.querySelector('h1')?.textContent ?? '');
  const offStory = shares(h1) <= 1;
  const beforeStory = (a: Element) =>
    offStory && first !== null && at(a) < at(first) && shares(collapse(a.textContent ?? '')) >= 2;
  const links = Array.from(doc.querySelectorAll('a[href]')).filter(
    (a) =>
      a.closest('h1') !== null ||
      (a.closest('h2, h3') !== null && beforeStory(a)) ||
      (headline.length > 20 && collapse(a.textContent ?? '').toLowerCase() === headline),
  );
  return links
    .map((a) => {
      const href = a.getAttribute('href') ?? '';
      return /^https?:\/\//iu.test(href) ? hostLabelOf(href) : null;
    })
    .filter((label): label is string => label !== null && !own.includes(label));
}

/**
 * Whether a name is the kicker printed just above the <h1> ("THE BIG STORY", "Sunday Feature"):
 * a title's site part that the page prints as the headline's rubric names a series or section. A
 * masthead box (logo, brand, site name) there is the site's.
 */
export function isKicker(doc: Document, name: string): boolean {
  const key = name.toLowerCase();
  return Array.from(doc.querySelectorAll('h1')).some((h1) => {
    const above = h1.previousElementSibling;
    return (
      above !== null &&
      collapse(above.textContent ?? '').toLowerCase() === key &&
      !above.matches(LOGO_BOX) &&
      above.querySelector(LOGO_BOX) === null
    );
  });
}

/** An element's index in document order (linkedom's compareDocumentPosition does not tell it). */
export function documentOrder(doc: Document): (el: Element) => number {
  const order = new Map(Array.from(doc.querySelectorAll('*')).map((el, i) => [el, i]));
  return (el) => order.get(el) ?? -1;
}

/** A URL's registrable host label, or null when it is no web address. */
export function hostLabelOf(url: string): string | null {
  try {
    return hostLabel(new URL(url).hostname);
  } catch {
    return null;
  }
}
