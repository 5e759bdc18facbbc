/**
 * people/names: a run of capitalised words -> the name proper and the title words before it
 * ("NATO Secretary General Jens Stoltenberg" -> titles + "Jens Stoltenberg"), plus the small
 * token helpers (key, acronym, possessive, the possessor before a name) the rest of extract/people
 * shares.
 *
 * In:  one capitalised run as matched by NAME_RUN. Out: ParsedName | null (null: not a person).
 */
import {
  FIRST_NAMES,
  FEMALE_NAMES,
  NOT_NAME_WORDS,
  MALE_NAMES,
  NON_PERSON_WORDS,
  ROLE_HEADS,
  TITLE_WORDS,
} from './lexicon.ts';

/** A run of capitalised words (with name particles and hyphenated al-/bin- prefixes). */
export const NAME_RUN =
  /(?:(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|Pres|Hon|Fr|St|Sec)\.|\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*|(?:al|el|bin|ben|abu|ibn)-\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|ter|ten|zu)\s+)*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|Pres|Hon|Fr|Sec)\.|(?:\p{Lu}\.){2,}|\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*|(?:al|el|bin|ben|abu|ibn)-\p{Lu}[\p{L}\p{M}'’-]*))*/gu;

/**
 * A regnal or generational number ("II", "XVI", "VIII"; I, V and X only, two letters or more, so
 * that "DC" or "MD" stay acronyms and "I" a pronoun).
 */
export const REGNAL = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** A token's lookup key: lower-case, without a trailing period ("Mr." -> "mr"). */
export const key = (token: string): string => {
  const lower = token.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};
/** True for an acronym ("NATO", "U.N."), possessive or not. */
export const isAcronym = (token: string): boolean =>
  /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(token.replace(/['’]s$/u, ''));
/** The token without a possessive ending ("Biden's" -> "Biden"). */
export const stripPossessive = (token: string): string => token.replace(/['’]s?$/u, '');

/** A capitalised run read as title words plus the name proper. */
export interface ParsedName {
  /** The name proper, titles removed ("Jens Stoltenberg"), or '' when only titles were found. */
  name: string;
  /** The words before it ("NATO Secretary General"). */
  titles: string[];
  possessive: boolean;
}

/** A word that can stand before a name as part of an office ("House", "President-elect", "FBI"). */
const titleLike = (t: string): boolean =>
  TITLE_WORDS.has(key(t)) ||
  TITLE_WORDS.has(key(t).split('-')[0]!) ||
  NON_PERSON_WORDS.has(key(t)) ||
  isAcronym(t);

/**
 * What each run parsed to: the articles of one story name the same people again and again, and
 * parsing is a pure function of the run. Results are shared, so never changed by a caller (none
 * does: they copy, as rawMentions does for a shortened name). Emptied when it grows large.
 */
const parsedRuns = new Map<string, ParsedName | null>();
const MAX_PARSED_RUNS = 20_000;

/** Splits a capitalised run into title words and the name proper. */
export function parseNameRun(run: string): ParsedName | null {
  let parsed = parsedRuns.get(run);
  if (parsed === undefined) {
    if (parsedRuns.size >= MAX_PARSED_RUNS) parsedRuns.clear();
    parsedRuns.set(run, (parsed = parseRun(run)));
  }
  return parsed;
}

function parseRun(run: string): ParsedName | null {
  // "Sen. Lindsey Graham, R-South Carolina, …": a US party tag and state is no name.
  if (/^[RDI]-\p{Lu}/u.test(run)) return null;
  let tokens = run.split(/\s+/u);
  while (tokens.length > 0 && NOT_NAME_WORDS.has(key(tokens[0]!))) tokens = tokens.slice(1);
  // "St. Francis": a saint's title, as "Pope" or "Rev." are.
  const saint = tokens.length > 1 && /^(?:St\.|Saint)$/u.test(tokens[0]!) ? tokens.shift()! : null;
  if (tokens.length === 0) return null;
  // "Martin Luther King Jr.": a generational suffix is no name of its own ("King" stays the last
  // word, so it is read as the surname, not as a title before "Jr").
  // "Pope Benedict XVI", "Queen Elizabeth II": a regnal number likewise, after one word or more
  // (it is no acronym).
  const suffix =
    (tokens.length > 2 && /^(?:Jr|Sr)\.?$/u.test(tokens.at(-1)!)) ||
    (tokens.length > 1 && REGNAL.test(tokens.at(-1)!))
      ? tokens.pop()!
      : null;
  if (suffix) {
    const parsed = parseNameRun(tokens.join(' '));
    // "Title IX", "World War II": a number is a person's only after a title or a first name.
    const regnal = REGNAL.test(suffix);
    if (regnal && !(parsed?.titles.length || FIRST_NAMES.has(key(parsed?.name.split(' ')[0] ?? ''))))
      return null;
    return parsed?.name ? { ...parsed, name: `${parsed.name} ${suffix.replace(/\.$/u, '')}` } : parsed;
  }
  const last = tokens[tokens.length - 1]!;
  const possessive = /['’]s?$/u.test(last) && !/^\p{Lu}\.$/u.test(last);
  tokens[tokens.length - 1] = stripPossessive(last);
  // The name is what follows the last title word; the last word itself is never a title when
  // something precedes it, so surnames that are also titles survive ("John Major").
  let cut = -1;
  tokens.forEach((t, i) => {
    // A possessor inside the run belongs to the title ("City's Joao Pereira", "NATO's Jens …").
    const possessor = /['’]s?$/u.test(t);
    if (i < tokens.length - 1 && (TITLE_WORDS.has(key(t)) || isAcronym(t) || possessor)) cut = i;
  });
  // "Veterans Affairs David Shulkin" (from "Secretary of Veterans Affairs David Shulkin"): a known
  // first name after two or more words starts the name.
  // "Journalist Ravi Anand" opening a sentence: a role noun before a full name is a title.
  if (cut < 0 && tokens.length >= 3 && ROLE_HEADS.has(key(tokens[0]!))) cut = 0;
  // Not when the run already opens with a first name ("Ann Claire Williams"), nor after one word
  // only ("Aaron David Miller").
  const first = FIRST_NAMES.has(key(tokens[cut + 1] ?? ''))
    ? -1
    : tokens.findIndex(
        (t, i) =>
          i < tokens.length - 1 &&
          FIRST_NAMES.has(key(t)) &&
          (i > cut + 2 || (i === cut + 2 && titleLike(tokens[cut + 1]!))),
      );
  if (first >= 0 && tokens.length - first <= 3) cut = first - 1;
  let titles = saint ? [saint, ...tokens.slice(0, cut + 1)] : tokens.slice(0, cut + 1);
  let rest = tokens.slice(cut + 1);
  if (rest.length === 1 && TITLE_WORDS.has(key(rest[0]!))) {
    titles = tokens;
    rest = [];
  }
  if (rest.length === 0) return { name: '', titles, possessive };
  if (rest.length > 4) return null;
  for (const [i, t] of rest.entries()) {
    const k = key(t);
    // "Bill Shuster", "Mark Field": a first name that is also a common word.
    const firstName = i === 0 && rest.length > 1 && (MALE_NAMES.has(k) || FEMALE_NAMES.has(k));
    // "John A. Boehner", "Mary I. Smith": a middle initial is no function word ("a", "I").
    if (i > 0 && i < rest.length - 1 && /^\p{Lu}\.$/u.test(t)) continue;
    if ((NON_PERSON_WORDS.has(k) && !firstName) || NOT_NAME_WORDS.has(k) || isAcronym(t)) return null;
    if (rest.length === 1 && TITLE_WORDS.has(k.replace(/s$/u, ''))) return null;
  }
  return { name: rest.join(' '), titles, possessive };
}

/**
 * The possessor ending `before` ("Fox News' ", "CNN's "), as a match, or null. The pattern is
 * anchored at the end of the whole text before the name; a text that does not end in an apostrophe
 * (or "'s") and white space cannot match, and is not scanned (most names have none before them).
 */
export function possessorBefore(before: string): RegExpExecArray | null {
  const bare = before.trimEnd(); // trimEnd's white space is the pattern's \s
  if (bare.length === before.length) return null;
  const last = bare.at(-1);
  const apostrophe = (c: string | undefined) => c === "'" || c === '’';
  if (!apostrophe(last) && !(last === 's' && apostrophe(bare.at(-2)))) return null;
  return /(?:\p{Lu}[\p{L}\p{M}.-]*\s+)*\p{Lu}[\p{L}\p{M}.-]*['’]s?\s+$/u.exec(before);
}
