/**
 * quotes/speakers: a speech tag's subject phrase -> who spoke, with the kind of speaker.
 *
 * In:  the subject as written ("he", "a Tunewave spokesperson", "Hollis's office", "the
 *      indictment", "Alder and Bexley", "the company") and the People index of the article.
 * Out: Speaker | null — people are resolved by people.ts (names, titles, pronouns, roles); this
 *      module adds the voices that are not one person:
 *   - documents: "the indictment says", "according to the contract" -> "the indictment" (document)
 *   - spokespeople and offices: "a Tunewave spokesperson", "a spokeswoman for Tunewave",
 *     "Hollis's office" -> the organisation (or "Ruth Hollis's office") they speak for
 *   - organisations by their generic noun: "the company said" -> the one organisation that spoke
 *     before in this body, "the union said" -> the one whose name has "union", "it said" -> the
 *     organisation that just spoke; else nobody
 *   - joint statements: "Alder and Bexley said" -> "Ruth Alder and Tom Bexley" (group), when all resolve.
 * Organisations that speak are remembered (People.organisations) for later "the company said".
 */
import { patternFor } from '../../../lib/ascii-letters.ts';
import { position, type People } from '../people.ts';
import { NOT_NAME_WORDS } from '../people/lexicon.ts';
import { looksLikeOrganisation, resolveSpeaker, type Speaker } from '../people/resolve.ts';
import { kindOf, onlyNamedWith, onlyOfKind, subjectOfKind, typeOrganisations } from './org-kinds.ts';
import {
  describedPerson,
  filerVoice,
  jointThey,
  jointVoice,
  namedAfterVoice,
  statementOwner,
} from './voices.ts';
import { issuedByVoice, organisationThey, ownersVoice, ownVoice, sentenceSubjectIt } from './body-voices.ts';
import { kinFirstVoice, kinVoice } from './kin-voice.ts';
import { jointTail } from './joint-tail.ts';
import { acronymPost } from './acronym-role.ts';
import { bodyModifiers, RANK_WORDS, speaksFor } from './body-officials.ts';
import { bodyInReach } from './body-in-reach.ts';
import { isOutletName, isOutletNoun, outletVoice, wireVoice } from './outlet-noun.ts';
import { WEEKDAYS } from '../../../lib/lexicon/weekdays.ts';
import { MONTH_NAMES } from '../../../lib/lexicon/months.ts';
import { DOCUMENTS, documentVoice } from './document-voice.ts';
import { BUSINESS_NOUNS as BUSINESS_NOUN_LIST } from '../../../lib/lexicon/business-nouns.ts';
import { ORGANISATION_NOUNS as ORGANISATION_NOUN_LIST } from '../../../lib/lexicon/organisation-nouns.ts';

/** "on Tuesday, the network said": a date before the comma is no organisation. */
const DATE_WORDS = new Set([...WEEKDAYS.split(' '), ...MONTH_NAMES.map((m) => m.toLowerCase())]);

/** A phrase ending in a party label ("South Carolina Republican", "the Nevada Democrat"). */
export const PARTY_LABEL =
  /(?:^|\s)(?:Republican|Democrat|Democratic|Independent|Conservative|Labour|Tory)s?$/u;

const words = (list: string): Set<string> => new Set(list.split(/\s+/u).filter(Boolean));

/**
 * Nouns that stand for the organisation already named ("the company said"). A business noun
 * refers back when only one organisation has spoken; any other ("the union", "the department")
 * only to an organisation whose name has that word ("the Air Traffic Controllers Union").
 */
const BUSINESS_NOUNS = words(BUSINESS_NOUN_LIST);
const ORGANISATION_NOUNS = words(ORGANISATION_NOUN_LIST);

/** A generic noun for an organisation ("company", "union", "court"). */
export const isBodyNoun = (word: string): boolean =>
  BUSINESS_NOUNS.has(word) || ORGANISATION_NOUNS.has(word) || isOutletNoun(word);

const SPEAKING_ORGANISATION =
  /(?:^|[.!?]\s+)((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4})\s+(?:also\s+)?(?:said|says|announced|expressed|issued|tweeted|wrote|stated|warned|argued|reported)\b/gu;

