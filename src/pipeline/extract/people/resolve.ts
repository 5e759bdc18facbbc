/**
 * extract/people/resolve: what stands before "said" -> who spoke, against one article's People
 * index (people.ts). "he"/"she" resolve to someone the body named before, by gender, recency and
 * salience (the subject opening a sentence); role nouns ("the minister") to a body-named holder of
 * that role; surnames to the full name; capitalised organisations in their own name. Unsure: nobody.
 */
import { patternFor } from '../../../lib/ascii-letters.ts';
import type { SpeakerKind } from '../../../lib/model.ts';
import {
  NAME_RUN,
  canonicalRole,
  endsWithWords,
  genderFromWords,
  isAcronym,
  key,
  parseNameRun,
  position,
  stripPossessive,
  surnameOf,
  type People,
  type Person,
} from '../people.ts';
import { FIRST_NAMES, NOT_NAME_WORDS, NON_PERSON_WORDS, ROLE_HEADS, TITLE_WORDS, words } from './lexicon.ts';
import { WEEKDAYS } from '../../../lib/lexicon/weekdays.ts';
import { MONTH_NAMES } from '../../../lib/lexicon/months.ts';
import { resolvePronoun } from './pronouns.ts';
import { withNameWordLead } from './name-word-lead.ts';
import { withoutCapsDebris, writtenLower } from './caps-debris.ts';
import { placeNotFirstName } from './first-name-place.ts';
import { properSpelling } from './spelling-variant.ts';
import { descriptionAntecedent } from './antecedent.ts';
import { LEGISLATORS, isLegislator, otherState, salientHolder } from './holders.ts';

/** A capitalised word after a lower-case word or a comma, semicolon or quote (and its ASCII twin). */
const MID_SENTENCE_CAP = /[\p{Ll},;”"’'»“]\s+(\p{Lu}[\p{L}\p{M}-]*)/gu;
const midSentenceCapFor = patternFor(MID_SENTENCE_CAP);
/** True when `word` is capitalised in mid-sentence somewhere in the body (a proper noun). */
function capitalisedMidSentence(people: People, word: string): boolean {
  if (!people.midSentenceCaps) {
    const caps = new Set<string>();
    for (const text of people.paragraphs) {
      for (const m of text.matchAll(midSentenceCapFor(text))) caps.add(m[1]!);
    }
    people.midSentenceCaps = caps;
  }
  return people.midSentenceCaps.has(word);
}

/** Capitalised in mid-sentence somewhere and never written in lower case in the body. */
function properNoun(people: People, word: string): boolean {
  return capitalisedMidSentence(people, word) && !writtenLower(people, word);
}

/** The most recently mentioned of `candidates` before `pos`. */
function mostRecent(people: People, candidates: Person[], pos: number): Person | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.pos < pos && candidates.includes(m.person)) return m.person;
  }
  return candidates[0]!;
}

/** Words that open a capitalised run but never an organisation's name: dates, numbers, "others". */
const NOT_A_BODY = new Set([
  ...words(WEEKDAYS),
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...words('one two three four five six seven eight nine ten others several'),
]);

const PARTY_LABELS = words(
  'republican democrat democratic conservative liberal labour tory gop socialist green',
);

/** The holder of the role a phrase names; null when unsure, undefined when the body names none. */
function resolveRole(people: People, phrase: string, pos: number): Person | null | undefined {
  // "a spokesperson for the ministry" introduces someone new: never an earlier person.
  if (/^(?:a|an|one)\s/iu.test(phrase)) return null;
  const role = canonicalRole(phrase.replace(/\s+(?:of|for|at)\s+.*$/u, ''));
  if (!role) return null;
  // Only people the body has named before the tag: a role noun never points into the headline.
  const bodyStart = position(people, 0, 0);
  const named = new Set(
    people.mentions.filter((m) => m.pos >= bodyStart && m.pos < pos).map((m) => m.person),
  );
  const holding = (wanted: string): Person[] =>
    people.persons.filter((p) => named.has(p) && [...p.roles].some((r) => endsWithWords(r, wanted)));
  let matches = holding(role);
  if (matches.length === 0) {
    // "the port chief" for "the head of the Lagos port authority": drop modifiers that are not
    // themselves titles ("prime", "foreign" and "deputy" must match).
    const words = role.split(' ');
    while (words.length > 1 && !TITLE_WORDS.has(words[0]!)) words.shift();
    if (words.join(' ') !== role) matches = holding(words.join(' '));
  }
  // "the Vermont lawmaker" for "Sen. Bernie Sanders": a member of Congress by any title.
  if (matches.length === 0 && isLegislator(role)) matches = [...new Set(LEGISLATORS.flatMap(holding))];
  if (matches.length === 0) {
    // "the Republican president": a party label is no part of the office.
    const office = role.split(' ').filter((w) => !PARTY_LABELS.has(w));
    if (office.length > 0 && office.length < role.split(' ').length) matches = holding(office.join(' '));
  }
  // Exactly one holder: with two presidents named ("Obama" and "Karzai"), the most recent is as
  // often the wrong one (corpus audit: 6 right, 7 wrong), so nobody.
  // A holder of the role itself beats holders of a longer one ("the chancellor" is the
  // Chancellor, not the shadow chancellor).
  const exact = matches.filter((p) => ![...p.roles].some((r) => r !== role && r.endsWith(` ${role}`)));
  if (exact.length === 1) return exact[0]!;
  if (matches.length === 1) return matches[0]!;
  return matches.length > 1 ? salientHolder(people, matches, bodyStart, pos) : undefined;
}

