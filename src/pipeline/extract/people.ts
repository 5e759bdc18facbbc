/**
 * extract/people: who is mentioned in one article, and who a speech-tag subject refers to.
 *
 * In:  the article's texts in reading order (headline, standfirst, captions, then body paragraphs
 *      with quoted words blanked out), via scanPeople().
 * Out: a People index: every person with full name, roles and (when the text says) gender, and
 *      every mention with its position (and sentence); resolve.ts's resolveSpeaker() turns what
 *      stands before "said" ("he", "Mr. Stoltenberg", "the secretary-general", "NATO boss") into a
 *      full name.
 *
 * Everything is read from the grammar of the article itself: a run of capitalised words is a name
 * once titles ("NATO Secretary General", "Mr.") are peeled off; appositions ("X, the minister of
 * Y") and titles give roles; honorifics, gendered role nouns, a small list of common first names
 * and same-sentence pronouns give gender. No person is known in advance. The word lists are in
 * people/lexicon.ts; parsing a capitalised run is people/names.ts, canonical roles
 * people/roles.ts; resolving a speech-tag subject to a name is people/resolve.ts.
 */

import { SPEAKS_AFTER, FEMALE_WORDS, MALE_WORDS, FIRST_NAMES, firstNameGender } from './people/lexicon.ts';
import { patternFor } from '../../lib/ascii-letters.ts';
import { key, REGNAL } from './people/names.ts';
import { rawMentions, type RawMention } from './people/mentions.ts';
import { appositionRoles, rolesBefore, rolesFromTitles } from './people/roles.ts';
import { bareEvidence, pronounGender, speakingSurnames, type Gender } from './people/agreement.ts';
import { addKinPersons, kinFirstNames } from './people/kin-surnames.ts';

/** Name and role helpers, re-exported for the quote reader and people/resolve. */
export { NAME_RUN, isAcronym, key, parseNameRun, stripPossessive, type ParsedName } from './people/names.ts';
export { canonicalRole, endsWithWords } from './people/roles.ts';

/** A person's gender as the article's own words give it (people/agreement.ts); null: not known. */
export type { Gender };

export interface Person {
  /** The fullest form of the name seen ("Jens Stoltenberg"); a bare surname when that is all. */
  name: string;
  gender: Gender;
  /** Canonical role phrases ("secretary general", "nato chief"). */
  roles: Set<string>;
  /** Something in the text says this is a person (title, honorific, first name, role, speech). */
  evidence: boolean;
  /** Global position where the article first gives this name in full (see position()). */
  introduced: number;
  /** A bare surname the body sets beside a full name of it in one sentence: someone else. */
  distinct?: boolean;
}

export interface Mention {
  person: Person;
  /** Global position: see position(). */
  pos: number;
  /** Grammatical subject rather than the object of a preposition or a possessor. */
  subject: boolean;
  /** Global position of the start of its sentence (mentions of one sentence share it). */
  sentence?: number;
  /** A speech verb follows ("Simmel said"): the subject of the sentence's speech act. */
  speaks?: boolean;
}

export interface People {
  persons: Person[];
  mentions: Mention[];
  /** Number of context texts before the body (for position()). */
  contextCount: number;
  /** The (masked) body paragraphs, for the lazily built `midSentenceCaps`. */
  paragraphs: string[];
  /** Capitalised words seen in mid-sentence somewhere: proper nouns, not "Critics" opening one. */
  midSentenceCaps: Set<string> | null;
  /** Organisations that spoke so far, in order ("the company said" refers to the latest). */
  organisations: { name: string; pos: number; voice?: string }[];
  /** Organisations the body introduces by what they are ("X, a union that …"): noun -> name. */
  declared: { name: string; noun: string; pos: number }[];
  /** Organisations with the kind the body gives them ("CNN": network), quotes/org-kinds.ts. */
  typed: { name: string; kind: string; pos: number }[];
}

/** A single ordering over context texts (first) and body paragraphs. */
export function position(people: People, paragraph: number, offset: number): number {
  return (people.contextCount + paragraph) * 1_000_000 + offset;
}

// ---------------------------------------------------------------------------------------------
// Scanning

/** Titles that tell a gender by themselves, unlike role nouns ("chairman") used for everyone. */
const HONORIFICS = new Set(['mr', 'sir', 'lord', 'baron', 'duke', 'king', 'prince', 'father', 'brother']);

