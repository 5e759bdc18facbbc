/**
 * quotes/body-in-reach: "the group said", "the studio said:", "The watchdog group accused" when the
 * older readings found no organisation of that noun (quotes/speakers organisationByNoun) -> the one
 * organisation named in reach, as a reader takes it.
 *
 * In:  the tag subject as written, its position and the People index (masked body paragraphs).
 * Out: an organisation Speaker, or null. Reach is the tag's paragraph before the tag and the
 *      paragraph before it. An organisation there is a name the body already treats as one (it spoke,
 *      the body says what it is, or its words make it one: "Center", "Foundation", an acronym), never
 *      an outlet, a court, a government department or a school (a group is none of these; a studio
 *      is a company or a studio by name or by what the body called it). Two or more such names, or
 *      none: nobody.
 */
import { position, type People } from '../people.ts';
import { looksLikeOrganisation, type Speaker } from '../people/resolve.ts';
import { isOutletName } from './outlet-noun.ts';

/** The tag's subject: a group's or a studio's noun after up to two modifiers ("the watchdog group"). */
const GROUP_NOUN =
  /^the\s+(?:[\p{Ll}-]+\s+){0,2}?(group|studio|organization|organisation|nonprofit|charity)$/iu;
/** A name: capitalised words, "of"/"for"/"and"/"&" inside ("Club for Growth"). */
const NAMES = /(?:The\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&.'’-]*){0,5})/gu;
/** Last words of bodies that are no group: government, courts, police, schools, places. */
const NOT_A_GROUP =
  /\s(?:Department|Court|Police|Ministry|Agency|Office|Bureau|Administration|Senate|House|Congress|Committee|Commission|Council|Party|Army|Navy|Government|University|College|School|District|City|County|State|Service|Board|Patrol)$/u;
/** A studio by its name. */
const STUDIO_NAME = /\s(?:Studios?|Pictures|Entertainment|Television|Films?|Productions)$/u;

/** "the group said" -> the one organisation named in reach, or null. */
export function bodyInReach(people: People, np: string, pos: number): Speaker | null {
  const noun = GROUP_NOUN.exec(np)?.[1]?.toLowerCase();
  if (!noun) return null;
  const block = Math.floor(pos / 1e6) - people.contextCount;
  if (block < 0 || pos < position(people, 0, 0)) return null;
  const reach = `${people.paragraphs[block - 1] ?? ''}\n${(people.paragraphs[block] ?? '').slice(0, pos % 1e6)}`;
  const known = (name: string): boolean =>
    people.organisations.some((o) => o.name === name && o.pos < pos) ||
    people.typed.some((t) => t.name === name) ||
    people.declared.some((d) => d.name === name);
  const found: string[] = [];
  // A period after a small letter ends a sentence inside a run ("… the Center. The Fund …").
  const runs = [...reach.matchAll(NAMES)].flatMap((m) => m[1]!.split(/(?<=\p{Ll})\.\s+(?:The\s+)?/u));
  for (const run of runs) {
    const name = run.replace(/^The\s+/u, '').replace(/['’]s?$/u, '');
    if (!name.includes(' ') && !known(name)) continue; // a lone capitalised word opens sentences
    const studio = STUDIO_NAME.test(` ${name}`);
    if (!(known(name) || looksLikeOrganisation(name) || (noun === 'studio' && studio))) continue;
    if (isOutletName(name) || people.persons.some((p) => p.name === name && p.roles.size > 0)) continue;
    if (noun === 'studio' ? !studio && !known(name) : NOT_A_GROUP.test(` ${name}`)) continue;
    if (!found.some((f) => f === name || f.endsWith(` ${name}`) || name.endsWith(` ${f}`))) found.push(name);
  }
  if (found.length !== 1) return null;
  people.organisations.push({ name: found[0]!, pos });
  return { name: found[0]!, person: null, kind: 'organisation' };
}
