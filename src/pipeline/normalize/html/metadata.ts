/**
 * normalize/html/metadata: a parsed page (before any extraction mutates it) + its JSON-LD facts
 * -> article metadata: headline, byline, outlet, published date, language, url, tags, description.
 *
 * Sources, strongest first: JSON-LD (the publisher's structured statement), Open Graph / article:*
 * meta tags, other common meta names, then visible markup (<h1>, <time datetime>, rel=author,
 * rel=tag, "byline" classes, a short "By Name" element under the <h1>: html/byline.ts). Each
 * field is independent: a missing one is null, never a guess from an unrelated field.
 */
import { isWebAddress } from '../../../lib/model.ts';
import { calendarDate, findDate } from '../text/dates.ts';
import { headlineByline } from './byline.ts';
import type { JsonLdFacts } from './jsonld.ts';
import { headingAboveLede } from './heading.ts';
import { collapse, decodeEntities } from './text.ts';

export interface PageMetadata {
  headline: string | null;
  /** The page <title> as written (site suffix and all), for comparisons. */
  title: string | null;
  description: string | null;
  byline: string | null;
  /** The outlet the metadata states (og:site_name, JSON-LD publisher…), or null. */
  outlet: string | null;
  /** The URL's host name: the outlet of last resort. */
  host: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
  tags: string[];
}

/** All <meta> values keyed by lower-cased property/name/itemprop; first occurrence first. */
export function metaIndex(doc: Document): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const value = collapse(decodeEntities(meta.getAttribute('content') ?? ''));
    if (!key || !value) continue;
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  }
  return index;
}

function first(index: Map<string, string[]>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** "2019-11-19T08:00:00Z", "Tue, 19 Nov 2019 08:00:00 GMT", "2019/11/19" -> "2019-11-19". */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  // Machine forms the text normalizer never meets: "20191119", Unix seconds or milliseconds (UTC).
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(text);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d{9,13}$/.test(text)) {
    const ms = Number(text) * (text.length <= 10 ? 1000 : 1);
    return new Date(ms).toISOString().slice(0, 10);
  }
  if (text.length > 60) return null;
  // "2019-11-19T23:30:00-05:00", "Tue, 19 Nov 2019 08:00:00 GMT": the calendar date as the
  // publisher wrote it, by the text normalizer's reader (Date.parse would shift it into the
  // machine's time zone).
  return findDate(text);
}

const validDate = calendarDate;

/** "en_US" / "EN-us" -> "en-US"; null when it does not look like a language tag. */
export function languageTag(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(value.trim());
  if (!match || !match[1]) return null;
  const primary = match[1].toLowerCase();
  const region = match[2];
  if (!region) return primary;
  return `${primary}-${region.length === 2 ? region.toUpperCase() : region}`;
}

/** Normalises a byline: drops a leading "By", trailing dates/roles after a pipe, extra spaces. */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = collapse(value)
    .replace(/^(?:by|von|par|por|di|door|av|af)\s*:?\s+/i, '')
    .replace(/\s*[|•·]\s.*$/, '')
    .trim();
  if (/^https?:\/\//.test(text) || text.length > 120 || text.length < 2) return null;
  text = text.replace(/[,;]\s*$/, '');
  return text || null;
}

/** Splits "Headline | Site" / "Headline - Site" / "Site: Headline" and keeps the headline part. */
export function stripSiteName(title: string, outlet: string | null): string {
  const separators = /\s+[|–—·•»:\-/]\s+|\s+[|–—·•»]\s*|\s*[|]\s+/;
  const parts = title
    .split(separators)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (outlet) {
    const site = norm(outlet);
    const kept = parts.filter((p) => {
      const n = norm(p);
      return !(
        n === site ||
        (site.length > 3 && (n.includes(site) || site.includes(n)) && n.length < site.length + 12)
      );
    });
    if (kept.length && kept.length < parts.length) return joinBack(title, kept);
  }
  // No site name known: the site is the short end; keep the longest part if it clearly dominates.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const last = parts[parts.length - 1] ?? '';
  const firstPart = parts[0] ?? '';
  if (longest === firstPart && last.split(/\s+/).length <= 4 && /\s[|–—·•»]\s/.test(title))
    return joinBack(title, parts.slice(0, -1));
  return title;
}

/** Rebuilds a title from kept parts using the original text between them. */
function joinBack(title: string, kept: string[]): string {
  if (kept.length === 1) return kept[0] ?? title;
  const start = title.indexOf(kept[0] ?? '');
  const lastPart = kept[kept.length - 1] ?? '';
  const end = title.indexOf(lastPart, start) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end) : kept.join(' - ');
}