/** A role phrase's holder; with none named before, whom a description stands for (antecedent.ts). */
function roleSpeaker(people: People, np: string, pos: number): Speaker {
  // "The Kentucky senator" is never a holder the body ties to another state (holders.ts).
  const fits = (p: Person | null): Person | null => (p && otherState(people, np, p) ? null : p);
  const held = resolveRole(people, np, pos);
  if (held !== undefined) return { ...personSpeaker(fits(held)), via: 'role' };
  const described = fits(descriptionAntecedent(people, np, pos));
  return { ...personSpeaker(described), via: described ? 'antecedent' : 'role' };
}

/** Whether a phrase names a role ("the foreign minister", "chief of staff") by its head noun, so it can be matched to a holder. */
export function isRolePhrase(phrase: string): boolean {
  const head = phrase
    .replace(/\s+(?:of|for|at)\s+.*$/u, '')
    .toLowerCase()
    .replace(/-/gu, ' ')
    .split(/\s+/u)
    .pop();
  return head !== undefined && ROLE_HEADS.has(head);
}

export interface Speaker {
  name: string | null;
  person: Person | null;
  /** person, organisation, document or group (several speakers); null with no name. */
  kind: SpeakerKind | null;
  /** Which voice rule resolved a subject that is no name ("statement", "network", "role"…), for the audit. */
  via?: string;
}

const personSpeaker = (person: Person | null): Speaker => ({
  name: person?.name ?? null,
  person,
  kind: person ? 'person' : null,
});

/** A capitalised run that names an organisation rather than a person ("Apple", "NATO", "Acme Corp"). */
export function looksLikeOrganisation(name: string): boolean {
  const tokens = name.split(/\s+/u);
  return tokens.some((t) => NON_PERSON_WORDS.has(key(stripPossessive(t))) || isAcronym(t));
}

/**
 * What stands in subject position of a speech verb -> the speaker's full name.
 * `pos` is where the tag is, for "nearest preceding" choices.
 */
