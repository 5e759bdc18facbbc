/**
 * extract/people/mentions: one text (a headline, caption or masked body paragraph) -> the names
 * in it, each with where it stands and whether it is a sentence subject.
 *
 * A name is not a subject when it is a possessor, the object of a preposition or a verb
 * ("after blacklisting Acosta", "pardon Stone"), a modifier ("the alleged Epstein victim", "Le
 * Pen voters"). Only subjects can be what a later "he said" refers to (extract/people.ts).
 */
import { patternFor } from '../../../lib/ascii-letters.ts';
import { NAME_MODIFIED_GROUPS } from '../../../lib/lexicon/name-modified-groups.ts';
import { OBJECT_TAKING_VERBS } from '../../../lib/lexicon/object-taking-verbs.ts';
import { FIRST_NAMES, MODIFIER_BEFORE, PREPOSITIONS } from './lexicon.ts';
import { NAME_RUN, key, parseNameRun, possessorBefore, type ParsedName } from './names.ts';
import { withNameWordLead } from './name-word-lead.ts';

/** The word right before `index`, lower-cased, or '' after punctuation / at the start. */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  // "the views of former FBI Director X": an acronym or "former" before the title is part of
  // the description; the word that governs the name is further back.
  if (start > 0 && text[start - 1] === ' ' && (/^\p{Lu}{2,}$/u.test(word) || DESCRIPTION.test(word)))
    return wordBefore(text, start);
  return word.toLowerCase();
}

/** Words between a governing word and a titled name ("of former Director X"). */
const DESCRIPTION = /^(?:former|then|ex|acting|onetime|outgoing|incoming|current)$/iu;

/** A name found in one text, before it is matched to a person. */
export interface RawMention {
  parsed: ParsedName;
  block: number;
  /** The capitalised run: where it starts and ends in the block. */
  from: number;
  to: number;
  /** Offset of the name proper (after the titles). */
  offset: number;
  subject: boolean;
  /** Start of the sentence around the mention (for same-sentence pronoun gender). */
  sentence: number;
}

/** Speech verbs and participles that may stand before their subject ("said Acosta"). */
const SPEECH_WORDS =
  /^(?:said|asked|added|replied|answered|continued|explained|noted|wrote|tweeted|insisted|warned|recalled|argued|stated|declared|countered|responded|saying|adding|according)$/u;

/** Verbs whose following name is their object ("pardon Stone", "fire Comey"). */
const OBJECT_TAKING = new Set(OBJECT_TAKING_VERBS.split(/\s+/u));

/** Group nouns a name can modify ("Le Pen voters", "Trump campaign aides"). */
const GROUP_AFTER = new RegExp(`^\\s+(?:${NAME_MODIFIED_GROUPS.trim().split(/\s+/u).join('|')})\\b`, 'u');

/** NAME_RUN for text whose letters are all ASCII: the same runs, found faster (lib/ascii-letters.ts). */
const nameRunFor = patternFor(NAME_RUN);

/** "… siding with the couple, ": a preposition's common-noun object, then a comma, mid-sentence. */
const OBJECT_NOUN_BEFORE = new RegExp(
  String.raw`\S\s+(?:${[...PREPOSITIONS].join('|')})\s+(?:the|a|an|his|her|their|its)\s+(?:\p{Ll}+\s+){0,3}?\p{Ll}+,\s+$`,
  'u',
);
/** The sentence ends after the name, or after "and" and one more name. */
const SENTENCE_CLOSES = /^\s*(?:,?\s+and\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,4})?[.;]/u;

/** "a column posted Sunday by ", "an op-ed written by ": a written piece, a participle, its author next. */
const AUTHOR_BY =
  /\b(?:a|an|the|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:column|op-ed|essay|article|editorial|letter|memo|post|blog\s+post|book|piece|commentary)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en|wn|ne)\s+(?:\p{Lu}\p{Ll}+\s+|on\s+\p{Lu}\p{Ll}+\s+|online\s+)?by\s+$/u;

