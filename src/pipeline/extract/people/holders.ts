/**
 * extract/people/holders: which of several holders of a role a role noun stands for.
 *
 * In:  the People index, the holders the body named before the tag, the tag's position.
 * Out: the one holder the text is about (salientHolder), or null; and the offices a generic
 *      "the lawmaker" may stand for (LEGISLATORS). Used by people/resolve.ts.
 */
import type { People, Person } from '../people.ts';

/** The offices "the lawmaker" may stand for ("Rep." is kept as written: "rep"). */
export const LEGISLATORS = [
  'senator',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'lawmaker',
  'legislator',
];

/** "the Vermont lawmaker", "the legislator": a role whose head is a generic member of a legislature. */
export const isLegislator = (role: string): boolean =>
  /^(?:lawmaker|legislator)$/u.test(role.split(' ').at(-1)!);

/**
 * Several holders of the role: the one the text is about when the tag comes. The last mention of
 * any holder must be that holder as a sentence subject, in the tag's paragraph or the one before,
 * with no other holder in its sentence ("Trump, who …, announced …" after "created by President
 * Obama", then "…," the president tweeted). The most recent holder alone, subject or not, was as
 * often wrong as right (round 3's corpus audit), so anything less names nobody.
 */
export function salientHolder(
  people: People,
  holders: Person[],
  bodyStart: number,
  pos: number,
): Person | null {
  const mentions = people.mentions.filter(
    (m) => m.pos >= bodyStart && m.pos < pos && holders.includes(m.person),
  );
  const last = mentions.at(-1);
  if (!last || !last.subject || !last.person.evidence) return null;
  if (Math.floor(pos / 1_000_000) - Math.floor(last.pos / 1_000_000) > 1) return null;
  const sameSentence = mentions.filter((m) => m.sentence !== undefined && m.sentence === last.sentence);
  return sameSentence.every((m) => m.person === last.person) ? last.person : null;
}
