/**
 * quotes/joint-tail: a tag subject joined by "and" whose parts do not all resolve to speakers
 * ("Democratic leaders and Pelosi said", "The Globe and Mail says") -> one speaker or nobody.
 *
 * In:  the People index, the subject phrase (capitalised, holding " and "), its position, and the
 *      organisation recorder of quotes/speakers.ts (passed in: this module is called from there).
 * Out: an organisation when the whole phrase reads as one ("Harlow and Harlow Partners"), else the
 *      last part when it is a person the body named before ("… and Pelosi" after "Nancy Pelosi"),
 *      else null. A lone capitalised last word nobody bears is the end of a name ("The Globe and
 *      Mail", "Marks and Spencer"), never a person of its own: that read "Mail" as the speaker
 *      on the round-20 audit of un-annotated corpus articles.
 */
import { surnameOf, type People } from '../people.ts';
import { looksLikeOrganisation, resolveSpeaker, type Speaker } from '../people/resolve.ts';

/** The speaker of a joint subject whose parts do not all resolve (see the header). */
export function jointTail(
  people: People,
  np: string,
  pos: number,
  organisation: (people: People, name: string, pos: number) => Speaker,
): Speaker | null {
  if (looksLikeOrganisation(np) && /^(?:[\p{Lu}][\p{L}.'’-]*|and|of|for|the)(?:\s|$)/u.test(np))
    return organisation(people, np.replace(/^The\s/u, ''), pos);
  const tail = np.slice(np.lastIndexOf(' and ') + 5);
  const last = resolveSpeaker(people, tail, pos);
  if (last?.kind !== 'person') return null;
  const lone = !/\s/u.test(tail.trim());
  const borne = people.persons.some(
    (p) => p.name !== tail && p.introduced < pos && surnameOf(p.name) === tail,
  );
  return !lone || borne ? last : null;
}
