/**
 * people/antecedent: a definite description in a speech tag that no holder the body named answers
 * ("…," the president wrote, where the body only says "Donald Trump"; "the Kentucky Republican
 * said"; "the judge added") -> the person the text is about at that point, or null.
 *
 * In:  the People index, the description as written ("the judge", "the Kentucky Republican") and
 *      the tag's position. Out: Person | null.
 *
 * Reporters vary a name they have just given with a description of its bearer. The description
 * is read so only for an office or a party label (OFFICES) and only when the text leaves one candidate: the last person named before the tag, in
 * the tag's paragraph or the one before, as the subject of a speech verb or the speaker of a quote
 * (someone merely arrested or written about is not the "judge" who speaks next); nobody else named
 * in a later sentence before the tag; the description's head noun not written from the
 * candidate's paragraph to the tag ("Smith met the governor. "…," the governor said" is the
 * governor); no role of another kind given to the candidate; no indefinite complement ("the owner
 * of a gun range" is someone new); a gendered noun that agrees. The headline never counts.
 */
import {
  canonicalRole,
  genderFromWords,
  position,
  type Mention,
  type People,
  type Person,
} from '../people.ts';
import { SPEECH_VERBS } from '../../../lib/lexicon/speech-verbs.ts';
import { ROLE_HEADS, TITLE_WORDS } from './lexicon.ts';
import { US_STATE_PAIRS } from '../../../lib/lexicon/us-states.ts';

/** The words of a description that say what someone is ("judge" of "the presiding judge of X"). */
const headOf = (phrase: string): string =>
  phrase
    .replace(/\s+(?:of|for|at|from|in)\s+.*$/u, '')
    .trim()
    .split(/\s+/u)
    .at(-1)!
    .toLowerCase()
    .replace(/[^\p{L}-]/gu, '');

/**
 * Offices a reporter varies a notable name with ("the president", "the nominee", "the former FBI
 * director"). A job that meets the public ("the officer", "the owner", "the official", "the
 * lawyer") is more often someone new: "Hale said he was stopped at the gate. "…," the officer said.";
 * so is a judge a court story has not named ("Smith said his son was innocent. "…," the judge said.").
 */
const OFFICES = new Set(
  `president senator governor mayor minister chancellor premier pope nominee candidate
  director secretary speaker leader chairman chairwoman lawmaker congressman congresswoman
  representative ambassador king queen prince princess adviser advisor`.split(/\s+/u),
);
/** A party label closing a description ("the Ohio Republican"), which names no office. */
const PARTY = /^(?:republican|democrat|democratic|independent)$/u;

/** The names of US states ("South Carolina"), from the party-tag abbreviations. */
const STATE_NAMES = new Set(US_STATE_PAIRS.map(([, name]) => name));
const STATE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${[...STATE_NAMES].sort((a, b) => b.length - a.length).join('|')})\\s+$`,
  'u',
);

/**
 * A party label written near the candidate that is no other person of the description's kind: a
 * label with another state ("Rep. X, Illinois Republican, urged …, though Sen. Y said …" is no
 * second "South Carolina Republican"), or the candidate's own apposition ("Sen. Y, the ranking
 * Democrat on the committee, …" then "the California Democrat said"). `at` is where the label is
 * written, `own` where the candidate is named in that paragraph (-1 when elsewhere).
 */
function otherPartyLabel(phrase: string, head: string, text: string, at: number, own: number): boolean {
  if (!PARTY.test(head)) return false;
  const state = /^the\s+(.+)\s+\S+$/iu.exec(phrase.trim())?.[1];
  const before = STATE_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  if (state && STATE_NAMES.has(state) && before && before !== state) return true;
  return (
    own >= 0 &&
    own < at &&
    /^[^,.;:!?]*,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(own, at))
  );
}

const PARTY_OF: Record<string, string> = { R: 'republican', D: 'democrat', I: 'independent' };
const STATE_OF = new Map(US_STATE_PAIRS);

/**
 * Whether what the body, before `pos`, ties `person` to agrees with the description: no other
 * party, and no other state when the description names one. Ties read: a party tag ("Feinstein (D-Calif.)", "Feinstein, D-Calif.,", "Feinstein (D)"), an
 * apposition ("Feinstein, the ranking Democrat on …", "Feinstein, a California Democrat,") or a
 * label before the name ("Democratic Sen. Dianne Feinstein").
 */
function partyAgrees(people: People, person: Person, phrase: string, head: string, pos: number): boolean {
  const party = head === 'democratic' ? 'democrat' : head;
  const state = /^the\s+(.+)\s+\S+$/iu.exec(phrase.trim())?.[1];
  const surname = person.name.split(/\s+/u).at(-1)!;
  const name = new RegExp(`(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, 'gu');
  const parties = new Set<string>();
  const states = new Set<string>();
  const block = Math.floor(pos / 1_000_000) - people.contextCount;
  for (let i = 0; i <= block; i++) {
    const text = (people.paragraphs[i] ?? '').slice(0, i === block ? pos % 1_000_000 : undefined);
    for (const m of text.matchAll(name)) {
      const after = text.slice(m.index + surname.length, m.index + surname.length + 80);
      const tag = /^(?:,\s+|\s+\()([RDI])(?:-([\p{L}.]+?)\.?)?(?=[,)])/u.exec(after);
      if (tag) {
        parties.add(PARTY_OF[tag[1]!]!);
        const named = tag[2] && (STATE_OF.get(tag[2]) ?? STATE_OF.get(`${tag[2]}.`));
        if (named) states.add(named);
        else if (tag[2]) states.add(tag[2]);
      }
      const apposition =
        /^,\s+(?:(?:a|an|the)\s+)?((?:[\p{L}-]+\s+){0,3}?)(Republican|Democrat|Democratic|Independent)\b/u.exec(
          after,
        );
      if (apposition) {
        parties.add(apposition[2]!.toLowerCase().replace(/ic$/u, ''));
        const where = apposition[1]!.trim();
        if (STATE_NAMES.has(where)) states.add(where);
      }
      const label = /(Republican|Democratic|Democrat|Independent)\s+(?:\p{Lu}[\p{L}]*\.?\s+){1,3}$/u.exec(
        text.slice(Math.max(0, m.index - 60), m.index),
      );
      if (label) parties.add(label[1]!.toLowerCase().replace(/ic$/u, ''));
    }
  }
  if ([...parties].some((p) => p !== party)) return false;
  return !state || !STATE_NAMES.has(state) || [...states].every((s) => s === state);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const SPEECH = new Set(SPEECH_VERBS.split(/\s+/u));