/** "Her 32-year-old sister, Mayra DeJesus", "his wife Cindy": a kin noun right before a name. */
function kinGender(before: string): Gender {
  const m = /\b(\p{Ll}+),?\s*$/u.exec(before);
  if (!m) return null;
  if (/^(?:sister|wife|mother|daughter|widow|niece|aunt|grandmother|girlfriend)$/u.test(m[1]!)) return 'f';
  if (/^(?:brother|husband|father|son|widower|nephew|uncle|grandfather|boyfriend)$/u.test(m[1]!)) return 'm';
  return null;
}

/** The gender the first gendered word gives ("Ms.", "his", "mother"), or null when none does. */
export function genderFromWords(tokens: string[]): Gender {
  for (const t of tokens) {
    const k = key(t);
    if (FEMALE_WORDS.has(k)) return 'f';
    if (MALE_WORDS.has(k)) return 'm';
  }
  return null;
}

function genderFromFirstName(name: string): Gender {
  const first = key(name.split(' ')[0] ?? '');
  if (name.includes(' ')) {
    return firstNameGender(first);
  }
  return null;
}

/** Roles around one mention: from its titles, an apposition after it, role words before it. */
function rolesOf(text: string, r: RawMention): string[] {
  return [
    ...rolesFromTitles(r.parsed.titles),
    ...appositionRoles(text.slice(r.to, r.to + 200)),
    ...rolesBefore(text.slice(Math.max(0, r.from - 45), r.from)),
  ];
}

/** The last word of a name, a generational or regnal suffix aside ("John Lyke Jr." -> "Lyke"). */
export function surnameOf(name: string): string {
  const parts = name.replace(/,?\s+(?:Jr|Sr)\.?$/u, '').split(' ');
  // "Benedict XVI": a regnal number after the name.
  if (parts.length > 1 && REGNAL.test(parts.at(-1)!)) parts.pop();
  return parts[parts.length - 1]!;
}

/** "California Democrat", "South Carolina Republican": a place then a party, in apposition. */
const PARTY_APPOSITION = /^(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:Republican|Democrat|Independent)$/u;

