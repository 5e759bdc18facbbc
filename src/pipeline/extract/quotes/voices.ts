/**
 * quotes/voices: speech-tag subjects that name nobody themselves -> the speaker the body makes
 * of them, only when it leaves one candidate (quotes/speakers.ts calls these before its own rules).
 *
 * In:  the subject phrase ("the statement", "CNN's lawsuit", "the South Carolina Republican"), its
 *      position, the People index and quotes/speakers' resolveVoice (passed in: no import cycle).
 * Out: Speaker (with `via` naming the rule, for the audit) | null:
 *   - "the statement said" -> whoever issued the statement the body last mentioned
 *   - "CNN's lawsuit asserts" -> the party that filed it
 *   - "the South Carolina Republican said" -> the one person the body described so
 *   - "the Trump campaign said" -> the organisation "Trump campaign" (a person's namesake body)
 *   - "Alder and Bexley said" -> "Ruth Alder and Tom Bexley" (group, when every part is a person)
 *   - "…," they wrote, right after "Sens. A and B sent a letter" -> "A and B" (group; speakers.ts
 *     asks only when "they" resolved to nobody).
 */
import { US_STATE_PAIRS } from '../../../lib/lexicon/us-states.ts';
import { WEEKDAYS } from '../../../lib/lexicon/weekdays.ts';
import { MONTH_NAMES } from '../../../lib/lexicon/months.ts';
import { position, type People, type Person } from '../people.ts';
import { resolveSpeaker, type Speaker } from '../people/resolve.ts';
import { descriptionAntecedent } from '../people/antecedent.ts';

/** A weekday or month ("a Sunday statement") names no issuer. */
const DATE_WORD = new RegExp(
  `(?:^|\\s)(?:${WEEKDAYS.replace(/\s+/gu, '|')}|${MONTH_NAMES.join('|')})$`,
  'iu',
);

/** quotes/speakers' resolveVoice. */
type Resolve = (people: People, subject: string, pos: number) => Speaker | null;

/** "Ky." -> "Kentucky", "S.C." -> "South Carolina" (lexicon/us-states). */
const STATES = new Map(US_STATE_PAIRS);
const PARTIES: Record<string, string> = { R: 'Republican', D: 'Democrat', I: 'Independent' };

/** Papers a party files or writes: "CNN’s lawsuit asserts", "Zucker’s message said" are CNN and Zucker speaking. */
const FILED =
  /^(?:lawsuit|suit|complaint|filing|brief|motion|petition|letter|memo|statement|report|message|email|e-mail|tweet|post|note)$/u;

/** "CNN's lawsuit asserts", "Vantage's suit alleges" -> the party that filed it, when it resolves. */
export function filerVoice(people: People, np: string, pos: number, resolveVoice: Resolve): Speaker | null {
  const m =
    /^((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})['’]s?\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u.exec(
      np,
    );
  if (!m || !FILED.test(m[2]!)) return null;
  const party = resolveVoice(people, m[1]!, pos);
  return party?.name && party.kind !== 'document' ? { ...party, via: 'filer' } : null;
}

/** "…," the statement read.: a statement's words, whose issuer statementOwner looks for. */
export const STATEMENT_READ =
  /^[\s,]*(the\s+(?:\p{Ll}+\s+)?statement)\s+(?:read|reads)\b[^,.;:!?]{0,40}[.!?]?\s*$/u;

/**
 * "the statement said" -> whoever issued the statement the body last mentioned, within this
 * paragraph or the two before: "X's statement", "a statement from X", or the subject of the
 * sentence that mentions it ("The White House dismissed the lawsuit … in a statement",
 * "…," the network said in a statement). A sentence whose subject is the statement itself ("The
 * statement cited …") points further back. Nobody when the owner does not resolve.
 */