function textOf(el: Element | null): string | null {
  if (!el) return null;
  const text = collapse(el.textContent ?? '');
  return text || null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The page's metadata (headline, byline, outlet, published date, language, url, tags, description), JSON-LD first, then meta tags, then visible markup; a missing field is null. */
export function extractMetadata(doc: Document, facts: JsonLdFacts): PageMetadata {
  const meta = metaIndex(doc);
  const title = textOf(doc.querySelector('head > title, title'));

  const outlet =
    first(meta, 'og:site_name', 'application-name', 'twitter:app:name:iphone', 'publisher') ??
    facts.publisher ??
    null;

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  // The first candidate the model accepts as a web address (an href may carry stray whitespace).
  const url =
    [canonical, first(meta, 'og:url', 'twitter:url'), facts.url]
      .map((u) => u?.trim())
      .find((u): u is string => !!u && isWebAddress(u)) ?? null;

  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => textOf(h))
    .filter((t): t is string => !!t);
  const rawHeadline = facts.headline ?? first(meta, 'og:title', 'twitter:title', 'title', 'headline') ?? null;
  const chosen = chooseHeadline(rawHeadline, title, h1s, outlet);
  // A <title> that names a channel, a document, a course week or a record's volume, with no <h1>
  // that is the story's: the heading just above the lede that shares its words.
  // An <h1> sharing no word with the lede (a round-up's or a clip's own title) gives way the same
  // way, to a sub-heading above the lede that shares two.
  const headline =
    !facts.headline && title && chosen !== null
      ? (headingAboveLede(doc, title, h1s.includes(chosen)) ?? chosen)
      : chosen;

  const authorMeta = first(
    meta,
    'author',
    'article:author',
    'byl',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
  );
  const authorLink = textOf(
    doc.querySelector('a[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]'),
  );
  const bylineEl = textOf(
    doc.querySelector(
      '[class*="byline" i] [class*="name" i], [class*="byline" i], [class*="author" i], [class*="autor" i]',
    ),
  );
  const byline =
    cleanByline(facts.authors.length ? unique(facts.authors).join(', ') : null) ??
    cleanByline(authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : null) ??
    cleanByline(authorLink) ??
    cleanByline(bylineEl && bylineEl.length < 80 ? bylineEl : null) ??
    headlineByline(doc);

  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  const published =
    isoDate(facts.datePublished) ??
    isoDate(
      first(
        meta,
        'article:published_time',
        'og:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'sailthru.date',
        'parsely-pub-date',
        'publication_date',
      ),
    ) ??
    isoDate(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? null) ??
    isoDate(timeEl?.getAttribute('datetime') ?? null) ??
    // A <time> without a datetime attribute: its printed text ("2018-04-11", "April 11, 2018").
    isoDate(textOf(doc.querySelector('article time, time')));

  const language =
    languageTag(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang')) ??
    languageTag(first(meta, 'og:locale', 'language', 'content-language', 'dc.language')) ??
    languageTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    languageTag(facts.language);

  const tags = unique(
    [
      ...(meta.get('article:tag') ?? []),
      ...facts.keywords,
      ...Array.from(doc.querySelectorAll('a[rel~="tag"]')).map((a) => textOf(a) ?? ''),
      ...(meta.get('news_keywords') ?? []).flatMap((k) => k.split(',')),
    ]
      .map((t) => collapse(t))
      .filter((t) => t && t.length <= 60),
  );

  const description =
    first(meta, 'og:description', 'description', 'twitter:description') ?? facts.description;

  return {
    headline,
    title,
    description,
    byline,
    outlet,
    host: hostOf(url),
    published,
    language,
    url,
    tags,
  };
}

/**
 * The article's own headline: a structured one if present, else an <h1> that the <title> contains,
 * else the only <h1> when the <title> shares no word with it, else the <title> without its site
 * suffix.
 */
function chooseHeadline(
  structured: string | null,
  title: string | null,
  h1s: string[],
  outlet: string | null,
): string | null {
  if (structured) return stripSiteName(structured, outlet);
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
  if (title) {
    const h1 = h1s.find((h) => h.length > 10 && norm(title).includes(norm(h)));
    if (h1) return h1;
    // A title that spells the <h1> as a slug or with other punctuation ("Preview: the-h1-words —
    // Tool") holds it too: letters and digits in the same order.
    const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const spelled = h1s.find((h) => squash(h).length > 20 && squash(title).includes(squash(h)));
    if (spelled) return spelled;
    // A URL slug in the title, cut short as slugs are ("harbour-board-delays"), that opens the <h1>.
    const slug = /\p{Ll}[\p{Ll}\d]*(?:-[\p{Ll}\d]+){3,}/u.exec(title)?.[0];
    const opened =
      slug && squash(slug).length >= 15 ? h1s.find((h) => squash(h).startsWith(squash(slug))) : null;
    if (opened) return opened;
    // A viewer's or a search service's window title ("Document | Search results", "e-Edition |
    // Tuesday, May 5") shares no word with the story's <h1>: the <h1> is the headline.
    const words = (s: string) => new Set(norm(s).match(/\p{L}{4,}/gu) ?? []);
    const titleWords = words(title);
    const apart = h1s.filter(
      (h) => h.split(/\s+/u).length >= 4 && ![...words(h)].some((w) => titleWords.has(w)),
    );
    if (h1s.length === 1 && apart.length === 1) return apart[0] ?? null;
    return stripSiteName(title, outlet);
  }
  return h1s[0] ?? null;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}