/**
 * Words the sentence patterns of declareOrganisations cannot match without: "said" / "says" /
 * "issued" (each pattern takes one of them, or "released", "put out", "told" or a verb of
 * SPEECH_WORD_MORE, tested where needed), and
 * ", a / an / the" (the apposition). A paragraph with none is not scanned.
 */
const SPEECH_WORD = /said|says|issued/u;
const SPEECH_WORD_MORE = /announced|expressed|tweeted|wrote|stated|warned|argued|reported/u;
const APPOSITION = /,\s+(?:a|an|the)\s/u;

/** People who speak for an organisation rather than for themselves. */
const SPOKES =
  /^(?:spokesperson|spokesman|spokeswoman|spokespeople|spokespersons|representative|representatives|office|press office|statement|official|officials|aide|aides|executive|executives)$/u;

const capitalised = (s: string): boolean => /^\p{Lu}/u.test(s);

/** A noun that speaks as a document or for an organisation ("indictment", "spokesperson", "office"). */
export function isVoiceHead(word: string): boolean {
  return DOCUMENTS.has(word) || SPOKES.test(word);
}

/** A subject phrase that is a document or an organisation's voice, not a person's name. */
export function isVoicePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  const head = words[words.length - 1]!.toLowerCase();
  if (DOCUMENTS.has(head)) return words.length <= 4;
  return SPOKES.test(head) && (words.slice(0, -1).some(capitalised) || /^(?:his|her)$/iu.test(words[0]!));
}

function organisation(people: People, name: string, pos: number): Speaker {
  people.organisations.push({ name, pos });
  return { name, person: null, kind: 'organisation' };
}

