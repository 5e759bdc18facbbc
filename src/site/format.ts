/**
 * Display formatting: dates, counts, lists. Pure, locale fixed to en-GB so builds are reproducible.
 * Money has one formatter for pipeline and site alike: src/lib/money.ts.
 */

import { MONTH_NAMES } from '../lib/lexicon/months.ts';

/** "2024-04-30" -> "30 April 2024"; null -> "date not stated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date not stated';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'Dates not stated';
  if (!first || !last || first === last) return formatDate(first ?? last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/**
 * "1,234": one formatter for every count (toLocaleString builds a new one per call, which showed in
 * the build profile: a count is printed on every page).
 */
const COUNT = new Intl.NumberFormat('en-GB');
export function formatCount(count: number): string {
  return COUNT.format(count);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Shortens text at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** Like list(), naming at most `max` items: "dpa, AP, Reuters and 812 other outlets". */
export function listSome(items: string[], max: number, others = 'others'): string {
  if (items.length <= max) return list(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} ${others}`;
}

const LANGUAGES = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'code' });

/**
 * The `lang` attribute for text in an article's language: its BCP 47 tag when valid, else undefined
 * (no attribute: the page's own `en` then applies). Screen readers pick their voice by it.
 */
export function textLang(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** "en" -> "English (en)", "pt-BR" -> "Brazilian Portuguese (pt-BR)"; a tag Intl cannot read is shown as written. */
export function languageName(tag: string): string {
  const lang = textLang(tag);
  if (!lang) return tag;
  const name = LANGUAGES.of(lang);
  return name && name !== lang ? `${name} (${lang})` : lang;
}

/**
 * "Fine: €1.84bn" -> ["Fine:", "€1.84bn"]: a heading's last word, to keep on one line with the "#"
 * link after it (a lone "#" on a line of its own reads as stray punctuation).
 */
export function splitLastWord(text: string): [string, string] {
  const at = text.trimEnd().lastIndexOf(' ');
  return at < 0 ? ['', text.trim()] : [text.slice(0, at), text.slice(at + 1).trim()];
}
