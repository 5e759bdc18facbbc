/**
 * quotes/subject-shape: whether a phrase read before or after a speech verb can be its subject;
 * the name that opens a subject ending in the lower-case name of the body the person works for
 * ("JoEllen Smith of the corrections department told"); a name a preposition governs further back
 * ("Barack Ravid from the Israeli newspaper Haaretz tweets": not Haaretz); the phrase of an
 * organisation's generic noun ("the studio", "the correspondents' association").
 *
 * In:  subject phrases (and the tag's words). Out: yes/no; a phrase or null.
 * Used by quotes/tag-subject and quotes/attribution.
 */
import { isRolePhrase } from '../people/resolve.ts';
import { isVoicePhrase } from './speakers.ts';
import { FUNCTION_CAPS, PARTICLES, type Word } from './tag-words.ts';

export type { Word };

const isCapitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text);

/**
 * "JoEllen Smith of the corrections department told": the subject's last word (`k`) is a
 * lower-case noun after "of the" (up to four lower-case words), and a capitalised name stands
 * right before "of": that name is the subject. Not when a preposition governs the name ("a
 * spokesman for Smith of the …": someone else speaks), nor for a sentence opener ("But of the").
 */
export function nameBeforeBody(
  text: string,
  words: Word[],
  k: number,
  prepositions: Set<string>,
): { phrase: string; at: number } | null {
  const gap = (a: number, b: number): string => text.slice(words[a]!.end, words[b]!.start);
  let j = k;
  while (j > 0 && k - j < 3 && gap(j - 1, j) === ' ' && /^\p{Ll}[\p{Ll}-]*$/u.test(words[j - 1]!.text)) {
    if (words[j - 1]!.lower === 'the') break;
    j--;
  }
  const the = j - 1;
  if (the < 2 || words[the]!.lower !== 'the' || gap(the, j) !== ' ') return null;
  if (
    !['of', 'at'].includes(words[the - 1]!.lower) ||
    gap(the - 1, the) !== ' ' ||
    gap(the - 2, the - 1) !== ' '
  )
    return null;
  const end = the - 2;
  if (!isCapitalised(words[end]!) || FUNCTION_CAPS.has(words[end]!.lower)) return null;
  let from = end;
  while (
    from > 0 &&
    end - from < 3 &&
    gap(from - 1, from) === ' ' &&
    ((isCapitalised(words[from - 1]!) && !FUNCTION_CAPS.has(words[from - 1]!.lower)) ||
      PARTICLES.has(words[from - 1]!.lower))
  )
    from--;
  // A name of one word is a surname at most; two or more words make a name the index can know.
  if (from === end) return null;
  const before = words[from - 1];
  if (before && prepositions.has(before.lower) && gap(from - 1, from).trim() === '') return null;
  if (before && /^(?:of|for|and|or)$/u.test(before.lower)) return null;
  return { phrase: text.slice(words[from]!.start, words[end]!.end), at: words[from]!.start };
}

/** Words between an article and a name that make it no noun phrase ("a week ago Trump said"). */
const NOT_A_NOUN =
  /^(?:after|before|ago|since|than|of|as|when|while|and|or|but|that|which|who|then|later|earlier|also)$/u;

/**
 * "Barack Ravid from the Israeli newspaper Haaretz tweets": a name (from `from` to `last`) after a
 * common noun, in a phrase a preposition governs further back, is no subject; the one before it is
 * out of reach. Returns the phrase with its preposition (which names nobody), or null.
 */
export function governedName(
  text: string,
  words: Word[],
  from: number,
  last: Word,
  prepositions: Set<string>,
): { phrase: string; at: number } | null {
  const gap = (a: number, b: number): string => text.slice(words[a]!.end, words[b]!.start);
  let art = from - 1;
  while (
    art > from - 5 &&
    art > 0 &&
    gap(art, art + 1) === ' ' &&
    !['the', 'a', 'an'].includes(words[art]!.lower)
  )
    art--;
  const noun = words[from - 1];
  if (
    art >= 1 &&
    art < from - 1 &&
    ['the', 'a', 'an'].includes(words[art]!.lower) &&
    gap(art - 1, art) === ' ' &&
    prepositions.has(words[art - 1]!.lower) &&
    noun &&
    gap(from - 1, from) === ' ' &&
    words.slice(art + 1, from).every((w) => !NOT_A_NOUN.test(w.lower)) &&
    /^\p{Ll}{3,}$/u.test(noun.text) &&
    !isRolePhrase(noun.lower)
  )
    return { phrase: text.slice(words[art - 1]!.start, last.end), at: words[art - 1]!.start };
  return null;
}

/**
 * A pronoun, a name (capitalised words with particles, "of", titles: "Prime Minister Viktor Orban
 * of Hungary") or a role phrase ("the prime minister", "a spokesperson for the ministry");
 * not "due to delays" nor "the software as the company".
 */
export function looksLikeSubject(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  if (words.length > 12) return false;
  if (/^(?:he|she|they)$/iu.test(phrase)) return true;
  const nameLike = words.every(
    (w, i) =>
      /^[\p{Lu}\p{N}]/u.test(w) ||
      PARTICLES.has(w) ||
      ['of', 'for'].includes(w) ||
      // "Ben Rhodes at the White House said": "at the" and a body, like "of the".
      (w === 'at' && i > 0 && words[i + 1] === 'the') ||
      (w === 'and' && i > 0 && i < words.length - 1) ||
      (i === 0 && /^(?:the)$/iu.test(w)) ||
      (w === 'the' && i > 1 && ['of', 'at'].includes(words[i - 1]!)),
  );
  // "the indictment", "Hollis's office", "a Tunewave spokesperson": documents and voices.
  if (isVoicePhrase(phrase)) return true;
  const bare = phrase.replace(/^the\s+/iu, '');
  return (
    (nameLike && /^[\p{Lu}\p{N}]/u.test(bare) && !/^the$/iu.test(phrase)) ||
    isRolePhrase(phrase.toLowerCase())
  );
}

/**
 * "the studio said", "the veterans group said": an organisation's generic noun (`k`, the tag's
 * subject word) keeps its article, so that quotes/speakers can tell it refers back to one named
 * before; so does a plural possessive before it ("the correspondents' association said"), and one
 * name between "the" and the noun ("the Trump campaign said": quotes/voices names the body after
 * the person, or nobody). Null when the noun has no "the".
 */
export function bodyPhrase(text: string, words: Word[], k: number): { phrase: string; at: number } | null {
  const gap = (a: number, b: number): string => text.slice(words[a]!.end, words[b]!.start);
  const end = words[k]!.end;
  let j = k;
  while (
    j > 0 &&
    k - j < 2 &&
    (gap(j - 1, j) === ' ' || (/^['’] $/u.test(gap(j - 1, j)) && /s$/u.test(words[j - 1]!.text))) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(words[j - 1]!.text) &&
    words[j - 1]!.lower !== 'the'
  )
    j--;
  if (j > 0 && gap(j - 1, j) === ' ' && words[j - 1]!.lower === 'the')
    return { phrase: text.slice(words[j - 1]!.start, end), at: words[j - 1]!.start };
  if (
    j === k &&
    j > 1 &&
    gap(j - 1, j) === ' ' &&
    gap(j - 2, j - 1) === ' ' &&
    isCapitalised(words[j - 1]!) &&
    words[j - 2]!.lower === 'the'
  )
    return { phrase: text.slice(words[j - 2]!.start, end), at: words[j - 2]!.start };
  return null;
}
