/**
 * people/pronouns: "he", "she" or "they" in a speech tag -> the person it stands for, against one
 * article's People index, or null when the text leaves room for someone else.
 *
 * In:  the People index (people.ts), the pronoun and its position. Out: Person | null.
 * "he"/"she" go to someone the body named before, by gender, recency and salience (the subject
 * opening a sentence). Precision first: a pronoun is left unresolved when someone the index does
 * not know (or knows only as an object) comes between, or when the candidate's gender is unknown
 * and a person of the pronoun's gender is near.
 */
import {
  genderFromWords,
  key,
  parseNameRun,
  position,
  surnameOf,
  type Gender,
  type Mention,
  type People,
  type Person,
} from '../people.ts';
import { firstNameGender, NOT_NAME_WORDS, ROLE_HEADS, subordinate } from './lexicon.ts';
import { rivalled } from './pronoun-rivals.ts';

/** A name, then at once an opening mark ("Mandela “woke me up"). */
const QUOTE_AFTER_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+[“"]/u;

/** "he"/"she"/"they" at `pos` -> the person it stands for, or null when unsure. */
export function resolvePronoun(people: People, pronoun: string, pos: number): Person | null {
  // "They" is a group ("officials … they said", "the message … they say"), which is nobody's name;
  // read as one person of unknown gender it named the wrong one on every corpus case seen.
  if (!/^(?:he|him|she|her)$/iu.test(pronoun)) return null;
  const wanted: 'm' | 'f' = /^(?:he|him)$/iu.test(pronoun) ? 'm' : 'f';
  // Only the body: a headline is no antecedent ("Scrap Whitefish deal" … "he said").
  const bodyStart = position(people, 0, 0);
  let fallback: Person | null = null;
  let fallbackSubject = false;
  let fallbackPos = 0;
  /** The nearest other person it could be ("McDaniel's campaign …"), for the far-subject check. */
  let nearer: Person | null = null;
  let nearerAt = 0;
  const block = (at: number): number => Math.floor(at / 1_000_000);
  const about = new Set<Person>();
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.pos < bodyStart) break;
    if (m.pos >= pos || (m.person.gender !== null && m.person.gender !== wanted)) continue;
    // "Mandela “woke me up …,” he continued": a name the quote follows at once is what the
    // quote is about, never the "he" of the tag after it (nor any earlier mention of them).
    if (about.has(m.person)) continue;
    if (block(m.pos) === block(pos) && QUOTE_AFTER_NAME.test(textBetween(people, m.pos, pos))) {
      about.add(m.person);
      continue;
    }
    // A subject that is surely a person; else the nearest subject, or an object known to be of
    // this gender. An object of unknown gender ("the alleged Epstein victim") is no antecedent.
    if (m.subject && m.person.evidence) {
      // A subject paragraphs back, with another person named since: too unsure to name anyone.
      if (nearer && nearer !== m.person && block(pos) - block(m.pos) >= 2) return null;
      // Another sentence subject stands between (a name we cannot vouch for as a person, "Ruehl
      // has run the quarry"): the pronoun may well be that one, so name nobody rather than skip it.
      if (fallback && fallback !== m.person && fallbackSubject) return null;
      // The subject opening that sentence, not one of a reported clause: "McDaniel ran …,
      // saying Cochran has served long enough. "…," he said" is McDaniel.
      // But "Trump and Congress need to take notice, Simmel said": the subject of the speech
      // verb is the one who goes on speaking.
      let chosen = m.person;
      let at: Mention = m;
      // A pronoun in a relative clause ("Cipollone … reading a statement Nadler made … in which
      // he argued"): the nearer subject or the sentence's, the text does not say; nobody.
      if (
        /\b(?:in|under|during|with|for)\s+which\s+$|\bwhere\s+$/iu.test(
          textBetween(people, Math.max(pos - 30, block(pos) * 1_000_000), pos),
        ) &&
        people.mentions.some((x) => x.pos > m.pos && x.pos < pos && x.person !== m.person)
      )
        return null;
      for (let j = i - 1; j >= 0 && !m.speaks; j--) {
        const e = people.mentions[j]!;
        if (e.sentence === undefined || e.sentence !== m.sentence) break;
        const fits = e.person.gender === null || e.person.gender === wanted;
        // "Given the blowback Williams has received, Zurawik …": a subject inside an opening
        // subordinate clause is not the sentence's.
        if (subordinate(textBetween(people, e.sentence, e.pos))) continue;
        if (e.subject && e.person.evidence && fits) {
          chosen = e.person;
          at = e;
        }
        if (e.speaks && fits) break;
      }
      // A person of unknown gender is a weak antecedent: when someone the index does not know
      // speaks in between ("…, McRae said." then "she said"), the pronoun may be theirs.
      if (chosen.gender === null && unknownSpeakerBetween(people, chosen, m.pos, pos)) return null;
      if (doubtful(people, chosen, at.pos, pos, wanted, at.speaks === true)) return null;
      // "an editorial by Chris Cillizza in which he argues": a person named right before the
      // pronoun, with no punctuation between, is its likelier antecedent, subject or not.
      if (nearer && nearer !== chosen && nearerAt > at.pos && rightBefore(people, nearer, nearerAt, pos))
        return null;
      if (!vetted(people, chosen, at.pos, pos, wanted)) return null;
      // Being "he" or "she" once tells the gender for the rest of the article.
      chosen.gender ??= wanted;
      return chosen;
    }
    // "Shirley Whiteaker of Knoxville said she came … to support his wife Cindy McCain. "…," she
    // said": a sentence subject the index cannot vouch for, before an object of the right gender,
    // may well be the one meant.
    if (m.subject && fallback && !fallbackSubject && m.person !== fallback && m.person.gender === null)
      return null;
    if (!fallback && (m.subject || m.person.gender === wanted)) {
      if (nearer && nearer !== m.person && block(pos) - block(m.pos) >= 2) return null;
      fallback = m.person;
      fallbackSubject = m.subject;
      fallbackPos = m.pos;
    }
    if (!nearer && (m.person.evidence || m.person.gender === wanted)) {
      nearer = m.person;
      nearerAt = m.pos;
    }
  }
  if (fallback?.gender === null && unknownSpeakerBetween(people, fallback, fallbackPos, pos)) return null;
  if (fallback && doubtful(people, fallback, fallbackPos, pos, wanted, false)) return null;
  if (fallback && !vetted(people, fallback, fallbackPos, pos, wanted)) return null;
  return fallback;
}

