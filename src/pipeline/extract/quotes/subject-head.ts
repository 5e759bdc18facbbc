/**
 * quotes/subject-head: two readings of the words around a speech tag's subject. roleOwner: where a
 * role that owns a phrase starts ("a spokesperson for the ministry"). headBeforePreposition: the
 * named head before "in/from/at" when the phrase read back from the verb is the preposition's
 * object ("the Saudi Embassy in Washington said", "Barack Ravid from the Israeli newspaper Haaretz
 * tweets", "Don Kaplan at New York Daily News wrote": the embassy, Ravid, Kaplan; never the place
 * or the outlet).
 *
 * In: the tag's text and words (quotes/tag-subject wordsOf), a word index. Out: an offset, or a
 * subject phrase as written, or null. Used by quotes/tag-subject.
 */
import { isRolePhrase } from '../people/resolve.ts';
import { FUNCTION_CAPS, PARTICLES } from './tag-words.ts';
import type { Word } from './tag-words.ts';
import { officialBeforePreposition } from './body-officials.ts';

/**
 * Where "a spokesperson for" starts when a role (or a court "district of") owns the phrase from
 * words[from] ("a spokesperson for the ministry", "the district of Massachusetts"), else null.
 */
export function roleOwner(text: string, words: Word[], from: number): number | null {
  // The phrase starts at its determiner, if any ("the governor of Texas": "Texas" has none).
  const stop = ['the', 'a', 'an', 'of', 'for'];
  let start = from;
  while (start > 0 && from - start < 3 && !stop.includes(words[start]!.lower)) start--;
  if (!['the', 'a', 'an'].includes(words[start]!.lower)) start = from;
  const before = text.slice(Math.max(0, words[start]!.start - 60), words[start]!.start);
  const owner = /\b((?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:of|for)\s+$/u.exec(before);
  const own = owner && (isRolePhrase(owner[1]!) || /\sdistrict$/u.test(owner[1]!));
  return own ? words[start]!.start - owner[0].length : null;
}

/** Prepositions after which the phrase before names where or for whom the subject works. */
const HEAD_PREPOSITIONS = new Set(['in', 'from', 'at']);

/**
 * words[p] is "in", "from" or "at" right after a capitalised run (one to four words, particles
 * inside, a "the" before it kept): that run is the subject. Null for a lower-case head ("a source
 * in Rukban", "the tweet from HSM Press Office": nobody named), a possessive ("Trump's office in
 * New York"), a sentence-opening function word, or a run itself after a preposition ("a source in
 * Rukban in Syria") or joined by punctuation. With `end` (where the object ends), an official's
 * head before "at"/"with" gives the whole phrase ("A top official at the U.S. Chamber of Commerce":
 * quotes/body-officials).
 */
export function headBeforePreposition(
  text: string,
  words: Word[],
  p: number,
  prepositions: Set<string>,
  end?: number,
): { phrase: string; at: number } | null {
  const official = end === undefined ? null : officialBeforePreposition(text, words, p, end);
  if (official) return official;
  if (p < 1 || !HEAD_PREPOSITIONS.has(words[p]!.text)) return null;
  const gap = (a: number, b: number): string => text.slice(words[a]!.end, words[b]!.start);
  const isName = (w: Word): boolean => /^\p{Lu}/u.test(w.text) && !FUNCTION_CAPS.has(w.lower);
  const last = words[p - 1]!;
  if (gap(p - 1, p) !== ' ' || !isName(last) || /['’]s?$/u.test(last.text)) return null;
  let from = p - 1;
  while (
    from > 0 &&
    p - from < 4 &&
    gap(from - 1, from) === ' ' &&
    (isName(words[from - 1]!) || (PARTICLES.has(words[from - 1]!.lower) && from - 1 > 0))
  )
    from--;
  while (PARTICLES.has(words[from]!.lower)) from++;
  if (from > 0 && gap(from - 1, from) === ' ' && words[from - 1]!.lower === 'the') from--;
  const before = words[from - 1];
  if (
    before &&
    gap(from - 1, from) === ' ' &&
    (prepositions.has(before.lower) || /^(?:of|for)$/u.test(before.lower))
  )
    return null;
  return { phrase: text.slice(words[from]!.start, last.end), at: words[from]!.start };
}
