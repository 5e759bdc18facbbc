/**
 * quotes/kin-voice: a kin noun as a tag's subject ("the brother said", "his widow said") -> the
 * person the body introduced with that relation before the tag.
 *
 * In:  the subject phrase as written, the People index and the tag's position.
 * Out: Speaker | null. Introductions read, in the body before the tag (quotes are masked there):
 *      "his brother Malek Tanner", "Ann Ruiz's widow, Clara Ruiz", "Clara Ruiz, his widow,",
 *      "Clara Ruiz, the victim's widow". Only when exactly one person named in full was introduced
 *      with that noun: two brothers, or a first name alone, leave the tag to nobody.
 */
import type { People } from '../people.ts';
import type { Speaker } from '../people/resolve.ts';

const KIN =
  'widow|widower|wife|husband|mother|father|son|daughter|sister|brother|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|stepfather|stepmother|stepson|stepdaughter|fiancée?|fiancé|girlfriend|boyfriend';

/** "the brother", "his widow", "her older sister", "the victim's father" is not read (whose?). */
const KIN_SUBJECT = new RegExp(
  `^(?:the|his|her|their)\\s+(?:(?:late|older|younger|elder|eldest|youngest|twin|oldest)\\s+)?(${KIN})$`,
  'iu',
);

/** Whether a subject phrase is a kin noun ("the brother", "his widow"). */
export const isKinSubject = (np: string): boolean => KIN_SUBJECT.test(np.trim());

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}`;
const OWNER = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|the\s+\p{Ll}+['’]s?|\p{Lu}[\p{L}\p{M}'’-]*['’]s?)`;
const MODIFIERS = String.raw`(?:[\p{Ll}\d-]+\s+){0,2}`;

/** "his brother Malek Tanner", "Ann Ruiz's widow, Clara Ruiz": the name after the noun. */
const kinThenName = (kin: string): RegExp =>
  new RegExp(`\\b${OWNER}\\s+${MODIFIERS}(?:${kin}),?\\s+(${NAME})`, 'gu');
/** "Clara Ruiz, his widow,", "Clara Ruiz, 54, the victim's widow": the noun in apposition. */
const nameThenKin = (kin: string): RegExp =>
  new RegExp(`(${NAME}),\\s+(?:\\d+,\\s+)?${OWNER}\\s+${MODIFIERS}(?:${kin})\\b`, 'gu');

/** The one person named in full with this kin noun before `pos`, or null. */
export function kinVoice(people: People, np: string, pos: number): Speaker | null {
  const m = KIN_SUBJECT.exec(np);
  if (!m) return null;
  const kin = m[1]!.toLowerCase().replace(/^fianc.*$/u, 'fiancée?|fiancé');
  const last = Math.floor(pos / 1_000_000) - people.contextCount;
  const found = new Set<People['persons'][number]>();
  for (let p = 0; p <= last && p < people.paragraphs.length; p++) {
    const text = p === last ? people.paragraphs[p]!.slice(0, pos % 1_000_000) : people.paragraphs[p]!;
    for (const re of [kinThenName(kin), nameThenKin(kin)]) {
      for (const hit of text.matchAll(re)) {
        const at = hit.index + hit[0].indexOf(hit[1]!);
        const base = (people.contextCount + p) * 1_000_000;
        // The index's mention at the name: who it is, full name and all.
        const mention = people.mentions.find((x) => x.pos >= base + at && x.pos < base + at + hit[1]!.length);
        if (!mention) return null;
        found.add(mention.person);
      }
    }
  }
  const [person] = found;
  if (found.size !== 1 || !person || !/\s/u.test(person.name)) return null;
  return { name: person.name, person, kind: 'person', via: 'kin' };
}
