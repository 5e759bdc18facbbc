/**
 * extract/people/kin-surnames: relatives introduced by a first name alone after a bearer's
 * possessive ("Rev. Billy Graham's son Franklin responded") -> the surnames they share.
 *
 * In:  the article's blocks (context texts, then body paragraphs) and how many are context.
 * Out: each introduction (surname, first name, position). people.ts makes the relative a person
 *      ("Franklin Graham") and reads a bare "Graham" after it as someone other than the full name
 *      given before (`distinct`): "Graham wrote" stays "Graham" and a later "he" follows it or
 *      the son, never the father.
 * Only kin who usually bear the owner's surname by birth or marriage (the list kin-voice.ts uses
 * for "Tanner's widow, Marina" too).
 */

import type { Gender } from './agreement.ts';

/** The fields of people.ts's Person this module fills (a Person fits it). */
interface KinPerson {
  name: string;
  gender: Gender;
  roles: Set<string>;
  evidence: boolean;
  introduced: number;
}

/** Kin who usually bear the owner's surname. */
export const SAME_SURNAME = /^(?:widow|widower|wife|husband|son|daughter|brother|sister)$/u;

/** "Graham's son Franklin", "Tanner's widow, Marina,": a first name not followed by a surname. */
const KIN_FIRST =
  /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}-]+)['’]s?\s+(?:(?:late|older|younger|elder|eldest|youngest|oldest|twin)\s+)?(widow|widower|wife|husband|son|daughter|brother|sister),?\s+(\p{Lu}\p{Ll}+)(?![\p{L}])(?!\s+\p{Lu})/gu;

/** A relative introduced by a first name: the shared surname, the first name, where it stands. */
export interface KinFirst {
  surname: string;
  first: string;
  /** Global position of the first name (see people.ts position()). */
  pos: number;
  /** A verb follows the first name ("son Franklin responded"): the sentence's subject. */
  subject: boolean;
}

/** Every kin-by-first-name introduction of a bearer's relative in the body, in reading order. */
export function kinFirstNames(blocks: string[], contextCount: number): KinFirst[] {
  const found: KinFirst[] = [];
  blocks.forEach((text, b) => {
    if (b < contextCount || !/['’]s?\s/u.test(text)) return;
    for (const m of text.matchAll(KIN_FIRST)) {
      const at = m.index + m[0].length - m[3]!.length;
      const subject = /^\s+\p{Ll}+(?:ed|s|d)\b/u.test(text.slice(at + m[3]!.length));
      found.push({ surname: m[1]!, first: m[3]!, pos: b * 1_000_000 + at, subject });
    }
  });
  return found;
}

/**
 * The relative is a person of that surname ("Franklin Graham", evidence: the kin noun) from where
 * the body introduces them, when someone of that surname is named in full.
 */
export function addKinPersons(
  kin: KinFirst[],
  persons: KinPerson[],
  byName: Map<string, KinPerson>,
  genderOf: (name: string) => Gender,
): void {
  for (const k of kin) {
    const name = `${k.first} ${k.surname}`;
    if (byName.has(name) || !persons.some((p) => p.name.endsWith(` ${k.surname}`))) continue;
    const person: KinPerson = {
      name,
      gender: genderOf(name),
      roles: new Set(),
      evidence: true,
      introduced: k.pos,
    };
    byName.set(name, person);
    persons.push(person);
  }
}
