/**
 * people/first-name-place: whether a lone capitalised word that opens exactly one full name
 * ("Boston" of "Boston Globe") is a place the body names on its own, not that person's first name.
 *
 * In:  the People index, the lone word, and the one full name it opens.
 * Out: true when the body writes the word after a preposition of place ("in Boston", "the city of
 *      Boston", "from Boston") with the rest of that name not following: then "the city of Boston
 *      says" and "Boston police …" are not the full name's ("Sylvia says" after "NPR's Sylvia
 *      Poggioli" still is). Found on the round-20 speaker audit of un-annotated corpus articles,
 *      where a run read as a person, "Boston Globe", took the words of the city and of its police.
 */
import type { People, Person } from '../people.ts';

/** Whether `word` is a place of the body rather than the first name of `person` (see the header). */
export function placeNotFirstName(people: People, word: string, person: Person): boolean {
  const rest = person.name.split(' ')[1] ?? '';
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const place = new RegExp(
    `(?:^|[^\\p{L}])(?:in|of|from|near|across|around|outside)\\s+${escape(word)}(?![\\p{L}'’-])(?!\\s+${escape(rest)}(?![\\p{L}]))`,
    'u',
  );
  return people.paragraphs.some((text) => place.test(text));
}