/** The organisation a possessor or "for X" names: a person's office keeps the person's full name. */
function owner(people: People, phrase: string, pos: number): string | null {
  const cleaned = phrase.replace(/^(?:the|a|an)\s+/iu, '').replace(/['’]s?$/u, '');
  if (!capitalised(cleaned)) return null;
  const person = resolveSpeaker(people, cleaned, pos);
  if (person?.kind === 'person' && person.name) return `${person.name}'s office`;
  return cleaned;
}

/** "a Tunewave spokesperson" / "a spokeswoman for Tunewave" / "Hollis's office" -> the organisation. */
function spokesVoice(people: People, np: string, pos: number): Speaker | null {
  // "in"/"from" only before "the" and a name ("prosecutors from the X's Office"; not "officials in Texas").
  const forOrg =
    /^(?:(?:the|a|an)\s+)?([\p{L}\s-]*?)\s+(?:for|of|at|with|(?:in|from)(?=\s+the\s+\p{Lu}))\s+(.+)$/u.exec(
      np,
    );
  const forHead = forOrg?.[1]!.trim().split(/\s+/u).pop() ?? '';
  if (forOrg && (SPOKES.test(forHead) || speaksFor(forHead))) {
    if (/\b(?:former|ex)\b/u.test(forOrg[1]!)) return null; // a former official speaks for nobody
    const org = owner(people, forOrg[2]!, pos);
    return org ? organisation(people, org, pos) : null;
  }
  const words = np.split(/\s+/u);
  const head = words[words.length - 1]!.toLowerCase();
  if (!SPOKES.test(head)) return null;
  const modifiers = bodyModifiers(words.slice(0, -1).filter((w) => !/^(?:the|a|an)$/iu.test(w)));
  const voice = head.replace(/^spokes(?:man|woman|person)$/u, 'spokesperson').replace(/s$/u, '');
  // "A White House official said …" then "the official said": the same body's official, when
  // the last one of that noun, in this paragraph or the two before, spoke for it.
  if (modifiers.length === 0 && /^the\s/iu.test(np)) {
    const last = people.organisations.filter((o) => o.pos < pos && o.voice === voice).at(-1);
    if (!last || Math.floor(pos / 1e6) - Math.floor(last.pos / 1e6) > 2) return null;
    return { ...organisation(people, last.name, pos), via: 'same-voice' };
  }
  const possessor = modifiers.findIndex((w) => /['’]s?$/u.test(w));
  if (possessor >= 0) {
    const org = owner(people, modifiers.slice(0, possessor + 1).join(' '), pos);
    if (!org) return null;
    // "Hollis's office" is the person's office; "Tunewave's spokesman" speaks for Tunewave.
    return organisation(
      people,
      head === 'office' && !org.endsWith("'s office") ? `${org}'s office` : org,
      pos,
    );
  }
  const named = modifiers.filter(capitalised);
  if (named.length === 0 || named.length !== modifiers.length) return null;
  // "the Maryland representative" is a lawmaker named before, not an organisation called Maryland.
  if (/^representatives?$/u.test(head) && /^the\s/iu.test(np) && !looksLikeOrganisation(named.join(' ')))
    return null;
  // "a European official", "a US official": a nationality or a country is no organisation that
  // speaks; the official stays anonymous.
  if (
    /^officials?$|^aides?$/u.test(head) &&
    named.every((w) => /(?:an|ean|ese|ish|ic|i)$/u.test(w) || /^(?:U\.?S\.?|U\.?K\.?)$/u.test(w))
  )
    return null;
  // "One official said", "Senior aides said": a capitalised sentence opener names no organisation.
  if (
    /^(?:one|another|two|three|four|several|some|many|senior|top|former|other|both|each|an?|the)$/iu.test(
      named[0]!,
    )
  )
    return null;
  const spoke = organisation(people, named.join(' '), pos);
  people.organisations.at(-1)!.voice = voice;
  return spoke;
}

/** "the company" / "the union": the organisation that spoke before, when that is unambiguous. */
function organisationByNoun(people: People, np: string, pos: number): Speaker | null {
  if (np.toLowerCase() === 'it')
    return organisationAsIt(people, pos) ?? sentenceSubjectIt(people, pos, resolveVoice);
  // "the company", "the veterans group": the head noun.
  const noun = /^the\s+(?:\p{Ll}+['’]?\s+){0,2}?(\p{Ll}+)$/u.exec(np)?.[1];
  if (!noun || !(BUSINESS_NOUNS.has(noun) || ORGANISATION_NOUNS.has(noun))) return null;
  // "the correspondents' association": the organisation found must bear the possessor's word
  // ("White House Correspondents' Association"), not just any association.
  const possessor = /\s(\p{Ll}+s)['’]\s/u.exec(np)?.[1];
  if (possessor) {
    const found = organisationByNoun(people, `the ${noun}`, pos);
    const bears = found?.name && new RegExp(`(?<![\\p{L}])${possessor}(?![\\p{L}])`, 'iu').test(found.name);
    if (found && !bears) people.organisations.pop();
    return bears ? found : null;
  }
  const spoken = people.organisations.filter((o) => o.pos < pos && o.pos >= position(people, 0, 0));
  const named = [
    ...spoken.filter((o) => o.name.toLowerCase().split(/\s+/u).includes(noun)),
    ...people.declared.filter((o) => o.noun === noun && o.pos < pos),
  ].sort((a, b) => a.pos - b.pos);
  const distinct = new Set(spoken.map((o) => o.name));
  const last = named.at(-1) ?? (BUSINESS_NOUNS.has(noun) && distinct.size === 1 ? spoken.at(-1) : undefined);
  if (last) return organisation(people, last.name, pos);
  // "the network said": the one network the body has named before, by what it calls it.
  const kind = kindOf(noun);
  const only = kind ? onlyOfKind(people.typed, kind, pos) : null;
  if (only) return { ...organisation(people, only, pos), via: 'kind' };
  const block = Math.floor(pos / 1e6) - people.contextCount;
  const recent = kind ? subjectOfKind(people.typed, kind, people.paragraphs, block, pos % 1e6, pos) : null;
  if (recent) return { ...organisation(people, recent, pos), via: 'kind-subject' };
  // "the court said": the one court the body has named ("the Supreme Court"), by its own name.
  // Not "the office": "the Oval Office" is a room, not who speaks.
  if (!ORGANISATION_NOUNS.has(noun) || noun === 'office') return null;
  const body = onlyNamedWith(people.paragraphs, noun, block, pos % 1e6);
  return body ? { ...organisation(people, body, pos), via: 'named' } : null;
}

/**
 * "…," ABC News said. "…," it said: "it" is the organisation that spoke last, when no person has
 * been named since (in this paragraph or the one before).
 */
function organisationAsIt(people: People, pos: number): Speaker | null {
  const last = people.organisations.at(-1);
  if (!last || last.pos >= pos || Math.floor(pos / 1e6) - Math.floor(last.pos / 1e6) > 1) return null;
  if (people.mentions.some((m) => m.pos > last.pos && m.pos < pos)) return null;
  return organisation(people, last.name, pos);
}

/** "A (senior) White House official said/told …" opening a sentence. */
const REPORTING_OFFICIAL = new RegExp(
  String.raw`(?:^|[.!?]\s+)(An?\s+(?:(?:${RANK_WORDS})\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:official|spokesman|spokeswoman|spokesperson|aide))\s+(?:said|says|told)\b`,
  'gu',
);

/** "X, a union that …": a name, then a noun of BUSINESS_NOUNS or ORGANISATION_NOUNS (built once, not per article). */
const DECLARED_ORGANISATION = new RegExp(
  `((?:\\p{Lu}[\\p{L}\\p{M}&.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}\\p{M}&.'’-]*),\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${[...BUSINESS_NOUNS, ...ORGANISATION_NOUNS].join('|')})\\b`,
  'gu',
);
const declaredOrganisationFor = patternFor(DECLARED_ORGANISATION); // its ASCII twin where a paragraph allows

/**
 * "The Professional Aviation Safety Specialists, a union that represents …": the body says what an
 * organisation is, so a later "the union said" can name it. `paragraphs` are the masked body.
 */
export function declareOrganisations(people: People, paragraphs: string[]): void {
  people.typed = typeOrganisations(
    paragraphs,
    (i, offset) => position(people, i, offset),
    (name) => people.persons.some((p) => p.name === name || p.name.endsWith(` ${name}`)),
  );
  paragraphs.forEach((text, i) => {
    // "The network issued a similar statement." then "…," it said: the one network named before.
    // (Each pattern runs only on a paragraph holding a word it needs.)
    const speech = SPEECH_WORD.test(text);
    for (const m of (speech || /released|put out/u.test(text) ? text : '').matchAll(
      /(?:^|[.!?]\s+)The\s+(\p{Ll}+)\s+(?:also\s+)?(?:said|issued|released|put out)\b/gu,
    )) {
      const kind = kindOf(m[1]!);
      const at = position(people, i, m.index);
      const only = kind ? onlyOfKind(people.typed, kind, at) : null;
      if (only) people.organisations.push({ name: only, pos: at });
    }
    // "A White House official said Trump …" (reported speech, no quote): the body's official,
    // for a later "the official said".
    for (const m of (speech || text.includes('told') ? text : '').matchAll(REPORTING_OFFICIAL))
      spokesVoice(people, m[1]!, position(people, i, m.index));
    // "VoteVets also expressed skepticism …": an organisation that spoke, for a later "the group said".
    for (const m of (speech || SPEECH_WORD_MORE.test(text) ? text : '').matchAll(SPEAKING_ORGANISATION)) {
      const name = m[1]!.replace(/^The\s+/u, '');
      // Title words then a person's name ("U.S. Attorney General Loretta Lynch said"): no organisation.
      const bears = (n: string): boolean => n === name || n.endsWith(` ${name}`) || name.endsWith(` ${n}`);
      const known = people.persons.some((p) => bears(p.name));
      // "It said …", "This says …": a pronoun or function word is no organisation's name.
      const functionWord = !name.includes(' ') && NOT_NAME_WORDS.has(name.toLowerCase());
      if (!known && !functionWord && (looksLikeOrganisation(name) || !name.includes(' ')))
        people.organisations.push({ name, pos: position(people, i, m.index) });
    }
    for (const m of (APPOSITION.test(text) ? text : '').matchAll(declaredOrganisationFor(text))) {
      const name = m[1]!.replace(/^(?:The|A|An)\s+/u, '');
      if (!looksLikeOrganisation(name) && name.split(/\s+/u).length < 2) continue;
      if (name.split(/\s+/u).some((w) => DATE_WORDS.has(w.toLowerCase()))) continue;
      people.declared.push({ name, noun: m[2]!, pos: position(people, i, m.index) });
    }
  });
}

/** The speaker a tag's subject names (person, organisation, document or group), or null when the subject names nobody who can speak. */
export function resolveVoice(people: People, subject: string, pos: number): Speaker | null {
  const np = subject
    .trim()
    .replace(/^[,;:—–-]+\s*/u, '')
    .replace(/\s+/gu, ' ');
  // "…," the former senior JAG says.: a post of someone unnamed (quotes/acronym-role.ts).
  if (!np || acronymPost(people, np, pos)) return null;
  // "the Nevada Democrat said": someone named before by a description this module cannot tie to
  // a name (a party label is not an organisation that speaks).
  if (PARTY_LABEL.test(np) && /^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}\p{Ll}+$/u.test(np))
    return describedPerson(people, np, pos);
  // "on the Marlow Bridge", "like Brennick": the object of a preposition names no speaker.
  if (
    /^(?:in|at|of|for|from|near|with|on|inside|outside|like|unlike|including|than|by|against|about|to|over|behind|under|among|towards?|via)\s/iu.test(
      np,
    )
  )
    return null;
  // "Timothy Garton Ash of Oxford and Stanford's Hoover Institution": one person and the places
  // they work, not a joint statement.
  const affiliated =
    /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s+(?:of|at|from)\s+\p{Lu}.*\sand\s/u.exec(
      np,
    );
  if (affiliated) {
    const one = resolveSpeaker(people, affiliated[1]!, pos);
    return one?.kind === 'person' ? one : null;
  }
  const special =
    ownVoice(people, np, pos) ??
    ownersVoice(people, np, pos) ??
    kinVoice(people, np, pos) ??
    kinFirstVoice(people, np, pos) ??
    statementOwner(people, np, pos, resolveVoice) ??
    filerVoice(people, np, pos, resolveVoice) ??
    issuedByVoice(people, np, pos, resolveVoice) ??
    documentVoice(np) ??
    spokesVoice(people, np, pos) ??
    namedAfterVoice(people, np, pos) ??
    outletVoice(people, np, pos) ??
    wireVoice(people, np, pos) ??
    organisationByNoun(people, np, pos) ??
    bodyInReach(people, np, pos) ??
    jointVoice(people, np, pos);
  if (special) return special;
  // "Bowe's lawyers said": the lawyers spoke, not Bowe.
  if (/^\p{Lu}\S*['’]s\s+\p{Ll}/u.test(np)) return null;
  // "Harlow & Harlow": a firm, never its last word as a surname.
  if (/^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*\s&\s\p{Lu}/u.test(np))
    return organisation(people, np, pos);
  // A joint subject whose parts do not all resolve: one of them or nobody (quotes/joint-tail.ts);
  // an outlet's name ("The Globe and Mail says") is that outlet.
  if (/\sand\s/u.test(np) && /^\p{Lu}/u.test(np))
    return isOutletName(np) && /^(?:[\p{Lu}][\p{L}.'’-]*|and|of|for|the)(?:\s|$)/u.test(np)
      ? organisation(people, np.replace(/^The\s/u, ''), pos)
      : jointTail(people, np, pos, organisation);
  // "WikiLeaks said", "BlackRock said": a capital inside one word after three small letters is a
  // brand, never a surname ("McConnell", "DeSantis", "MacArthur", "FitzGerald" are people).
  if (/^(?!Fitz)\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+$/u.test(np) && !people.persons.some((o) => o.name.includes(np)))
    return organisation(people, np, pos);
  const speaker = resolveSpeaker(people, np, pos);
  if (speaker?.kind === 'organisation' && speaker.name)
    people.organisations.push({ name: speaker.name, pos });
  return speaker?.name
    ? speaker
    : (jointThey(people, np, pos) ?? organisationThey(people, np, pos) ?? speaker);
}
