/**
 * normalize/text/stopwords: the commonest function words of the languages explainer meets.
 *
 * Running text is 30–50% function words in any of these languages; menus, tag clouds, keyword
 * lists and headline lists are nearly free of them. So their density tells prose from furniture
 * (as in jusText), and which language's words dominate is a cheap language guess.
 */

import { ASCII_LETTERS_ONLY } from '../../../lib/ascii-letters.ts';
import { FUNCTION_WORDS as WORDS } from '../../../lib/lexicon/function-words.ts';

/** Function word -> the languages it belongs to. */
const LANGUAGES_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, list] of Object.entries(WORDS)) {
    for (const word of list.split(' ')) {
      const languages = map.get(word) ?? [];
      languages.push(language);
      map.set(word, languages);
    }
  }
  return map;
})();

const TOKEN = /[\p{L}']+/gu;

/** The longest function word: a longer token is none, so it is not looked up. */
const LONGEST = Math.max(...[...LANGUAGES_OF.keys()].map((word) => word.length));

/** How many of the text's words are function words. */
export function stopwordCount(text: string): number {
  const lower = text.toLowerCase();
  // \p{L} finds [A-Za-z] here: the tokens are the runs of [a-z'], read by hand (this runs on
  // every line of six words or more of every page).
  if (ASCII_LETTERS_ONLY.test(lower)) return asciiStopwordCount(lower);
  let count = 0;
  for (const token of lower.match(TOKEN) ?? []) if (LANGUAGES_OF.has(token)) count++;
  return count;
}

/** `lower.match(/[a-z']+/g)`'s tokens that are function words, counted without the array. */
function asciiStopwordCount(lower: string): number {
  let count = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((code >= 97 && code <= 122) || code === 39) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= LONGEST && LANGUAGES_OF.has(lower.slice(start, i))) count++;
      start = -1;
    }
  }
  return count;
}

/** The language whose function words are commonest in the text, or null when too few to tell. */
export function guessLanguage(text: string): string | null {
  const tally = new Map<string, number>();
  let total = 0;
  for (const token of text.slice(0, 20_000).toLowerCase().match(TOKEN) ?? []) {
    total++;
    for (const language of LANGUAGES_OF.get(token) ?? []) tally.set(language, (tally.get(language) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [language, count] of tally) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  if (bestCount >= 5 && bestCount >= total * 0.08) return best;
  return scriptLanguage(text);
}

/** Languages told apart by script alone, for when no function-word list covers them. */
function scriptLanguage(text: string): string | null {
  const sample = text.slice(0, 5_000);
  if (/[\u3040-\u30ff]/u.test(sample)) return 'ja';
  if (/[\uac00-\ud7af]/u.test(sample)) return 'ko';
  if (/[\u4e00-\u9fff]/u.test(sample)) return 'zh';
  if (/[\u0600-\u06ff]/u.test(sample)) return 'ar';
  if (/[\u0590-\u05ff]/u.test(sample)) return 'he';
  if (/[\u0900-\u097f]/u.test(sample)) return 'hi';
  if (/[\u0e00-\u0e7f]/u.test(sample)) return 'th';
  if (/[\u0370-\u03ff]/u.test(sample)) return 'el';
  return null;
}

/**
 * The words that carry meaning (not function words, three letters or more), lower-cased and
 * crudely stemmed ("prosecutors" ~ "prosecutor"): enough to tell whether two lines share a topic.
 */
export function contentWords(text: string): string[] {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  return (
    tokens
      // A quoted word ("'nuclear'") is the word: the quote marks are not part of it.
      .map((token) => token.replace(/^'+/u, '').replace(/['’]s?$/u, ''))
      .filter((token) => token.length >= 3 && !LANGUAGES_OF.has(token))
      .map((token) => token.replace(/(?:ies|es|s)$/u, ''))
  );
}
