/**
 * extract/people/holders: which of several holders of a role a role noun stands for.
 *
 * In:  the People index, the holders the body named before the tag, the tag's position.
 * Out: the one holder the text is about (salientHolder), or null; the offices a generic "the
 *      lawmaker" may stand for (LEGISLATORS); whether a role naming a state ("the Kentucky
 *      senator") contradicts the states the body gives a holder (otherState). Used by
 *      people/resolve.ts.
 */
import type { People, Person } from '../people.ts';
import { US_STATE_PAIRS } from '../../../lib/lexicon/us-states.ts';

const STATE_OF = new Map(US_STATE_PAIRS);
const STATE_NAMES = [...new Set(STATE_OF.values())].sort((a, b) => b.length - a.length); // "West Virginia" before "Virginia"
/** A state's name in a phrase, longest first (built once). */
const STATE_IN_PHRASE = new RegExp(`(?<![\\p{L}])(${STATE_NAMES.join('|')})(?![\\p{L}])`, 'iu');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

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

/**
 * "The Kentucky senator" for a holder the body ties only to other states ("Senator Ted Cruz of
 * Texas", "Rand Paul, R-Ky.", "Cruz, a Texas Republican", "Arizona Sen. John McCain"): not that
 * holder. False when the phrase names no state or the body gives the holder none.
 */
export function otherState(people: People, phrase: string, holder: Person): boolean {
  const wanted = STATE_IN_PHRASE.exec(phrase)?.[1]?.toLowerCase();
  if (!wanted) return false;
  const surname = escape(holder.name.split(' ').at(-1)!);
  const state = `(${STATE_NAMES.join('|')})`;
  const patterns = [
    new RegExp(`${surname}\\s+(?:of|from)\\s+${state}(?![\\p{L}])`, 'gu'),
    new RegExp(`${surname},\\s+(?:(?:a|an|the)\\s+)?${state}\\s+(?:Republican|Democrat|Independent)`, 'gu'),
    new RegExp(
      `${state}\\s+(?:Sen\\.|Senator|Rep\\.|Gov\\.|Governor|Republican|Democrat)\\s+(?:\\p{Lu}\\S*\\s+){0,2}${surname}`,
      'gu',
    ),
  ];
  const tagged = new RegExp(`${surname}(?:,\\s+|\\s+\\()[RDI]-([\\p{L}.]+?)\\.?(?=[,)])`, 'gu');
  const states = new Set<string>();
  for (const text of people.paragraphs) {
    for (const re of patterns) for (const m of text.matchAll(re)) states.add(m[1]!);
    for (const m of text.matchAll(tagged)) {
      const named = STATE_OF.get(m[1]!) ?? STATE_OF.get(`${m[1]!}.`);
      if (named) states.add(named);
    }
  }
  return states.size > 0 && ![...states].some((x) => x.toLowerCase() === wanted);
}
