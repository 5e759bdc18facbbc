/**
 * quotes/kin-voice: a kin noun as a tag's subject ("the brother said", "his widow said") -> the
 * person the body introduced with that relation before the tag.
 *
 * In:  the subject phrase as written, the People index and the tag's position.
 * Out: Speaker | null. Introductions read, in the body before the tag (quotes are masked there):
 *      "his brother Malek Tanner", "Ann Ruiz's widow, Clara Ruiz", "Clara Ruiz, his widow,",
 *      "Clara Ruiz, the victim's widow". Only when exactly one person named in full was introduced
 *      with that noun: two brothers leave the tag to nobody. A first name alone takes the owner's
 *      surname when the owner is named in full ("Ivan Tanner's widow, Marina" / "Tanner's widow,
 *      Marina", "Tanner was Muslim, his brother Malek" -> Marina Tanner, Malek Tanner); only for kin
 *      who share a surname by birth or marriage (not mothers, aunts, partners: often another name).
 */
import { surnameOf, type People, type Person } from '../people.ts';
import type { Speaker } from '../people/resolve.ts';
import { SAME_SURNAME } from '../people/kin-surnames.ts';

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
  const found = new Set<People['persons'][number] | string>();
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
      if (!SAME_SURNAME.test(kin)) continue;
      for (const hit of text.matchAll(kinThenFirst(kin))) {
        const named = firstNameKin(people, p, hit.index, hit[1]!, hit.index + hit[0].length - hit[2]!.length);
        if (!named) return null;
        found.add(named);
      }
    }
  }
  const [one] = found;
  if (found.size !== 1 || !one) return null;
  if (typeof one === 'string') return { name: one, person: null, kind: 'person', via: 'kin' };
  if (!/\s/u.test(one.name)) return null;
  return { name: one.name, person: one, kind: 'person', via: 'kin' };
}

/**
 * A bare first name as a tag's subject, introduced right before as kin ("Tanner's widow, Marina,
 * said") -> the first name with the owner's surname (see firstNameKin), or null.
 */
export function kinFirstVoice(people: People, np: string, pos: number): Speaker | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(np)) return null;
  const p = Math.floor(pos / 1_000_000) - people.contextCount;
  const text = people.paragraphs[p];
  if (text === undefined) return null;
  const at = pos % 1_000_000;
  const window = Math.max(0, at - 80);
  const m = new RegExp(`\\b(${OWNER})\\s+(${KIN}),?\\s+$`, 'u').exec(text.slice(window, at));
  if (!m) return null;
  // The first name is the relative's: when it cannot be named, nobody (not "Sir Ian Marina", a
  // surname the index knows).
  const nobody: Speaker = { name: null, person: null, kind: null, via: 'kin' };
  if (!SAME_SURNAME.test(m[2]!)) return nobody;
  const named = firstNameKin(people, p, window + m.index, m[1]!, at);
  if (!named) return nobody;
  if (typeof named !== 'string') return { name: named.name, person: named, kind: 'person', via: 'kin' };
  // A person made of the first name and the owner's surname, of the kin noun's gender, so that a
  // later "she said" can be the widow who spoke here (quotes.ts records her as a speaker).
  const person: Person = {
    name: named,
    gender: /^(?:widow|wife|daughter|sister)$/u.test(m[2]!) ? 'f' : 'm',
    roles: new Set(),
    evidence: true,
    introduced: pos,
  };
  people.persons.push(person);
  return { name: named, person, kind: 'person', via: 'kin' };
}

const FIRST = String.raw`(\p{Lu}\p{Ll}+)`;
/** "Tanner's widow, Marina," / "his brother Malek told": a first name alone after the noun. */
const kinThenFirst = (kin: string): RegExp =>
  new RegExp(`\\b(${OWNER})\\s+(?:${kin}),?\\s+${FIRST}(?=,|\\s+\\p{Ll})`, 'gu');

/**
 * The first name `first` at `at` of paragraph `p`, introduced as the kin of `owner`, with the
 * owner's surname ("Marina Tanner"), or a person the index knows by that full name. Null unless
 * the kin noun shares a surname, the owner is one person named in full ("his": the only person
 * named earlier in the sentence), and the first name is no one else's name in the article.
 */
function firstNameKin(
  people: People,
  p: number,
  from: number,
  owner: string,
  at: number,
): People['persons'][number] | string | null {
  const text = people.paragraphs[p]!;
  const first = /^\p{Lu}\p{Ll}+/u.exec(text.slice(at))![0];
  const base = (people.contextCount + p) * 1_000_000;
  const sentence = Math.max(text.lastIndexOf('. ', from), text.lastIndexOf('\u201d ', from), -1) + 1;
  const before = people.mentions.filter(
    (m) => m.pos >= base + sentence && m.pos < base + from + owner.length,
  );
  const owners = new Set(before.map((m) => m.person));
  const possessive = /['’]s?$/u.test(owner);
  if (owners.size < 1) return null;
  const [person] = possessive
    ? [...owners].filter((o) => surnameOf(o.name) === owner.replace(/['’]s?$/u, ''))
    : owners.size === 1
      ? [...owners]
      : [];
  if (!person || !/\s/u.test(person.name)) return null;
  // "Malek" the surname or first name of someone else the article names: not this reading.
  if (
    people.persons.some(
      (o) =>
        o !== person && o.name.split(' ').includes(first) && o.name !== `${first} ${surnameOf(person.name)}`,
    )
  )
    return null;
  const name = `${first} ${surnameOf(person.name)}`;
  return people.persons.find((o) => o.name === name) ?? name;
}
