/**
 * normalize/html/jsonld: raw JSON-LD script texts -> the article facts they state (headline,
 * authors, dates, publisher, url, keywords, language), or nulls.
 *
 * Pages nest their objects in many ways (@graph arrays, arrays of objects, mainEntity, a WebPage
 * whose mainEntity is the article), and many scripts are slightly broken JSON; this module never
 * throws, it just finds the most article-like object it can.
 */
import { isWebAddress } from '../../../lib/model.ts';
import { collapse, decodeEntities } from './text.ts';

export interface JsonLdFacts {
  headline: string | null;
  description: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  /** The name of a WebSite or news organization the page describes apart from its article. */
  site: string | null;
  url: string | null;
  keywords: string[];
  language: string | null;
  articleBody: string | null;
}

const ARTICLE_TYPE =
  /(?:^|:)(?:News|Report|Scholarly|Tech|Analysis|Opinion|Review|Background|Satirical|Live)?(?:Article|BlogPosting|Posting|Blog)$/i;

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLenient(text: string): Json {
  const trimmed = text
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    // Raw newlines/tabs inside strings are the most common breakage.
    try {
      return JSON.parse(trimmed.replace(/[\n\r\t]+/g, ' ')) as Json;
    } catch {
      return null;
    }
  }
}

/** Every object reachable from the root through arrays, @graph and mainEntity, breadth-first. */
function objectsOf(root: Json): JsonObject[] {
  const found: JsonObject[] = [];
  const queue: Json[] = [root];
  while (queue.length && found.length < 200) {
    const value = queue.shift();
    if (Array.isArray(value)) queue.push(...value);
    else if (isObject(value)) {
      found.push(value);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
        if (typeof value[key] === 'object' && value[key] !== null) queue.push(value[key]);
      }
    }
  }
  return found;
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function str(value: Json): string | null {
  if (typeof value === 'string') {
    const text = collapse(decodeEntities(value));
    return text || null;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (isObject(value)) return str(value['@value'] ?? value['name'] ?? value['@id'] ?? value['url']);
  return null;
}

function names(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? str(item) : isObject(item) ? str(item['name']) : null;
    if (name && !/^https?:\/\//.test(name)) out.push(name);
  }
  return out;
}

function keywordsOf(value: Json): string[] {
  if (typeof value === 'string')
    return value
      .split(/[,;]/)
      .map((k) => collapse(k))
      .filter(Boolean);
  if (Array.isArray(value))
    return value.flatMap((item) => (typeof item === 'string' ? keywordsOf(item) : []));
  return [];
}

/** Headline, dates, authors and publisher from a page's JSON-LD scripts, read leniently (broken JSON is common). */
export function jsonLdFacts(scripts: readonly string[]): JsonLdFacts {
  const objects = scripts.flatMap((script) => objectsOf(parseLenient(script)));
  const article =
    objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t))) ??
    objects.find((o) => typeof o['headline'] === 'string') ??
    null;
  const facts: JsonLdFacts = {
    headline: null,
    description: null,
    authors: [],
    datePublished: null,
    publisher: null,
    site: null,
    url: null,
    keywords: [],
    language: null,
    articleBody: null,
  };
  const site = objects.find((o) =>
    typesOf(o).some((t) => /^(?:WebSite|NewsMediaOrganization|Organization|NewsOrganization)$/u.test(t)),
  );
  facts.site = site ? (str(site['name']) ?? null) : null;
  // A fact check's ClaimReview names the organisation that wrote the review: its publisher.
  const review = objects.find((o) => typesOf(o).includes('ClaimReview'));
  const reviewer = review && isObject(review['author']) ? review['author'] : null;
  if (reviewer && typesOf(reviewer).some((t) => /Organization$/u.test(t)))
    facts.publisher = str(reviewer['name']);
  if (!article) return facts;
  facts.headline = str(article['headline']) ?? str(article['name']);
  facts.description = str(article['description']);
  facts.authors = names(article['author'] ?? article['creator']);
  facts.datePublished = str(article['datePublished']) ?? str(article['dateCreated']);
  facts.publisher =
    names(article['publisher'] ?? article['sourceOrganization'])[0] ?? facts.publisher ?? null;
  const url = str(article['url']) ?? str(article['mainEntityOfPage']);
  facts.url = url && isWebAddress(url) ? url : null;
  facts.keywords = keywordsOf(article['keywords']);
  facts.language = str(article['inLanguage']);
  facts.articleBody = typeof article['articleBody'] === 'string' ? article['articleBody'] : null;
  return facts;
}