/** A word written in lower case, whole (and its twin for ASCII text: lib/ascii-letters.ts). */
const LOWER_WORD = /(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu;
const lowerWordFor = patternFor(LOWER_WORD);

/** Index of all people in the article. `blocks`: context texts first, then masked paragraphs. */
export function scanPeople(contextTexts: string[], paragraphs: string[]): People {
  const blocks = [...contextTexts, ...paragraphs];
  // Words the article writes in lower case somewhere (common words, not names).
  // (match, not matchAll: the words alone, without a match object each.)
  const common = new Set<string>();
  for (const text of blocks) for (const word of text.match(lowerWordFor(text)) ?? []) common.add(word);
  // "Nancy Pelosi, California Democrat, said" (or "…, California Democrat and a member of …"): a
  // place and a party label in apposition is nobody,
  // and as a subject of unknown gender it kept a later "she said" from its speaker.
  const raws = blocks
    .flatMap((text, b) => rawMentions(text, b, common))
    .filter(
      (r) =>
        !(
          PARTY_APPOSITION.test(r.parsed.name) &&
          /,\s*$/u.test(blocks[r.block]!.slice(0, r.from)) &&
          /^\s*(?:,|and\s+(?:a|an|the)\s)/u.test(blocks[r.block]!.slice(r.to))
        ),
    );
  const persons: Person[] = [];
  const byName = new Map<string, Person>();
  const perSentence = new Map<string, number>();
  for (const r of raws)
    perSentence.set(`${r.block}:${r.sentence}`, (perSentence.get(`${r.block}:${r.sentence}`) ?? 0) + 1);
  const speakingBare = speakingSurnames(raws, blocks, contextTexts.length, perSentence, common);
  // "President Obama … was there with first lady Michelle Obama": a titled bare surname before a
  // full name of it in one sentence is someone else; the sentence names two people ("James Comey
  // … Comey's" after it is one, and a caption's "Christie bridge scandal – Gov. Chris Christie").
  const fullLater = new Map<string, number>();
  for (const r of raws) {
    if (!r.parsed.name.includes(' ')) continue;
    const at = `${r.block}:${r.sentence}:${surnameOf(r.parsed.name)}`;
    fullLater.set(at, Math.max(fullLater.get(at) ?? -1, r.from));
  }
  const besideFull = (r: RawMention): boolean =>
    !r.parsed.name.includes(' ') &&
    r.parsed.titles.length > 0 &&
    (fullLater.get(`${r.block}:${r.sentence}:${r.parsed.name}`) ?? -1) > r.from;
  // Every titled "President Obama" is then that someone else, wherever it stands; a gendered title
  // the full name's bearer fits ("Mrs. Obama") is still her.
  const distinctNames = new Set(raws.filter(besideFull).map((r) => r.parsed.name));
  // "Billy Graham's son Franklin" then "Graham wrote": a bare surname after a relative of its
  // bearer was introduced by a first name is someone else too (people/kin-surnames.ts).
  const kin = kinFirstNames(blocks, contextTexts.length);
  const kinShared = new Map(kin.map((k) => [k.surname, k.pos] as const).reverse());

  // Pass 1: full names (two words or more) are people in their own right.
  for (const r of raws) {
    if (!r.parsed.name.includes(' ') || byName.has(r.parsed.name)) continue;
    // "Scandal Threatens Christie" (a subhead): two or more words the body writes in lower case
    // make a run a phrase, not a name.
    const commonWords = r.parsed.name
      .split(' ')
      .filter((w) => common.has(w.toLowerCase()) && !FIRST_NAMES.has(key(w))).length;
    if (commonWords >= 2) continue;
    const person: Person = {
      name: r.parsed.name,
      gender: null,
      roles: new Set(),
      evidence: false,
      introduced: r.block * 1_000_000 + r.offset,
    };
    byName.set(person.name, person);
    persons.push(person);
  }
  // "Exchequer Harriet Okonjo" next to "Harriet Okonjo": a stray title word glued to the name.
  for (const p of [...persons]) {
    const shorter = persons.find((q) => q !== p && p.name.endsWith(` ${q.name}`));
    // "Amy Berman Jackson" next to "Berman Jackson": a first name is no stray title; the full
    // name stands for both.
    if (shorter && FIRST_NAMES.has(key(p.name.split(' ')[0]!))) {
      p.introduced = Math.min(shorter.introduced, p.introduced);
      byName.set(shorter.name, p);
      persons.splice(persons.indexOf(shorter), 1);
      continue;
    }
    if (shorter) {
      shorter.introduced = Math.min(shorter.introduced, p.introduced);
      byName.set(p.name, shorter);
      persons.splice(persons.indexOf(p), 1);
    }
  }
  addKinPersons(kin, persons, byName, genderFromFirstName);
  const surnames = new Map<string, Person>();
  for (const p of persons) {
    // "John Lyke Jr." is Lyke: a generational suffix is not the surname.
    const last = surnameOf(p.name);
    // "Bridge Scandal Threatens Christie's …" (a headline) before "Chris Christie": a bare
    // surname is the bearer with a first name (or a word the body never writes in lower case),
    // not the run that merely ends in it.
    const held = surnames.get(last);
    const named = (q: Person): boolean => {
      const first = q.name.split(' ')[0]!;
      return FIRST_NAMES.has(key(first)) || !common.has(first.toLowerCase());
    };
    if (!held || (!named(held) && named(p))) surnames.set(last, p);
  }

  const personLater = new Set(
    raws
      .filter((r) => r.block >= contextTexts.length && !r.parsed.name.includes(' '))
      .filter((r) => bareEvidence(blocks[r.block]!, r))
      .map((r) => r.parsed.name),
  );
  // Pass 2: link every mention (a bare surname to the full name), gather roles and gender.
  const mentions: Mention[] = [];
  for (const r of raws) {
    const name = r.parsed.name;
    const pos = r.block * 1_000_000 + r.offset;
    let agreed = false;
    const titleGender = genderFromWords(r.parsed.titles);
    const beside =
      !name.includes(' ') &&
      ((r.parsed.titles.length > 0 &&
        distinctNames.has(name) &&
        !(titleGender && titleGender === surnames.get(name)?.gender)) ||
        (kinShared.get(name) ?? Infinity) < pos);
    let person = name.includes(' ') || beside ? byName.get(name) : (surnames.get(name) ?? byName.get(name));
    if (!person) {
      // "Clinton said …" in one sentence, "Clinton herself joked that she …" in another: a bare
      // name the body makes both a speaker and a "she" (never "he") is a person (agreement.ts).
      agreed = r.block >= contextTexts.length && speakingBare.has(name);
      // A bare name the body makes a person later ("Sanders, who …, sought …" before "Sen.
      // Sanders") is one from its first mention: it may be what a "he" in between stands for.
      const later = r.block >= contextTexts.length && personLater.has(name);
      if (!bareEvidence(blocks[r.block]!, r) && !agreed && !later) continue;
      // "NPR's Sylvia Poggioli … Sylvia says": the first name of exactly one person named in full
      // before (and nobody's surname) is that person, not someone new.
      const byFirst = persons.filter(
        (p) =>
          p.name.includes(' ') &&
          p.name.split(' ')[0] === name &&
          p.introduced < pos &&
          (p.evidence || FIRST_NAMES.has(key(name))),
      );
      const known = byFirst.length === 1 && !persons.some((p) => surnameOf(p.name) === name);
      person = known
        ? byFirst[0]!
        : {
            name,
            gender: null,
            roles: new Set(),
            evidence: false,
            introduced: pos,
            distinct: beside || undefined,
          };
      byName.set(name, person);
      if (!known) persons.push(person);
    }
    const text = blocks[r.block]!;
    const roles = rolesOf(text, r);
    for (const role of roles) person.roles.add(role);
    // "Chairman Dianne Feinstein": a first name outweighs a male role noun used for everyone.
    const byTitle = genderFromWords(r.parsed.titles);
    const byFirst = genderFromFirstName(person.name);
    const g =
      byTitle === 'm' && byFirst === 'f' && r.parsed.titles.every((t) => !HONORIFICS.has(key(t)))
        ? byFirst
        : (byTitle ?? byFirst ?? kinGender(text.slice(Math.max(0, r.from - 30), r.from)));
    if (g && !person.gender) person.gender = g;
    // The subject of a speech verb ("Kavanaugh told …", "X, a strategist, said") is a person.
    // "The Greek defence minister, Panos Kammenos, said": a name in apposition to a role noun,
    // closed by a comma, is the subject too (not "a spokesman for Mitch McConnell, said").
    const apposed =
      /\p{Ll},\s*$/u.test(text.slice(Math.max(0, r.from - 3), r.from)) &&
      // "Nancy Pelosi, California Democrat, said": a party label is the apposition, not a name.
      !/(?:Republican|Democrat|Democratic|Independent)$/u.test(r.parsed.name) &&
      /^,\s+(?:said|says|told|tells|added|wrote)\b/u.test(text.slice(r.to, r.to + 20));
    const speaks = SPEAKS_AFTER.test(text.slice(r.to, r.to + 160)) || apposed;
    if (r.parsed.titles.length > 0 || roles.length > 0 || g || (speaks && r.subject)) person.evidence = true;
    if (!person.gender && agreed) person.gender = speakingBare.get(name)!;
    if (!person.gender && perSentence.get(`${r.block}:${r.sentence}`) === 1)
      person.gender = pronounGender(text, r);
    mentions.push({
      person,
      pos,
      subject: r.subject,
      speaks: speaks && r.subject,
      sentence: r.block * 1_000_000 + r.sentence,
    });
  }
  for (const k of kin) {
    const person = byName.get(`${k.first} ${k.surname}`);
    if (person) mentions.push({ person, pos: k.pos, subject: k.subject });
  }
  mentions.sort((a, b) => a.pos - b.pos);
  return {
    persons,
    mentions,
    contextCount: contextTexts.length,
    paragraphs,
    midSentenceCaps: null,
    organisations: [],
    declared: [],
    typed: [],
  };
}

/** Records that `person` spoke at `pos`: speakers are the likeliest antecedents of a later "he". */
export function addMention(people: People, person: Person, pos: number): void {
  person.evidence = true;
  const mention: Mention = { person, pos, subject: true, speaks: true };
  let i = people.mentions.length;
  while (i > 0 && people.mentions[i - 1]!.pos > pos) i--;
  people.mentions.splice(i, 0, mention);
}