/** Where the sentence around `pos` starts (a global position). */
function sentenceStartOf(people: People, pos: number): number {
  const b = Math.floor(pos / 1_000_000);
  const text = (people.paragraphs[b - people.contextCount] ?? '').slice(0, pos % 1_000_000);
  let at = 0;
  for (const m of text.matchAll(/[.!?]["”’]?\s+(?=["“\p{Lu}])/gu)) {
    // "Mr. Obama", "U.S. officials": the period of a title or an initial ends no sentence.
    if (
      /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev|St|Jr|Sr|\p{Lu})$/u.test(
        text.slice(Math.max(0, m.index - 4), m.index),
      )
    )
      continue;
    at = m.index + m[0].length;
  }
  return b * 1_000_000 + at;
}

/** Kin and gendered nouns: "her brother, Ricardo", "the widow did not speak" — someone new. */
const GENDERED_NOUNS = {
  f: /(?:\b(?:the|a|an|his|her|their)|\p{Lu}[\p{L}-]*['’]s?)\s+(?:\p{Ll}+\s+)?(?:widow|wife|mother|daughter|woman|girl|sister|grandmother|aunt|niece|girlfriend|mom)\b/u,
  m: /(?:\b(?:the|a|an|his|her|their)|\p{Lu}[\p{L}-]*['’]s?)\s+(?:\p{Ll}+\s+)?(?:widower|husband|father|son|man|boy|brother|grandfather|uncle|nephew|boyfriend|dad)\b/u,
};

/**
 * Last checks on an antecedent found by position, each a way the audit of un-annotated articles
 * found pronouns wrong: another person of a fitting gender named earlier in the pronoun's own
 * sentence, the pronoun not its main subject ("Michael Flynn, Mr. Trump's adviser, who he has
 * praised"); a candidate of unknown gender with a kin noun of the pronoun's gender between
 * ("Her brother, Ricardo, … he said"); a candidate from an earlier paragraph who never spoke while
 * someone of the pronoun's gender spoke in this paragraph or the one before ("The man, Thomas Eric Duncan, died …" after "Cuomo said").
 */
function vetted(people: People, person: Person, from: number, to: number, wanted: 'm' | 'f'): boolean {
  // "Lyndon B. Johnson" in a caption, "Kathleen Johnson" later, "Johnson said … she said": a
  // person of unknown gender whose surname a person of the pronoun's gender bears may be the
  // wrong bearer (the index links a bare surname to the first); nobody. The same initial is as
  // likely the same person written twice ("Ed" and "Edward Davis", "Francois" and "François").
  const surname = surnameOf(person.name);
  const other = (p: Person): boolean =>
    p !== person &&
    p.gender === wanted &&
    surnameOf(p.name) === surname &&
    key(p.name)[0] !== key(person.name)[0];
  if (person.gender === null && people.persons.some(other)) return false;
  if (rivalled(people, person, from, to, wanted)) return false;
  const start = sentenceStartOf(people, to);
  const lead = textBetween(people, start, to);
  // The main clause's subject ("Asked about Trump's remark, he said") or a pronoun the sentence
  // already opened with ("She took aim at Trump's budget, which she called") stays the antecedent.
  const mainSubject = !lead.trim() || /,\s*$/u.test(lead) || /^\s*(?:he|she)\b/iu.test(lead);
  const fits = (p: Person): boolean =>
    p !== person && (p.gender === null || p.gender === wanted) && p.evidence;
  // "… encouraged by Kavanaugh's Fox News appearance, in which he denied": a possessive the index
  // read as part of a longer run is still another person of that surname named in the sentence.
  const possessor = (w: string): boolean =>
    w !== surname && people.persons.some((p) => fits(p) && p.name.includes(' ') && surnameOf(p.name) === w);
  const elsewhere =
    people.mentions.some((m) => m.pos >= start && m.pos < to && fits(m.person)) ||
    [...lead.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+)['’]s?(?![\p{L}])/gu)].some((m) => possessor(m[1]!));
  if (!mainSubject && from < start && elsewhere) return false;
  // "Roof, he said, "is in protective custody"": the name opening the sentence is what is said about.
  const topic = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),\s*$/u.exec(lead)?.[1];
  if (topic?.split(/\s+/u).includes(surname)) return false;
  const between = textBetween(people, from, to);
  const kin = GENDERED_NOUNS[wanted].exec(between);
  // A known gender still yields to a kin noun naming someone new ("Litvinenko's widow, Marina.").
  if (
    kin &&
    (person.gender === null || /^\s*,?\s*\p{Lu}\p{Ll}+[.,]/u.test(between.slice(kin.index + kin[0].length)))
  )
    return false;
  const spoke = people.mentions.some((m) => m.person === person && m.speaks && m.pos < to);
  if (!spoke && Math.floor(from / 1_000_000) < Math.floor(to / 1_000_000)) {
    const lo = position(people, Math.floor(to / 1_000_000) - 1 - people.contextCount, 0);
    if (
      people.mentions.some(
        (m) => m.pos >= lo && m.pos < to && m.person !== person && m.person.gender === wanted && m.speaks,
      )
    )
      return false;
  }
  return true;
}

/** Nothing but a few words (no punctuation) between the mention of `person` and `to`. */
function rightBefore(people: People, person: Person, from: number, to: number): boolean {
  const gap = textBetween(people, from, to);
  const last = person.name.split(' ').at(-1)!;
  const after = gap
    .slice(gap.indexOf(last) >= 0 ? gap.indexOf(last) + last.length : 0)
    .replace(/^['’]s?/u, '');
  return !/[^\p{L}\s]/u.test(after) && after.trim().split(/\s+/u).filter(Boolean).length <= 3;
}

/** The body text between two positions (masked paragraphs, joined by newlines). */
function textBetween(people: People, from: number, to: number): string {
  const parts: string[] = [];
  for (let b = Math.floor(from / 1_000_000); b <= Math.floor(to / 1_000_000); b++) {
    const text = people.paragraphs[b - people.contextCount] ?? '';
    const start = b === Math.floor(from / 1_000_000) ? from % 1_000_000 : 0;
    const end = b === Math.floor(to / 1_000_000) ? to % 1_000_000 : text.length;
    parts.push(text.slice(start, end));
  }
  return parts.join('\n');
}

/** A capitalised subject of "said"/"told"/… between `from` and `to` that is not `person`. */
function unknownSpeakerBetween(people: People, person: Person, from: number, to: number): boolean {
  const own = new Set(person.name.split(' '));
  for (const m of textBetween(people, from, to).matchAll(
    /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)\s+(?:(?:himself|herself|also)\s+)?(?:said|says|told|tells|added|wrote|writes|explained|noted|joked|quipped|recalled|argued|insisted)\b/gu,
  )) {
    if (!own.has(m[1]!) && !NOT_NAME_WORDS.has(key(m[1]!))) return true;
  }
  return false;
}

/**
 * Someone else may be meant: a person named as a sentence subject between the candidate's mention
 * and the pronoun that the index did not take for a subject ("NBA Hall of Famer Dikembe Mutombo
 * was at the airport. He …": "of" made the name look like an object), someone new introduced by
 * an indefinite noun who speaks ("A witness … told BFMTV that he saw …"), or, for a candidate of
 * unknown gender who did not speak, a person of the pronoun's gender who was a subject in this
 * paragraph or the one before ("said Sen. Susan Collins …" then "… that Paul would object. Now, she said …").
 */
function doubtful(
  people: People,
  person: Person,
  from: number,
  to: number,
  wanted: Gender,
  spoke: boolean,
): boolean {
  const between = textBetween(people, from, to);
  const own = new Set(person.name.split(' ').map(key));
  for (const m of between.matchAll(NEWCOMER)) {
    const parsed = parseNameRun(m[1]!.split(/\s+of\s+/u).pop()!);
    if (!parsed?.name || (!parsed.name.includes(' ') && parsed.titles.length === 0)) continue;
    const parts = parsed.name.split(' ').map(key);
    if (parts.some((w) => own.has(w))) continue;
    // "Johnson of the Highway Patrol said": a run after a determiner is a body, not a person.
    const lead = m[0].slice(0, m[0].indexOf(m[1]!));
    if (/^(?:the|a|an)\s/iu.test(m[1]!) || /(?:^|\s)(?:the|a|an)\s+$/iu.test(lead)) continue;
    // "Gregory Angelo, president of Log Cabin Republicans, a … group, said": a run right after a
    // preposition is its object, and the subject is further back.
    if (/(?:^|\s)(?:of|at|for|from|with|by)\s+$/iu.test(lead)) continue;
    if ((genderOf(people, parsed.name, parsed.titles) ?? wanted) !== wanted) continue;
    return true;
  }
  // "A student, who …, said she saw Dzhokhar Tsarnaev …. "…," she said": an unnamed speaker in
  // the candidate's own sentence, when nothing gives the candidate a gender.
  const around = person.gender === null ? textBetween(people, sentenceStartOf(people, from), to) : between;
  if (INDEFINITE_SPEAKER.test(around)) return true;
  // "The California psychology professor said …. She said": someone described by a role opens a
  // sentence; unless the candidate holds that role, the pronoun may well be theirs.
  for (const m of [...between.matchAll(ROLE_SUBJECT), ...between.matchAll(ROLE_OF_SUBJECT)]) {
    const head = m[1]!.toLowerCase();
    if (ROLE_HEADS.has(head) && !holds(people, person, head)) return true;
  }
  // The subject of a speech verb ("Phil Roe … said he hated to see Shulkin go") goes on speaking.
  if (person.gender !== null || spoke) return false;
  const lo = position(people, Math.floor(to / 1_000_000) - 1 - people.contextCount, 0);
  const near = people.mentions.filter((m) => m.pos >= lo && m.pos < to);
  if (near.some((m) => m.person === person && m.speaks)) return false;
  return near.some((m) => m.person !== person && m.person.gender === wanted && m.speaks);
}

/**
 * A sentence whose subject is a capitalised run (two words or more, or a titled one), after at
 * most a few lead-in words ("Meanwhile, Trump campaign manager Brad Parscale attempted …"),
 * followed by a verb or by an apposition and a verb. Names inside a clause ("said the massacre at
 * Charlie Hebdo was …") are not sentence subjects and do not count.
 */
const NEWCOMER =
  /(?:^|[.!?]["”’]?\s+|\n)(?:[\p{L}’'-]+,?\s+){0,5}?((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,6})(?:,[^,.;:!?]{1,120},)?\s+(?:\p{Ll}+ly\s+)?(?:was|is|has|had|\p{Ll}{3,}ed|said|says|told|tells|wrote|writes|spoke|took|went|made|gave|sent|came|began)\b/gu;

/**
 * The person holds a role with this head word: in the index, or as the body writes it ("former
 * president Barack Obama", "Obama, the former president").
 */
function holds(people: People, person: Person, head: string): boolean {
  if ([...person.roles].some((r) => r.split(' ').at(-1) === head)) return true;
  const surname = person.name
    .split(' ')
    .at(-1)!
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const before = new RegExp(`\\b${head}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${surname}\\b`, 'iu');
  const after = new RegExp(`\\b${surname},\\s+(?:a|an|the)\\s+[^,.;:]{0,60}\\b${head}\\b`, 'u');
  return people.paragraphs.some((text) => before.test(text) || after.test(text));
}

/**
 * "The California psychology professor said", "The president gets an ovation when he says": a
 * role noun opening a sentence as its subject (its head word).
 */
const ROLE_SUBJECT =
  /(?:^|[.!?]["”’]?\s+|\n)(?:(?:But|And|Yet)\s+the|The|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,4}?(\p{Ll}+)\s+(?:also\s+)?(?:said|says|told|tells|added|wrote|testified|argued|gets|got|has|had|was|is|\p{Ll}{2,}ed)\b/gu;

/**
 * "For example, the owner of a gun range rejected …": a role noun with an "of" phrase as the
 * subject after a short lead-in (its head word).
 */
const ROLE_OF_SUBJECT =
  /(?:^|[.!?"”]["”’]?\s+|\n)(?:[\p{L}’'-]+,?\s+){0,3}?[Tt]he\s+(\p{Ll}+)\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:said|says|told|tells|\p{Ll}{2,}ed)\b/gu;

/**
 * "A witness … told", "Another classmate tells", "One DACA recipient who reached out …", "…,"
 * says a former military official": someone new, unnamed, speaking or introduced by a relative clause.
 */
const INDEFINITE_SPEAKER =
  /(?:^|[.!?]\s+|\n)(?:An?|Another|One)\s+\p{Ll}[^.!?\n]{0,120}?\b(?:said|says|told|tells)\b|(?:^|[.!?]\s+|\n)(?:An?|Another|One)\s+(?:[\p{L}-]+\s+){1,3}?who\s|["”’']\s+(?:said|says|added|adds)\s+(?:an?|another|one)\s+\p{Ll}/u;

/**
 * The gender a name gives (its honorific, its first name, or the person the index knows by it);
 * null when nothing says (an unknown name may be anyone).
 */
function genderOf(people: People, name: string, titles: string[]): Gender {
  const byTitle = genderFromWords(titles);
  if (byTitle) return byTitle;
  const first = key(name.split(' ')[0]!);
  // A lone word ("Boston") is no first name: the name lists only speak for a full name.
  const known = people.persons.find((p) => p.name === name || p.name.endsWith(` ${name}`));
  return firstNameGender(first, name.includes(' ')) ?? known?.gender ?? null;
}