export function statementOwner(
  people: People,
  np: string,
  pos: number,
  resolveVoice: Resolve,
): Speaker | null {
  // "The statement continues:", "the editorial said" (a paper's or a writer's, as a statement is).
  const noun = /^[Tt]he\s+(?:\p{Ll}+\s+)?(statement|editorial)$/u.exec(np)?.[1];
  if (!noun) return null;
  const block = Math.floor(pos / 1e6) - people.contextCount;
  for (let i = block; i >= Math.max(0, block - 2); i--) {
    const text = (people.paragraphs[i] ?? '').slice(0, i === block ? pos % 1e6 : undefined);
    const hits = [...text.matchAll(new RegExp(`\\b${noun}s?\\b`, 'gu'))].reverse();
    for (const hit of hits) {
      const at = hit.index;
      // The sentence start: after a full stop, or after a closing mark before a capital (the
      // full stop of a quote is masked with its words).
      const bounds = [...text.slice(0, at).matchAll(/[.!?]["”’']?\s+|["”]\s+(?=\p{Lu})/gu)];
      const last = bounds.at(-1);
      const start = last ? last.index + last[0].length : 0;
      const here = position(people, i, start);
      const possessed = /(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})['’]s?\s+(?:\p{Ll}+\s+)?$/u.exec(
        text.slice(Math.max(0, at - 60), at),
      );
      const after =
        /^(?:statement|editorial)s?\s+(?:from|by)\s+((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})/u.exec(
          text.slice(at),
        );
      // "In a White House statement early Tuesday, …": the issuer's name before the noun.
      const modified =
        /(?:^|\s)(?:a|an|the)\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*)\s+$/u.exec(
          text.slice(Math.max(0, at - 60), at),
        );
      const issuer = modified && !DATE_WORD.test(modified[1]!) ? modified[1] : undefined;
      const named = possessed?.[1] ?? after?.[1] ?? issuer;
      if (named) {
        const owner = resolveVoice(people, named, here);
        return owner?.name && owner.kind !== 'document' ? { ...owner, via: 'statement' } : null;
      }
      // The subject of the clause that mentions it: after "Barr said …, and the Saudi Embassy said
      // in a statement", the embassy; after an opening "In a statement on Tuesday," and stray marks.
      let clause = text.slice(start, at);
      for (const join of [
        ...clause.matchAll(/[\s,;]+(?:and|but|while|as|after|when|whereas)\s+(?=(?:the\s+)?\p{Lu})/gu),
      ].reverse()) {
        if (/\s\p{Ll}+(?:ed|id|s)\s/u.test(clause.slice(0, join.index))) {
          clause = clause.slice(join.index + join[0].length);
          break;
        }
      }
      let sentence = clause
        .replace(/^[\s"“”'‘’,.—–-]+/u, '')
        .replace(/^(?:in|on|late|earlier|later)\b[^,]{0,50},\s*/iu, '');
      // "In a statement Monday, Apple said …": the statement opens the sentence; its issuer is the
      // subject after the comma that closes the opening phrase.
      const opening = /^in\s+(?:a|an|its|his|her|their)\s+(?:(?-i:\p{Ll})+\s+)?$/iu.test(sentence)
        ? /^(?:statement|editorial)s?\b[^,.;:!?]{0,60},\s+(.*)$/u.exec(text.slice(at))
        : null;
      if (opening) sentence = opening[1]!;
      // The verb is part of the pattern, so "the school district said" is not read as "the school"
      // before a verb "district"; a name may carry an apposition ("Pat Warner, the chain's director
      // of communications, said in a statement").
      const subject =
        /^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*['’]s\s+(?:own\s+)?(?:(?:legal|defen[cs]e)\s+)?(?:team|lawyers|attorneys)|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}?\p{Lu}[\p{L}&.'’-]*(?:,\s[^,;:"“”]{3,80},)?|[Tt]he\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+|[Hh]e|[Ss]he)(?:\s+(?:in|of|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?\s+(?:also\s+|later\s+|then\s+)?(\p{Ll}+(?:ed|s|id|ote|ued))\b/u.exec(
          sentence,
        );
      // "The statement cited …": the statement is the subject; its owner is told further back.
      if (/^(?:(?:the|a|an|this|that|its|their)\s+)?(?:(?-i:\p{Ll})+\s+)?$/iu.test(sentence)) continue;
      if (!subject || !/(?:ed|s|id|ote|ued)$/u.test(subject[2]!)) return null;
      const owner = resolveVoice(people, subject[1]!.replace(/,\s[^]*,$/u, ''), here);
      return owner?.name && owner.kind !== 'document' ? { ...owner, via: 'statement' } : null;
    }
  }
  return null;
}

/**
 * "the South Carolina Republican said" -> the one person the body described so before the tag:
 * "Lindsey Graham, a South Carolina Republican," / "Rep. Adam Kinzinger, Illinois Republican," /
 * "South Carolina Republican Lindsey Graham". Nobody when no one or more than one person was.
 */
export function describedPerson(people: People, np: string, pos: number): Speaker | null {
  const description = np.replace(/^the\s+/iu, '');
  if (!/^the\s/iu.test(np) || !description.includes(' ')) return null;
  const d = description.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const name = String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)`;
  const patterns = [
    new RegExp(String.raw`${name},\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+)?${d}\b`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}])${d}\s+(?:(?:Sen|Rep|Gov)\.\s+)?${name}`, 'gu'),
  ];
  // "Sen. Rand Paul, R-Ky.," / "Rand Paul (R-Ky.)": a party tag says the same.
  const tagged = new RegExp(String.raw`${name}(?:,\s+|\s+\()([RDI])-([\p{L}.]+?)\.?(?=[,)])`, 'gu');
  const found = new Set<Person>();
  const block = Math.floor(pos / 1e6) - people.contextCount;
  for (let i = 0; i <= block; i++) {
    const text = (people.paragraphs[i] ?? '').slice(0, i === block ? pos % 1e6 : undefined);
    for (const m of text.matchAll(tagged)) {
      const state = STATES.get(m[3]!) ?? STATES.get(`${m[3]!}.`);
      if (!state || `${state} ${PARTIES[m[2]!]}` !== description.replace(/Democratic$/u, 'Democrat'))
        continue;
      const one = resolveSpeaker(people, m[1]!, position(people, i, m.index));
      if (!one?.person || one.kind !== 'person') return null;
      found.add(one.person);
    }
    for (const pattern of patterns)
      for (const m of text.matchAll(pattern)) {
        const one = resolveSpeaker(people, m[1]!, position(people, i, m.index));
        if (!one?.person || one.kind !== 'person') return null;
        found.add(one.person);
      }
  }
  // Nobody described so: the person just quoted, when the text leaves one (people/antecedent.ts).
  if (found.size === 0) {
    const antecedent = descriptionAntecedent(people, np, pos);
    return antecedent && { name: antecedent.name, person: antecedent, kind: 'person', via: 'antecedent' };
  }
  if (found.size !== 1) return null;
  const [person] = [...found];
  return { name: person!.name, person: person!, kind: 'person', via: 'description' };
}