export function resolveSpeaker(people: People, subject: string, pos: number): Speaker | null {
  // "JUST WATCHED Killed …": page debris in capitals opens no name (people/caps-debris.ts).
  const np = withoutCapsDebris(people, subject.trim().replace(/^[,;:—–-]+\s*/u, ''));
  // The length of the name itself: "X of the Federation of … Agencies" is X.
  if (!np || np.replace(/\s+(?:of|at)\s+the\s.*$/u, '').split(/\s+/u).length > 9) return null;
  if (/^(?:he|she|they)$/iu.test(np)) {
    return personSpeaker(resolvePronoun(people, np, pos));
  }
  if (/^(?:i|we|you|it|who|which|this|that)$/iu.test(np)) return null;
  // "Alabama Secretary of State John Merrill": the name closes the phrase after its office; three
  // words when the last two open with no first name ("… of State Hillary Rodham Clinton", "John Q.").
  const office = /\s(?:of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+)$/u
    .exec(np)?.[1]!
    .split(' ');
  const isFirst = (w?: string) => w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w) && FIRST_NAMES.has(key(w));
  const held = office?.slice(!isFirst(office.at(-2)) && isFirst(office.at(-3)) ? -3 : -2) ?? [];
  // "Vatican Secretary of State Cardinal Tarcisio Bertone": a title word before the two words
  // vouches for them as a name whatever the first name.
  const titled = office && TITLE_WORDS.has(key(office.at(-held.length - 1) ?? ''));
  if (office && office.length > held.length && (isFirst(held[0]) || titled))
    return resolveSpeaker(people, held.join(' '), pos);
  // "Prime Minister Viktor Orban of Hungary": the qualifier is not part of the name.
  const core = np.replace(/\s+(?:of|for|from|at|in)\s+.*$/u, '');
  // "King said" after "Rep. Peter King": a surname that is also a title word ("King", "Major",
  // "Bishop") is the one person the body has named with it in full.
  if (/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(core) && TITLE_WORDS.has(key(core))) {
    const bodyStart = position(people, 0, 0);
    const bearers = people.persons.filter(
      (p) => p.name.includes(' ') && surnameOf(p.name) === core && p.introduced < pos,
    );
    const named = bearers.filter((p) =>
      people.mentions.some((m) => m.person === p && m.pos >= bodyStart && m.pos < pos),
    );
    if (bearers.length === 1 && named.length === 1) return personSpeaker(named[0]!);
  }
  // "a WeWork spokesperson", "the port chief": a role phrase, whatever capitals it contains; "the
  // unidentified spokesman" is nobody the article names.
  if (/\s\p{Ll}[\p{Ll}-]*$/u.test(core) && isRolePhrase(core)) {
    if (/\b(?:unidentified|unnamed|anonymous)\s/iu.test(core)) return null;
    return roleSpeaker(people, np, pos);
  }
  // "the Maryland representative", "the Obama administration": a lower-case head noun that is no
  // role; the capitalised word is its modifier, not the speaker.
  if (
    /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s.*\s\p{Ll}[\p{Ll}-]*$/u.test(
      core,
    )
  )
    return null;
  // "one South African told CNN", "a Palestinian said": an indefinite person named by nationality
  // or origin, who is nobody the article names.
  if (/^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.test(core)) return null;
  const runs = [...core.matchAll(NAME_RUN)];
  const lastRun = runs[runs.length - 1];
  // "writer Will Storr told", or "Will Storr said" once the body named "Will Storr" mid-sentence.
  const known = (name: string) => people.persons.some((p) => p.name === name);
  const parsed =
    lastRun && withNameWordLead(core, lastRun.index, lastRun[0], parseNameRun(lastRun[0]), known);
  if (parsed?.name) {
    const bearers = parsed.name.includes(' ')
      ? []
      : people.persons.filter(
          (p) =>
            p.name === parsed.name || surnameOf(p.name) === parsed.name || p.name.endsWith(` ${parsed.name}`),
        );
    // "NPR's Sylvia Poggioli …" then "Sylvia says": a lone word that is the first name of exactly
    // one person named in full before, and nobody's surname, is that person.
    if (
      !parsed.name.includes(' ') &&
      parsed.titles.length === 0 &&
      bearers.every((p) => p.name === parsed.name)
    ) {
      const byFirst = people.persons.filter(
        (p) =>
          p.name.includes(' ') &&
          p.name.split(' ')[0] === parsed.name &&
          p.introduced < pos &&
          (p.evidence || FIRST_NAMES.has(key(parsed.name))),
      );
      if (byFirst.length === 1 && !placeNotFirstName(people, parsed.name, byFirst[0]!))
        return { ...personSpeaker(byFirst[0]!), via: 'first-name' };
    }
    // A bare surname is the full name only once the article has given it: "Trump told reporters"
    // paragraphs before "first daughter Ivanka Trump" is not her.
    const introduced = bearers.filter((p) => p.introduced < pos || p.name === parsed.name);
    // Two people the article has named with this surname ("Donald Trump", "Ivanka Trump"): the
    // bare surname says which only through a gendered title ("Ms. Trump"); else it stays as
    // written rather than a guess by recency. "De Blasio" inside "Bill de Blasio" is one person.
    const wanted = genderFromWords(parsed.titles);
    const fitting = introduced.filter((p) => !wanted || p.gender === null || p.gender === wanted);
    const lower = (p: Person): string => p.name.toLowerCase();
    const longest = fitting.filter(
      (p) => p.distinct || !fitting.some((q) => lower(q).endsWith(` ${lower(p)}`)),
    );
    const firsts = new Set(longest.map((p) => key(p.name.split(' ')[0]!)));
    // Two full names with this surname anywhere in the article ("Michelle Obama" now, "Barack
    // Obama" paragraphs later): the bare surname may be either, whoever was given first. A first
    // name with the same initial is as likely the same person written twice ("Ed" and "Edward
    // F. Davis", "Francois" and "François"); a run that opens with no first name ("Seating
    // Kavanaugh") is no second bearer.
    const initial = (p: Person): string => key(p.name)[0]!;
    const given = new Set(longest.map(initial));
    for (const p of bearers)
      if (
        p.name.includes(' ') &&
        FIRST_NAMES.has(key(p.name.split(' ')[0]!)) &&
        (!wanted || p.gender === null || p.gender === wanted) &&
        !given.has(initial(p)) &&
        !bearers.some((q) => lower(q).endsWith(` ${lower(p)}`))
      )
        firsts.add(key(p.name.split(' ')[0]!));
    // The surname as written names no one in full; the mention index still gets the likeliest
    // bearer, so later pronouns resolve as before.
    const asWritten = (): Speaker => ({
      name: parsed.name,
      person: mostRecent(people, bearers, pos),
      kind: 'person',
    });
    if (firsts.size > 1) return asWritten();
    const longer = people.persons.filter((p) => p.name.endsWith(` ${parsed.name}`));
    const found = parsed.name.includes(' ')
      ? (people.persons.find((p) => p.name === parsed.name) ?? (longer.length === 1 ? longer[0] : undefined))
      : mostRecent(people, fitting, pos);
    if (found) return personSpeaker(found);
    // "Mr. Obama said" where the article has given only "Michelle Obama" in full: the title says
    // it is another Obama, whose full name the article never gives; the surname as written.
    if (wanted && introduced.length > 0 && fitting.length === 0)
      return { name: parsed.name, person: null, kind: 'person', via: 'surname' };
    // Only full names given later: the surname as written, a person (it has a first name), when
    // that is surely someone's name; else nobody.
    if (bearers.length > 0) {
      const sure = bearers.some((p) => p.evidence) && capitalisedMidSentence(people, parsed.name);
      return sure ? asWritten() : { ...asWritten(), name: null, kind: null };
    }
    // A lone capitalised word is a name only if it is capitalised in mid-sentence somewhere:
    // "Critics said" / "Analysts said" opening a sentence are no names, "Evans said" is.
    // A month, a weekday or a number ("as recently as June 3 said") is nobody either, nor a word
    // the body also writes in lower case ("The 14th Amendment says" beside "an amendment").
    if (
      !parsed.name.includes(' ') &&
      parsed.titles.length === 0 &&
      (!capitalisedMidSentence(people, parsed.name) ||
        NOT_A_BODY.has(key(parsed.name)) ||
        writtenLower(people, parsed.name))
    ) {
      // "Wikileaks said" opening a sentence, where the body writes "to WikiLeaks": that one.
      const spelt =
        !NOT_A_BODY.has(key(parsed.name)) &&
        properSpelling(parsed.name, people.midSentenceCaps ?? [], (w) => properNoun(people, w));
      return spelt ? { name: spelt, person: null, kind: 'organisation' } : null;
    }
    // A name no one in the article bears in full: a lone word is an organisation ("Tunewave
    // said"; a person's surname comes with a full name somewhere in news copy).
    const lone = !parsed.name.includes(' ') && parsed.titles.length === 0;
    // "Francis, Phil says, must …": a lone first name is someone the article names in full
    // otherwise ("Philip Reeves"), not an organisation; nobody rather than a guess.
    if (lone && FIRST_NAMES.has(key(parsed.name))) return null;
    return {
      name: parsed.name,
      person: null,
      kind: lone || looksLikeOrganisation(parsed.name) ? 'organisation' : 'person',
    };
  }
  if (isRolePhrase(core) || (parsed && parsed.titles.length > 0)) {
    return roleSpeaker(people, np, pos);
  }
  // A capitalised organisation speaks in its own name: "the Kremlin", "Downing Street", "UEFA";
  // not a lone capitalised word opening a sentence ("Police said", "Critics said").
  const org =
    /^((?:[Tt]he\s+)?)(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*)$/u.exec(np);
  if (!org) return null;
  const name = org[2]!;
  // "Rep. Bill Shuster of Pennsylvania" that failed as a name is no organisation either.
  if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|Pres|Hon)\.(?:\s|$)/u.test(name))
    return null;
  // "So keep that in mind …", "Citing Malian army commander …", "Others said", "Sunday": a
  // function word, a number, a date or a participle opening the run names no organisation (a
  // function word only when the body also writes in lower case; a surname such as "Nor" stays).
  const first = name.split(/\s+/u)[0]!;
  const functionWord = NOT_NAME_WORDS.has(key(first)) && writtenLower(people, first);
  if (functionWord || NOT_A_BODY.has(key(first)) || /^\p{Lu}\p{Ll}+ing$/u.test(first)) return null;
  // A lone word speaks only as a proper noun: capitalised in mid-sentence and never written in
  // lower case ("Tunewave said" yes; "Police said", "Critics said" no).
  if (!org[1] && !name.includes(' ') && !isAcronym(name) && !properNoun(people, name)) return null;
  // "… MORE (D-Calif.) said": a word in capitals that the body also writes in lower case is page
  // debris or emphasis, not an acronym.
  if (isAcronym(name) && name.length >= 3 && writtenLower(people, name)) return null;
  return { name, person: null, kind: 'organisation' };
}
