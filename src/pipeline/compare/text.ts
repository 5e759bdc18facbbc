/**
 * compare/text: small text helpers shared by the compare modules (no packages; the stop words
 * are lib/lexicon/stopwords).
 *
 * In:  raw strings (quote texts, paragraphs, names).
 * Out: folded forms (lower case, no diacritics, straight apostrophes), word tokens, light stems,
 *      a stopword list, and a stable short hash for ids.
 *
 * Everything here is deterministic and locale-independent, because group ids derived from it must
 * not change between runs or machines (journalists attach notes to them).
 */
import { hash } from 'node:crypto';
import { patternFor } from '../../lib/ascii-letters.ts';
import { ENGLISH_STOPWORDS } from '../../lib/lexicon/stopwords.ts';

/** Words and names are folded over and over: short texts' folds are kept (a bounded cache). */
const SHORT = 40;
const CACHE_MAX = 50_000;
const folds = new Map<string, string>();

/** Lower case, diacritics removed, typographic apostrophes/dashes made plain. */
export function fold(text: string): string {
  if (text.length > SHORT) return foldText(text);
  // Plain ASCII without a backtick folds by lower-casing alone (foldText's first branch): cheaper
  // than the cache's lookup, which is for the words that need Unicode normalisation.
  if (isPlainAscii(text)) return text.toLowerCase();
  let folded = folds.get(text);
  if (folded === undefined) {
    if (folds.size >= CACHE_MAX) folds.clear();
    folded = foldText(text);
    folds.set(text, folded);
  }
  return folded;
}

/** Every character ASCII and none a backtick. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || code === 0x60) return false;
  }
  return true;
}

function foldText(text: string): string {
  // Plain ASCII (most tokens) needs no Unicode normalisation, which is the slow part.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―]/g, '-');
}

// Contractions are expanded before tokenising so "haven't" and "have not" give the same words.
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
];

export const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
/** WORD for ASCII-letter text (most of it): the same matches, several times faster (lib/ascii-letters.ts). */
const wordFor = patternFor(WORD);

/** Folded word tokens, contractions expanded, hyphenated words split ("burden-sharing" -> 2 words). */
export function words(text: string): string[] {
  let folded = fold(text);
  if (folded.includes("'")) {
    for (const [pattern, replacement] of CONTRACTIONS) folded = folded.replace(pattern, replacement);
  }
  return folded.match(wordFor(folded)) ?? [];
}

// Suffixes stripped by `stem`, longest first. Only the first match is removed.
const SUFFIXES = [
  'izations',
  'isations',
  'ization',
  'isation',
  'ational',
  'ations',
  'nesses',
  'ments',
  'ities',
  'izing',
  'ising',
  'ation',
  'ment',
  'ness',
  'ized',
  'ised',
  'ity',
  'ing',
  'ies',
  'ied',
  'ly',
  'ed',
  'es',
  'al',
  's',
];

/**
 * A light stemmer: strip one common English suffix, a final "e", then truncate to 6 characters.
 * Truncation (a well-known, crude but robust stemming method) is what makes translations line up:
 * "institutionalized" / "institutional" -> "instit", "ensure" / "ensuring" -> "ensur". It only needs
 * to be good enough to score similarity between quotes, never to be shown.
 */
export function stem(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = suffix === 'ies' || suffix === 'ied' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w.length > 6 ? w.slice(0, 6) : w;
}

/** English function words and reporting filler; excluded from similarity keys and distinctive words. */
export const STOPWORDS: ReadonlySet<string> = new Set(ENGLISH_STOPWORDS.trim().split(/\s+/));

/** First 10 hex digits of SHA-1: stable across runs and platforms, short enough for an id. */
export function shortHash(text: string): string {
  return hash('sha1', text, 'hex').slice(0, 10);
}

/** Count items into a Map (insertion order kept, which keeps later tie-breaks deterministic). */
export function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The most frequent key; ties go to `tieBreak` order (default: first seen). */
export function mostCommon<K>(counts: Map<K, number>, tieBreak?: (a: K, b: K) => number): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (
      count > bestCount ||
      (count === bestCount && tieBreak && best !== undefined && tieBreak(key, best) < 0)
    ) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