/** Bodies called after the person who leads them ("the Trump campaign", "the Obama administration"). */
const NAMED_AFTER = /^the\s+((?-i:\p{Lu})(?-i:[\p{Ll}'’-])+)\s+(campaign|administration)$/iu;

/**
 * "the Trump campaign said" -> the organisation "Trump campaign", when the name is a person the
 * article names (a surname that resolves to one person); else nobody, never the person.
 */
export function namedAfterVoice(people: People, np: string, pos: number): Speaker | null {
  const m = NAMED_AFTER.exec(np);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return null;
  const person = resolveSpeaker(people, m[1]!, pos);
  if (person?.kind !== 'person' || !person.name?.endsWith(` ${m[1]!}`)) return null;
  const name = `${m[1]!} ${m[2]!.toLowerCase()}`;
  people.organisations.push({ name, pos });
  return { name, person: null, kind: 'organisation' };
}

/** "Alder and Bexley", "Todd Prell and Vic Hanley": a joint statement, when every part resolves. */
export function jointVoice(people: People, np: string, pos: number): Speaker | null {
  const parts = np.split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).filter(Boolean);
  if (parts.length < 2 || !parts.every((part) => /^\p{Lu}/u.test(part))) return null;
  const names: string[] = [];
  for (const part of parts) {
    // Only people: "Citizenship and Immigration Services" is one organisation, not two speakers.
    const one = resolveSpeaker(people, part, pos);
    if (!one?.name || one.kind !== 'person') return null;
    names.push(one.name);
  }
  return { name: names.join(' and '), person: null, kind: 'group' };
}

/** Sentence openers before a joint subject: "On Thursday, Senate Judiciary Committee Chairman". */
const JOINT_OPENER =
  /^(?:(?:On|In|Late|Earlier|Later)\s[^,.;:"“”]{1,30},\s+)?(?:(?:Sens?|Reps?|Gov|Dr|Mr|Mrs|Ms)\.\s+|\p{Lu}[\p{L}'’-]*\s+){0,5}$/u;
/** Between the two names: an optional apposition, then "and" and the second one's title words. */
const JOINT_LINK =
  /^[^.;:!?"“”]{0,60}?\sand\s+(?:(?:Sens?|Reps?|Gov|Dr|Mr|Mrs|Ms)\.\s+|\p{Lu}[\p{L}'’-]*\s+){0,4}$/u;

/**
 * "Sens. Ann Alder and Tom Bexley wrote …" then "…," they wrote -> "Ann Alder and Tom Bexley"
 * (group): only when the last sentence naming anyone before the tag, in this paragraph or the one
 * before, names exactly two people, joined by "and" as its subject. Else nobody.
 */
export function jointThey(people: People, np: string, pos: number): Speaker | null {
  if (!/^they$/iu.test(np)) return null;
  const before = people.mentions.filter((m) => m.pos < pos && m.pos >= position(people, 0, 0));
  const last = before.at(-1);
  if (!last?.sentence || Math.floor(pos / 1e6) - Math.floor(last.pos / 1e6) > 1) return null;
  // "… sent a letter to Obama": a third person only as an object after the two.
  const inSentence = before.filter((m) => m.sentence === last.sentence);
  const [one, two, ...rest] = [...new Set(inSentence.map((m) => m.person))];
  if (!one || !two || inSentence.some((m) => rest.includes(m.person) && m.subject)) return null;
  const persons = [one, two];
  if (persons.some((p) => !p.name.includes(' '))) return null;
  const [a, b] = [
    inSentence.find((m) => m.person === persons[0])!,
    inSentence.find((m) => m.person === persons[1])!,
  ];
  const text = people.paragraphs[Math.floor(a.pos / 1e6) - people.contextCount] ?? '';
  const start = last.sentence % 1e6;
  const opener = text.slice(start, a.pos % 1e6);
  const first = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u.exec(text.slice(a.pos % 1e6))?.[0] ?? '';
  const link = text.slice((a.pos % 1e6) + first.length, b.pos % 1e6);
  if (!JOINT_OPENER.test(opener) || !JOINT_LINK.test(link)) return null;
  // The tag's sentence follows theirs: no other sentence between ("Their aides said …" is not them).
  const block = Math.floor(pos / 1e6) - people.contextCount;
  const between = (block === Math.floor(a.pos / 1e6) - people.contextCount ? [] : [text.slice(b.pos % 1e6)])
    .concat(
      (people.paragraphs[block] ?? '').slice(
        block === Math.floor(a.pos / 1e6) - people.contextCount ? b.pos % 1e6 : 0,
        pos % 1e6,
      ),
    )
    .map((t) => t.replace(/["“][^"“”]*["”]/gu, ' '));
  const ends = between.map((t) => (t.match(/[.!?](?=\s+\p{Lu}|\s*$)/gu) ?? []).length);
  if (ends.reduce((x, y) => x + y, 0) > 1) return null;
  return {
    name: `${persons[0]!.name} and ${persons[1]!.name}`,
    person: null,
    kind: 'group',
    via: 'joint-they',
  };
}
