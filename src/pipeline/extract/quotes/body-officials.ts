/**
 * quotes/body-officials: an unnamed official or spokesperson of a named body, in the forms the
 * older readings missed (ANNOTATION.md: "an unnamed official or spokesperson of a named body → the
 * body"; a former official speaks for nobody).
 *
 * In:  a tag subject's words (quotes/speakers spokesVoice) or the tag's words around a preposition
 *      (quotes/tag-subject). Out: the body's words, or the subject phrase as written, or null.
 *   - bodyModifiers: "a senior State Department official" → the words "State Department" (a rank
 *     word before the body's name is no part of it); "a Department of Justice official" → one
 *     modifier "Department of Justice" (a particle between capitalised words is inside the name).
 *   - officialBeforePreposition: "A top official at the U.S. Chamber of Commerce tweeted",
 *     "officials at the Justice Department said", "prosecutors with the X's Office wrote" → the
 *     whole phrase, so that spokesVoice reads "… official at/with X" as X (it was read as "at the
 *     U.S. Chamber …", a preposition's object, which names nobody).
 */
import type { Word } from './tag-words.ts';

/** Rank words before an official's body ("a senior White House official"), as a pattern's alternatives. */
export const RANK_WORDS = 'senior|top|high-ranking|high-level|highest-ranking';
const RANK = new RegExp(`^(?:${RANK_WORDS})$`, 'u');
/** Lower-case words inside a body's name ("Department of Justice", "Committee on Foreign Relations"). */
const INNER = /^(?:of|for|and|on)$/u;
/** Heads that speak for a body (quotes/speakers SPOKES, the people nouns among them). */
const OFFICIAL =
  /^(?:officials?|spokesperson|spokesman|spokeswoman|representatives?|aides?|executives?|prosecutors)$/u;

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * The modifiers of an official's head with a leading rank word dropped when a capitalised word
 * follows it, and a name's inner particles joined into one capitalised modifier. Anything else
 * ("former", "one", a lower-case noun) is kept as written, so the caller still refuses it.
 */
export function bodyModifiers(modifiers: string[]): string[] {
  const out =
    RANK.test(modifiers[0] ?? '') && capitalised(modifiers[1] ?? '') ? modifiers.slice(1) : [...modifiers];
  for (let i = out.length - 2; i > 0; i--)
    if (INNER.test(out[i]!) && capitalised(out[i - 1]!) && capitalised(out[i + 1]!))
      out.splice(i - 1, 3, `${out[i - 1]} ${out[i]} ${out[i + 1]}`);
  return out;
}

/** Whether a head speaks for the body after "for/of/at/with/in" ("Officials at the X", "prosecutors with the X"). */
export const speaksFor = (word: string): boolean => OFFICIAL.test(word.toLowerCase());

/**
 * words[p] is "at", "with", "in" or "from" after an official's head ("A top official at the …",
 * "officials at the Justice Department said", "prosecutors with the Special Counsel's Office
 * wrote"): the phrase from the head's article (a rank word between allowed; a plural head opening
 * the phrase needs none) to `end`, or null. The object must be a name ("at the U.S. Chamber of
 * Commerce"; not "with knowledge of the talks"), after "the" for "in"/"from" ("officials in Texas"
 * are a state's, no body's).
 */
export function officialBeforePreposition(
  text: string,
  words: Word[],
  p: number,
  end: number,
): { phrase: string; at: number } | null {
  const prep = words[p]?.lower ?? '';
  if (p < 1 || !/^(?:at|with|in|from)$/u.test(prep) || !speaksFor(words[p - 1]!.text)) return null;
  const the = words[p + 1]?.lower === 'the';
  const object = the ? words[p + 2] : words[p + 1];
  if (!object || !capitalised(object.text) || (!the && /^(?:in|from)$/u.test(prep))) return null;
  const gap = (i: number): string => text.slice(words[i]!.end, words[i + 1]!.start);
  let from = p - 1;
  if (from > 0 && RANK.test(words[from - 1]!.lower) && gap(from - 1) === ' ') from--;
  if (from > 0 && /^(?:a|an|the)$/u.test(words[from - 1]!.lower) && gap(from - 1) === ' ') from--;
  // A bare plural opens its phrase: nothing joined to it before ("Boston city officials at …").
  else if (!/s$/u.test(words[p - 1]!.lower) || (from > 0 && gap(from - 1) === ' ')) return null;
  if (gap(p - 1) !== ' ') return null;
  return { phrase: text.slice(words[from]!.start, end), at: words[from]!.start };
}
