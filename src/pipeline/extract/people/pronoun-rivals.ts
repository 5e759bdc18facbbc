/**
 * people/pronoun-rivals: two more reasons a "he"/"she" found by position is not surely the one
 * meant, found on a fresh sample of un-annotated corpus articles (speaker audit round 20).
 *
 * In:  the People index, the candidate, where its mention stands and where the pronoun stands.
 * Out: true when the pronoun should name nobody:
 *  - the candidate is a name the body only ever writes right after "the" ("according to the
 *    Harvard Crimson", "obtained by the Crimson"): a paper or a body, whatever its first word
 *    looks like as a given name; people's names take no article (a title sits between: "the Rev.");
 *  - the candidate last spoke paragraphs ago (or never) while someone else of the pronoun's gender
 *    spoke in this paragraph or the one before ("Jadwat said the president …. Trump can try …"
 *    then "…," he added): the nearer subject and the nearer speaker compete; nobody;
 *  - the candidate opens a clause that a pronoun of this gender reports ("He said Nasser Makarem
 *    Shirazi … had generated …" then "…," he said): the reporting "he" is someone else, who goes
 *    on speaking (a wrong name of the tune half of the hand gold);
 *  - someone unnamed, by a post the candidate does not hold, spoke in between (""…," the former
 *    senior JAG says." then ""…," he says" is the JAG's, not Bergdahl's, named before).
 */
import type { People, Person } from '../people.ts';

const block = (at: number): number => Math.floor(at / 1_000_000);

/** The few characters of the body right before a global position. */
function before(people: People, at: number, width: number): string {
  const text = people.paragraphs[block(at) - people.contextCount] ?? '';
  const offset = at % 1_000_000;
  return text.slice(Math.max(0, offset - width), offset);
}

/** Every mention of the candidate so far sits right after "the": a body's name, not a person's. */
function onlyAfterThe(people: People, person: Person, to: number): boolean {
  const bodyStart = people.contextCount * 1_000_000;
  const seen = people.mentions.filter((m) => m.person === person && m.pos >= bodyStart && m.pos < to);
  return seen.length > 0 && seen.every((m) => /(?:^|[^\p{L}])[Tt]he\s+$/u.test(before(people, m.pos, 5)));
}

/** Someone else of this gender spoke nearer than the candidate's own last words. */
function nearerSpeaker(people: People, person: Person, from: number, to: number, wanted: 'm' | 'f'): boolean {
  if (block(from) >= block(to)) return false;
  const lo = (block(to) - 1) * 1_000_000;
  const spokeNear = people.mentions.some((m) => m.person === person && m.speaks && m.pos >= lo && m.pos < to);
  if (spokeNear) return false;
  return people.mentions.some(
    (m) => m.pos >= lo && m.pos < to && m.person !== person && m.person.gender === wanted && m.speaks,
  );
}

/** "He said " / "she added that " (then up to three capitalised words) ending the text before a name. */
const reportTail = (pronoun: string): RegExp =>
  new RegExp(
    `(?:^|[^\\p{L}])${pronoun}\\s+(?:also\\s+)?(?:said|says|added|adds|claimed|argued|insisted|noted|wrote)\\s+(?:that\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`,
    'u',
  );
const REPORTED = { m: reportTail('[Hh]e'), f: reportTail('[Ss]he') };

/** The candidate opens a clause that a "he"/"she" of this gender reports ("He said Shirazi had …"). */
const reportedByPronoun = (people: People, from: number, wanted: 'm' | 'f'): boolean =>
  REPORTED[wanted].test(before(people, from, 60));

/** "…," the former senior JAG says.: a tag after a quote naming someone by a post (its last word). */
const POST_AFTER_QUOTE =
  /["”’]\s*,?\s+(?:the|a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|explains)\b/gu;

/**
 * Someone unnamed, by a post the candidate does not hold, spoke between the two, in a paragraph
 * where the candidate did not speak (""…," the real estate mogul said" may be the candidate's own
 * words, credited to them by the tag reader).
 */
function unnamedSpoke(people: People, person: Person, from: number, to: number): boolean {
  const held = new Set([...person.roles].map((r) => r.split(' ').at(-1)!));
  for (let b = block(from); b <= block(to); b++) {
    if (people.mentions.some((m) => m.person === person && m.speaks && block(m.pos) === b)) continue;
    const text = people.paragraphs[b - people.contextCount] ?? '';
    const part = text.slice(
      b === block(from) ? from % 1_000_000 : 0,
      b === block(to) ? to % 1_000_000 : text.length,
    );
    for (const m of part.matchAll(POST_AFTER_QUOTE)) if (!held.has(m[1]!.toLowerCase())) return true;
  }
  return false;
}

/** True when the pronoun at `to` should not name `person` (see the header). */
export function rivalled(
  people: People,
  person: Person,
  from: number,
  to: number,
  wanted: 'm' | 'f',
): boolean {
  return (
    onlyAfterThe(people, person, to) ||
    nearerSpeaker(people, person, from, to, wanted) ||
    reportedByPronoun(people, from, wanted) ||
    unnamedSpoke(people, person, from, to)
  );
}
