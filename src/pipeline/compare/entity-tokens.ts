/**
 * compare/entity-tokens: token-level helpers of findEntities (entities.ts).
 *
 * In:  a paragraph's text around a capitalised run, and the run's tokens.
 * Out: whether a run starts a sentence, the word before it, the lower-case words of a paragraph,
 *      and the run split into name parts (titles and sentence-initial function words cut off).
 */
import { STOPWORDS, fold } from './text.ts';
import { CALENDAR, ORG_WORDS, PLACES, TITLES } from './entity-words.ts';

/** All capitals (digits allowed), two characters or more: "NATO", "G7". */
export const isAcronym = (token: string) => /^[\p{Lu}\d]{2,}$/u.test(token) && /\p{Lu}/u.test(token);
/** A capitalised word with a nationality ending ("Ukrainian", "Chinese") that is not itself a place. */
export const isDemonym = (token: string) =>
  /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(token) && !PLACES.has(fold(token));

/** Clean one token: drop a possessive, a trailing period, and a lower-case hyphen suffix ("NATO-led"). */
export function cleanToken(token: string): string {
  let t = token
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    .replace(/\.$/u, '');
  const hyphen = /^(.+?)-\p{Ll}/u.exec(t);
  if (hyphen && !/^\p{Ll}/u.test(t)) t = hyphen[1]!;
  return t;
}

/** Adds the words of `/\b[a-z]+/g` in `text` to `into` (a scan by hand: this runs on every paragraph). */
export function addLowercaseWords(text: string, into: Set<string>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122 && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < n) {
        const next = text.charCodeAt(j);
        if (next < 97 || next > 122) break;
        j++;
      }
      into.add(text.slice(i, j));
      i = j;
    } else i++;
  }
}

/** `\w` without the u flag: [A-Za-z0-9_]. */
const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

const SENTENCE_BREAK = /(?:[.!?]["”’»)]*\s+|[:;]\s+|(?<![,.])["“«([]\s*|^\s+)$/u;
/** What can end `prefix` (before trailing white space) when SENTENCE_BREAK matches. */
const BREAK_CHARS = new Set('.!?"”’»):;“«([');

/** Whether a name right after `prefix` (non-empty) starts a sentence: see SENTENCE_BREAK. */
export function endsSentence(prefix: string): boolean {
  // trimEnd removes exactly what \s matches; the regex cannot match unless the text before that
  // white space is empty or ends with one of BREAK_CHARS, so most names skip the regex.
  const trimmed = prefix.trimEnd();
  if (trimmed !== '' && !BREAK_CHARS.has(trimmed.charAt(trimmed.length - 1))) return false;
  return SENTENCE_BREAK.test(prefix);
}

const LETTER = /^\p{L}$/u;
const isLetter = (cp: number): boolean =>
  cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) : LETTER.test(String.fromCodePoint(cp));

/** The last run of letters in `text` ('' when none): what `/(\p{L}+)\P{L}*$/u` captures. */
export function lastWord(text: string): string {
  let end = text.length;
  // Skip trailing non-letters, then take letters, one code point at a time (surrogate pairs whole).
  let inWord = false;
  let wordEnd = 0;
  while (end > 0) {
    let width = 1;
    let cp = text.charCodeAt(end - 1);
    if (cp >= 0xdc00 && cp <= 0xdfff && end >= 2) {
      const high = text.charCodeAt(end - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const letter = isLetter(cp);
    if (!inWord && letter) {
      inWord = true;
      wordEnd = end;
    } else if (inWord && !letter) return text.slice(end, wordEnd);
    end -= width;
  }
  return inWord ? text.slice(0, wordEnd) : '';
}

export interface RunPart {
  tokens: string[];
  mid: boolean;
  titled: boolean;
  first: boolean;
}

/**
 * Split a capitalised run at title words and drop sentence-initial function words:
 * "However NATO Secretary General Jens Stoltenberg" -> [NATO], [Jens Stoltenberg (titled)].
 */
export function splitRun(raw: string[], atSentenceStart: boolean): RunPart[] {
  let tokens = raw;
  let mid = !atSentenceStart;
  // Sentence-initial function words ("The", "However", "In") are not part of the name.
  while (tokens.length > 0 && !mid && STOPWORDS.has(fold(tokens[0]!))) {
    tokens = tokens.slice(1);
    mid = true;
  }
  const parts: RunPart[] = [];
  const isOrg = tokens.some((t) => ORG_WORDS.has(fold(t)));
  let current: string[] = [];
  let titled = false;
  let first = true;
  let firstIsMid = mid;
  const flush = (nextTitled: boolean) => {
    if (current.length > 0) {
      parts.push({ tokens: current, mid: firstIsMid, titled, first });
      first = false;
    }
    current = [];
    titled = nextTitled;
    firstIsMid = true;
  };
  tokens.forEach((rawToken, i) => {
    const token = cleanToken(rawToken);
    const key = fold(token);
    if (!token) return;
    if (CALENDAR.has(key) || STOPWORDS.has(key)) return flush(false);
    if (!isOrg && TITLES.has(key)) return flush(true);
    // "Ukrainian President Zelensky": the adjective before a title is not part of a name.
    const next = tokens[i + 1];
    if (current.length === 0 && isDemonym(token) && next !== undefined && TITLES.has(fold(next))) return;
    current.push(token);
    // A possessive ends a name: "Ukraine's Western allies" is Ukraine, then Western.
    if (/['’]s?$/u.test(rawToken)) flush(false);
  });
  flush(false);
  return parts;
}
