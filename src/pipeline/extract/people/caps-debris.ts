/**
 * people/caps-debris: page debris in capitals opening a tag subject.
 *
 * In:  the People index and a tag subject phrase ("JUST WATCHED Killed", from "JUST WATCHED Killed
 *      cartoon editor in 2012: '…'"), whose words in capitals would be taken for title acronyms.
 * Out: the phrase without them, or '' when what is left is one word: words in capitals that the
 *      body also writes in lower case ("just", "watched") are a video block's or a link's label,
 *      not an office like "NATO" or "FBI" (nor are two such words or more in a row: "MUST
 *      WATCH"), and a lone capitalised word after them opens that
 *      label's text ("Killed …"), it is no name. Found on the round-20 speaker audit of
 *      un-annotated corpus articles ("Killed" named as the speaker).
 */
import type { People } from '../people.ts';

/** The word written in lower case somewhere in the body. */
export function writtenLower(people: People, word: string): boolean {
  const lower = new RegExp(
    `(?<![\\p{L}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`,
    'u',
  );
  return people.paragraphs.some((text) => lower.test(text));
}

/** A word in capitals, three letters or more, that the body also writes in lower case. */
const debris = (people: People, word: string): boolean =>
  /^\p{Lu}{3,}$/u.test(word) && writtenLower(people, word);

/** The subject phrase with leading debris in capitals dropped (see the header). */
export function withoutCapsDebris(people: People, np: string): string {
  const lead = /^(?:\p{Lu}{3,}\s+)+/u.exec(np)?.[0];
  if (!lead) return np;
  const words = lead.trim().split(/\s+/u);
  // Two or more words in capitals before a name are a label too ("MUST WATCH"), acronyms or not.
  if (words.length < 2 && !words.every((w) => debris(people, w))) return np;
  const rest = np.slice(lead.length);
  return /\s/u.test(rest.trim()) ? rest : '';
}