/** Every name in `text` (block `block`); `common`: the words the article writes in lower case. */
export function rawMentions(text: string, block: number, common: Set<string>): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(nameRunFor(text))) {
    const run = ownerRun(m[0]);
    // "writer Will Storr": a first name that is also a function word, kept mid-sentence.
    let parsed = withNameWordLead(text, m.index, run, parseNameRun(run));
    if (!parsed || !parsed.name) continue;
    // "Take Priya Lindqvist of Oakdale.": a word the body writes in lower case, opening the
    // sentence before a full name, is the sentence's verb or adverb, not a first name.
    const words = parsed.name.split(' ');
    const lead = key(words[0]!);
    // Likewise a common word before a first name anywhere ("in Charge Ron Hopper").
    if (
      words.length >= 3 &&
      parsed.titles.length === 0 &&
      // "Special Agent in Charge Richard DesLauriers": after "in"/"of", a word glued before a
      // first name belongs to the title even where the body never writes it in lower case.
      (common.has(lead) ||
        (FIRST_NAMES.has(key(words[1]!)) && /^(?:in|of|at|for)$/u.test(wordBefore(text, m.index)))) &&
      !FIRST_NAMES.has(lead) &&
      (!text.slice(sentenceStart(text, m.index), m.index).trim() || FIRST_NAMES.has(key(words[1]!)))
    )
      parsed = { ...parsed, name: words.slice(1).join(' ') };
    // "in Nice Tony Molina, a police officer, …" (caption debris): the word before the run governs
    // the stripped word, not the name.
    const stripped = parsed.name !== words.join(' ');
    const offset = m.index + m[0].lastIndexOf(parsed.name.split(' ')[0]!);
    // "told Fox News' Martha Ross": look past a possessor to the verb or preposition before it.
    const possessor = possessorBefore(text.slice(0, m.index));
    const before = stripped ? '' : wordBefore(text, possessor ? possessor.index : m.index);
    // "the alleged Epstein victim": a name used as a modifier is no subject either.
    // "two days after blacklisting Acosta", "Obama defeated Romney": a name right after a verb
    // form (not a speech verb: "said Acosta" is an inverted subject) is its object.
    // "whether he would pardon Stone": a verb's base form taking a person as its object, too.
    const objectOfVerb =
      (/^\p{Ll}{3,}(?:ing|ed)$/u.test(before) && !SPEECH_WORDS.test(before)) || OBJECT_TAKING.has(before);
    // "Le Pen voters backed her", "Trump campaign aides said": a name before a group noun modifies it.
    const modifies = GROUP_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    // "to show support for his wife Cindy McCain": a name after "his wife" in mid-sentence
    // stands in apposition to a possessive noun phrase, an object; not "His wife Cindy said".
    const appositive =
      /\b(?:his|her|their|its)\s+\p{Ll}+\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      /\S/u.test(
        text
          .slice(sentenceStart(text, m.index), m.index)
          .replace(/\b(?:his|her|their|its)\s+(?-i:\p{Ll})+\s+$/iu, ''),
      );
    // "This concern was shared by Kayyem.": the agent of a passive is its logical subject.
    // So is the author of a piece "by" whom it was written ("in a column posted Sunday by X").
    const agent =
      before === 'by' &&
      (/\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne)\s+by\s+$/u.test(
        text.slice(Math.max(0, m.index - 50), m.index),
      ) ||
        AUTHOR_BY.test(text.slice(Math.max(0, m.index - 60), m.index))) &&
      // Not inside a reported clause ("Christie said he had been misled by Kelly").
      !/\b(?:said|says|told|tells|added|wrote)\b/u.test(text.slice(sentenceStart(text, m.index), m.index));
    // "a ruling siding with the couple, Charlie Craig and David Mullins.": a name in apposition to
    // a common noun that a preposition governs, closing the sentence, is that object too (not
    // "Speaking at the hospital, Lena Ortiz said …", where a verb follows the name).
    const objectApposition =
      OBJECT_NOUN_BEFORE.test(text.slice(sentenceStart(text, m.index), m.index)) &&
      SENTENCE_CLOSES.test(text.slice(m.index + run.length));
    // "at Immigration and Customs Enforcement", "of Allergy and Infectious Diseases": a name
    // joined by "and" to the object of a preposition is an object too.
    const prev = out.at(-1);
    const coordinated = Boolean(
      prev && !prev.subject && /^\s+(?:and|&)\s+$/u.test(text.slice(prev.to, m.index)),
    );
    const subject =
      (agent && !parsed.possessive) ||
      (!appositive &&
        !parsed.possessive &&
        !PREPOSITIONS.has(before) &&
        !MODIFIER_BEFORE.has(before) &&
        !objectOfVerb &&
        !coordinated &&
        !objectApposition &&
        !modifies);
    const sentence = sentenceStart(text, m.index);
    out.push({ parsed, block, from: m.index, to: m.index + run.length, offset, subject, sentence });
  }
  return out;
}

/**
 * "Senate Majority Leader Mitch McConnell's Plan B": a full name (first name known) in the
 * possessive inside a run, before words that do not open a name, is the person; the run ends with
 * the possessor. "NATO's Jens Stoltenberg", "City's Joao Pereira" keep the whole run.
 */
function ownerRun(run: string): string {
  const owner =
    /^(.*?\s)?(\p{Lu}[\p{L}\p{M}-]*\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}\p{M}-]*['’]s?)\s+(\p{Lu}\S*)/u.exec(run);
  if (!owner || FIRST_NAMES.has(key(owner[3]!))) return run;
  if (!FIRST_NAMES.has(key(owner[2]!.split(/\s+/u)[0]!))) return run;
  return (owner[1] ?? '') + owner[2]!;
}

/** Where the sentence around `index` starts: after the last ". " that ends no "Rep."/"U.S.". */
function sentenceStart(text: string, index: number): number {
  let at = text.lastIndexOf('. ', index);
  while (
    at > 0 &&
    /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|St|Jr|Sr|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u.test(
      text.slice(Math.max(0, at - 8), at),
    )
  )
    at = text.lastIndexOf('. ', at - 1);
  return at < 0 ? 0 : at + 1;
}