/**
 * A subject mention followed by a verb of saying, past an apposition or relative clause set off by
 * commas ("Joseph Lowery, who founded the conference, urged the crowd …"): the index's `speaks`
 * knows only the commonest verbs.
 */
function speechFollows(people: People, m: Mention): boolean {
  if (!m.subject) return false;
  const text = people.paragraphs[Math.floor(m.pos / 1_000_000) - people.contextCount] ?? '';
  const after =
    /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*)*(?:,[^,.;:!?"“”]{1,120},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(
      text.slice(m.pos % 1_000_000),
    );
  return Boolean(after && SPEECH.has(after[1]!));
}

/** The one person a definite description in a tag at `pos` can stand for, or null. */
export function descriptionAntecedent(people: People, phrase: string, pos: number): Person | null {
  if (!/^the\s+\S/iu.test(phrase.trim())) return null;
  // "the owner of a gun range": an indefinite complement brings someone new into the story.
  if (/\s(?:of|for|at|from|in)\s+(?:a|an|one)\s/iu.test(phrase)) return null;
  const head = headOf(phrase);
  if (!OFFICES.has(head) && !PARTY.test(head)) return null;
  const bodyStart = position(people, 0, 0);
  const block = Math.floor(pos / 1_000_000);
  const before = people.mentions.filter((m) => m.pos >= bodyStart && m.pos < pos);
  const last = before.at(-1);
  if (!last || block - Math.floor(last.pos / 1_000_000) > 1) return null;
  // The candidate: the last mention as speaker; only mentions of its own sentence may follow it.
  let at = before.length - 1;
  while (at >= 0 && !before[at]!.speaks && !speechFollows(people, before[at]!)) at--;
  const candidate = before[at];
  if (!candidate || block - Math.floor(candidate.pos / 1_000_000) > 1) return null;
  const person = candidate.person;
  if (!person.evidence) return null;
  for (const m of before.slice(at + 1)) {
    if (m.person === person) continue;
    if (candidate.sentence === undefined || m.sentence !== candidate.sentence) return null;
  }
  // The head noun written from the candidate's paragraph on ("Roberts noted that in the trial of a
  // judge, … The presiding judge then agreed"): someone else of that kind is about.
  const noun = new RegExp(`(?<![\\p{L}])${escape(head)}s?(?![\\p{L}])`, 'giu');
  const from = Math.floor(candidate.pos / 1_000_000) - people.contextCount;
  const to = block - people.contextCount;
  for (let i = from; i <= to; i++) {
    const text = people.paragraphs[i] ?? '';
    const end = i === to ? pos % 1_000_000 : text.length;
    for (const m of text.slice(0, end).matchAll(noun))
      if (!otherPartyLabel(phrase, head, text, m.index, i === from ? candidate.pos % 1_000_000 : -1))
        return null;
  }
  // A role of another kind the body gave the candidate ("Acosta, the correspondent" is no "Secret
  // Service officer"; "press secretary Hogan Gidley" no "president"). A party label is no role.
  if (ROLE_HEADS.has(head)) {
    const heads = [...person.roles]
      .map((r) => r.split(' ').at(-1)!)
      .filter((h) => ROLE_HEADS.has(h) || TITLE_WORDS.has(h));
    if (heads.length > 0 && !heads.includes(canonicalRole(head))) return null;
  }
  // "the Nevada Democrat" is never someone the body ties to another party or another state.
  if (PARTY.test(head) && !partyAgrees(people, person, phrase, head, pos)) return null;
  const wanted = genderFromWords(phrase.split(/\s+/u));
  if (wanted && person.gender && wanted !== person.gender) return null;
  return person;
}
