/**
 * quotes/outlet-noun: "the paper reported", "the newspaper says", "The wire service adds" -> the
 * one news outlet in reach (ANNOTATION.md: another outlet's reporting quoted as such → that outlet).
 *
 * In:  the tag subject as written, its position and the People index (masked body paragraphs).
 * Out: the outlet as an organisation Speaker, or null. Reach is the tag's paragraph up to the tag
 *      and the paragraph before: a reader takes "the paper" for the outlet named just before, and
 *      only when exactly one is named there. An outlet is a name the body writes with a newspaper's
 *      word ("The Harbor Times", "The Globe and Mail", "Stars and Stripes"), one it calls a
 *      newspaper ("Stars and Stripes, the military newspaper", "the newspaper al-Watan"), or a wire
 *      agency (Associated Press, Reuters, AFP) — for "the wire service"/"the news agency" only those
 *      and ones the body calls so ("IRNA, the state news agency").
 * An article that speaks of a paper as writing ("a white paper", "the paper, published in …",
 * "a paper in Nature") gives nobody for "the paper": the study may be meant.
 */
import { key, position, type People, type Person } from '../people.ts';
import { FIRST_NAMES } from '../people/lexicon.ts';
import type { Speaker } from '../people/resolve.ts';
import type { Word } from './tag-words.ts';

/** The tag's subject: the noun for a newspaper or a wire agency, after up to two modifiers. */
const OUTLET_NOUN =
  /^the\s+(?:[\p{Ll}-]+\s+){0,2}?(paper|newspaper|daily|tabloid|wire service|news agency|wire agency)$/iu;
/** A name: capitalised words, "and"/"of"/"&" inside ("The Globe and Mail", "Stars and Stripes"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:and|of|&)\s+)?\p{Lu}[\p{L}.'’-]*){0,4}`;
const NEWSPAPER_WORDS =
  /(?:^|\s)(?:Times|Post|Journal|Tribune|Herald|Gazette|Daily|Globe|Star|Stripes|Press|Mail|Telegraph|Guardian|Chronicle|Examiner|Inquirer|Observer|Courier|Sun|Ledger|Bulletin|Dispatch)$/u;
const WIRES = /^(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|UPI|United Press International)$/u;
const NAMES = new RegExp(`(?:The\\s+)?(${NAME})`, 'gu');
/** "X, the military newspaper", "the newspaper X": the body says what the name is. */
const CALLED = new RegExp(
  String.raw`(?:The\s+)?(${NAME}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(newspaper|paper|daily|tabloid|wire service|news agency)\b|\b(newspaper|daily|tabloid|news agency)\s+(?:The\s+)?(${NAME})`,
  'gu',
);
const STUDY_PAPER =
  /\b(?:white|research|working|scientific)\s+paper\b|\ba paper\b|\bpaper,?\s+(?:was\s+)?published\b/iu;

/** A noun "the paper said" may stand on (the tag reader keeps its "the"). */
export const isOutletNoun = (word: string): boolean => /^(?:paper|newspaper|daily|tabloid)$/u.test(word);

/**
 * "The newspaper reports: "…"", "the paper reported that "…"": a report verb before a quote (read
 * only after it elsewhere, quotes/attribution AFTER_ONLY_VERBS) right after "the paper", with a
 * colon or "that" next.
 */
export function outletReports(text: string, words: Word[], i: number): boolean {
  const w = words[i]!;
  if (!/^report(?:s|ed)$/u.test(w.text) || !isOutletNoun(words[i - 1]?.lower ?? '')) return false;
  if (words[i - 2]?.lower !== 'the' && words[i - 3]?.lower !== 'the') return false;
  return /^\s*:/u.test(text.slice(w.end)) || words[i + 1]?.lower === 'that';
}

/**
 * "Reuters said", "Reuters reported:", "AP says": a wire agency named alone is the agency, even
 * opening a sentence (where a lone capitalised word is otherwise no name, people/spelling-variant).
 */
export function wireVoice(people: People, np: string, pos: number): Speaker | null {
  const name = clean(np.trim());
  if (!WIRES.test(name)) return null;
  people.organisations.push({ name, pos });
  return { name, person: null, kind: 'organisation' };
}

/** "The Globe and Mail", "Stars and Stripes": a name closing with a newspaper's word. */
export const isOutletName = (name: string): boolean => NEWSPAPER_WORDS.test(name.trim());

const clean = (name: string): string => name.replace(/^The\s+/u, '').replace(/['’]s?$/u, '');

/** "the paper said" -> the one outlet named in the tag's paragraph before it or the paragraph before. */
export function outletVoice(people: People, np: string, pos: number): Speaker | null {
  const noun = OUTLET_NOUN.exec(np)?.[1]?.toLowerCase();
  if (!noun) return null;
  const wire = /agency|service/u.test(noun);
  const block = Math.floor(pos / 1e6) - people.contextCount;
  if (block < 0 || pos < position(people, 0, 0)) return null;
  if (noun === 'paper' && people.paragraphs.some((p) => STUDY_PAPER.test(p))) return null;
  const reach = `${people.paragraphs[block - 1] ?? ''}\n${(people.paragraphs[block] ?? '').slice(0, pos % 1e6)}`;
  const called = new Set<string>();
  for (const m of reach.matchAll(CALLED)) {
    const kind = (m[2] ?? m[3])!.toLowerCase();
    if (/agency|service/u.test(kind) === wire) called.add(clean((m[1] ?? m[4])!));
  }
  const outlets: string[] = [];
  // A period after a small letter ends a sentence inside a run ("… the Times. The Ledger …").
  const names = [...reach.matchAll(NAMES)].flatMap((m) => m[1]!.split(/(?<=\p{Ll})\.\s+(?:The\s+)?/u));
  for (const run of names) {
    const name = clean(run);
    const outlet = called.has(name) || WIRES.test(name) || (!wire && NEWSPAPER_WORDS.test(name));
    // "Actor Heath Ledger", "Emily Post": a person the index gives a role ("The Harbor
    // Ledger quotes" speaks, which alone does not make it one).
    const person = (p: Person): boolean =>
      (p.name === name || name.endsWith(` ${p.name}`)) && p.roles.size > 0;
    if (!outlet || FIRST_NAMES.has(key(name.split(' ')[0]!)) || people.persons.some(person)) continue;
    // "Times" and "New York Times" are one outlet: a name that ends another.
    const known = outlets.findIndex((o) => o === name || o.endsWith(` ${name}`) || name.endsWith(` ${o}`));
    if (known < 0) outlets.push(name);
    else if (name.length > outlets[known]!.length) outlets[known] = name;
  }
  if (outlets.length !== 1) return null;
  const name = outlets[0]!;
  people.organisations.push({ name, pos });
  return { name, person: null, kind: 'organisation' };
}
