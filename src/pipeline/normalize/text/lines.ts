/**
 * normalize/text/lines: the page text -> one `Line` per non-blank line, with the cheap features
 * every later step reads (word count, sentence punctuation, bullet marker, blank line before).
 *
 * A pasted or scraped page keeps one block element per line: a body paragraph is one long line,
 * a menu is a run of short ones. So the line, not the blank-line-separated block, is the unit.
 */
import { INVISIBLE_CHARACTERS } from '../invisible.ts';
import { ASCII_LETTERS_ONLY } from '../../../lib/ascii-letters.ts';
import { stopwordCount } from './stopwords.ts';

export interface Line {
  /** Position among the non-blank lines (0-based). */
  index: number;
  /** The line trimmed of surrounding whitespace: what a paragraph keeps, verbatim. */
  text: string;
  /** `text` without a leading bullet marker ("• ", "- ", "* ") and with inner whitespace collapsed. */
  bare: string;
  /** Words, counting runs of CJK characters as roughly one word per two characters. */
  words: number;
  /** Ends like a sentence (". ! ? …" maybe followed by a closing quote or bracket). */
  sentence: boolean;
  /**
   * Function words among `words` (see stopwords.ts): high in running text, near zero in menus.
   * Counted only for lines of six words or more (0 otherwise).
   */
  stop: number;
  /** Starts with a list bullet. */
  bullet: boolean;
  /** A blank line (or the start of the page) comes right before this line. */
  blankBefore: boolean;
}

/** Shorter lines are never weighed as prose, so their function words are not counted. */
const MIN_WORDS_FOR_STOPWORDS = 6;
const BULLET = /^(?:[•·▪▫◦‣⁃●○■□►▸▶➤→»›*]|[-–—](?=\s))\s*/u;
const SENTENCE_END = /[.!?…。！？؟।][\s"'”’»)\]]*$/u;
/** White space that collapsing would change: two in a row, or one that is not a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/u;

/** The text's lines with their offsets and bare text (invisible characters removed), the unit every text rule reads. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = true;
  // Invisible characters are removed from the whole text at once (one pass, not one per line): none
  // of them is a line end, so every line loses exactly what it would alone.
  for (const raw of text.replace(INVISIBLE_CHARACTERS, '').split('\n')) {
    const text = raw.trim();
    if (!text) {
      blankBefore = true;
      continue;
    }
    const bullet = BULLET.test(text);
    const unbulleted = bullet ? text.replace(BULLET, '') : text;
    // Most lines are spaced already: the collapse runs only where it changes something.
    const bare = UNEVEN_SPACE.test(unbulleted) ? unbulleted.replace(/\s+/gu, ' ') : unbulleted;
    const words = countWords(bare);
    lines.push({
      index: lines.length,
      text,
      bare,
      words,
      // Only lines long enough to be prose need it; skipping menus keeps this cheap.
      stop: words >= MIN_WORDS_FOR_STOPWORDS ? stopwordCount(bare) : 0,
      sentence: SENTENCE_END.test(bare),
      bullet,
      blankBefore,
    });
    blankBefore = false;
  }
  return lines;
}

/** The number of words in a text, counted without allocating (used for line and region scores). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  // CJK characters counted here too: its ranges are all in the BMP, below the surrogates.
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
    if (
      code >= 0x3040 &&
      (code <= 0x30ff || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af))
    )
      cjk++;
  }
  return cjk > 0 ? Math.max(words, Math.round(cjk / 2)) : words;
}

/** Whether a UTF-16 code unit is what `\s` matches in a pattern (white space or a line end). */
function isWhiteSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text.split(/\s+/u).length` (empty pieces at the ends included) and, with `nonEmpty`,
 * `text.split(/\s+/u).filter(Boolean).length`, counted without building the array: rules that
 * only need how many words a line or paragraph has ran the split on every line of every page.
 * `atMost` stops the count there (for a test like "at least 15 words" on long paragraphs).
 */
export function splitWordCount(text: string, nonEmpty = false, atMost = Infinity): number {
  let runs = 0;
  let words = 0;
  let inSpace = false;
  for (let i = 0; i < text.length && (nonEmpty ? words : runs + 1) < atMost; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (space && !inSpace) runs++;
    else if (!space && (inSpace || i === 0)) words++;
    inSpace = space;
  }
  return Math.min(nonEmpty ? words : runs + 1, atMost);
}

/** Lower-cased letters and digits only: for comparing lines that differ in punctuation or spacing. */
export function fingerprint(text: string): string {
  // \p{L} and \p{N} find [A-Za-z0-9] here, and only [a-z0-9] are left after lower-casing.
  if (ASCII_LETTERS_ONLY.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The first character of fingerprint(text) when it is an ASCII letter or digit after nothing but
 * ASCII punctuation and spaces (so cheap to find, and fingerprint starts with it lower-cased), '' for
 * an empty fingerprint, null when a non-ASCII character comes first (ask fingerprint). A scan that
 * compares many lines with a few fingerprints skips most lines by it.
 */
export function fingerprintStart(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return null;
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return text[i]!;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  }
  return '';
}

const fingerprints = new WeakMap<Line, string>();

/** fingerprint(line.bare), computed once per line (several steps compare lines by it). */
export function lineFingerprint(line: Line): string {
  let key = fingerprints.get(line);
  if (key === undefined) {
    key = fingerprint(line.bare);
    fingerprints.set(line, key);
  }
  return key;
}
