/**
 * ascii-letters: a faster way to run a Unicode letter pattern on text whose letters are all ASCII.
 *
 *   ASCII_LETTERS_ONLY.test(text) -> true when every letter and digit of `text` is in [A-Za-z0-9]
 *   asciiTwin(pattern)            -> the same pattern without the `u` flag, \p{L} as [A-Za-z] etc.
 *   patternFor(pattern)(text)     -> the twin for such text, the pattern itself for any other
 *
 * Why: V8 runs a pattern with \p{…} classes (the `u` flag) several times slower than the same
 * pattern over [A-Za-z]; most news text is ASCII but for its curly quotes and dashes, and the
 * per-line and per-word rules that test every line of every page spent much of their time there.
 * On text ASCII_LETTERS_ONLY accepts, the twin finds exactly what the pattern finds (see the test
 * in tests/lib/ascii-letters.test.ts); elsewhere the original pattern must be used.
 */

/**
 * ASCII, give or take the typographic punctuation and spaces of news text (curly quotes, dashes,
 * ellipsis, guillemets, bullets, no-break space): no letter or digit outside [A-Za-z0-9], no mark,
 * no surrogate, and none of the extra characters is a letter, a digit or changed by toLowerCase.
 */
export const ASCII_LETTERS_ONLY =
  // eslint-disable-next-line no-control-regex
  /^[\x00-\x7f\u00a0\u00ab\u00b7\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;

/** \p{…} classes the twin can stand for, as the ranges they hold in ASCII-only text. */
const ASCII_RANGES: Record<string, string> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  N: '0-9',
  M: '',
};

/**
 * The pattern for text ASCII_LETTERS_ONLY accepts: the `u` flag dropped and each \p{L}, \p{Lu},
 * \p{Ll}, \p{N}, \p{M} replaced by its ASCII ranges (inside a class, or as a class of its own; a
 * lone \p{M} matches nothing). Any other \p or \P, or a pattern without the `u` flag, is refused,
 * so a twin is never silently wrong.
 */
export function asciiTwin(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('u')) throw new Error(`asciiTwin: ${pattern} has no u flag`);
  let inClass = false;
  let out = '';
  const source = pattern.source;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const property = /^\\[pP]\{([^}]*)\}/u.exec(source.slice(i));
      if (property) {
        const ranges = source[i + 1] === 'p' ? ASCII_RANGES[property[1]!] : undefined;
        if (ranges === undefined) throw new Error(`asciiTwin: ${property[0]} in ${pattern} has no twin`);
        out += inClass ? ranges : ranges ? `[${ranges}]` : '(?!)';
        i += property[0].length - 1;
        continue;
      }
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return new RegExp(out, pattern.flags.replace('u', ''));
}

/**
 * `pattern` and its twin, paired: `patternFor(pattern)(text)` is the twin when `text` passes
 * ASCII_LETTERS_ONLY and the pattern itself otherwise, so the rule for when a twin may run lives
 * here once.
 */
export function patternFor(pattern: RegExp): (text: string) => RegExp {
  const twin = asciiTwin(pattern);
  return (text) => (asciiLettersOnly(text) ? twin : pattern);
}

// The last text tested and its answer: several rules ask about one paragraph in a row (a string
// compare, mostly by reference, instead of a scan of the text each time).
let lastText = '';
let lastAnswer = true;

/** ASCII_LETTERS_ONLY.test(text), remembered for the last text asked about. */
export function asciiLettersOnly(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswer = ASCII_LETTERS_ONLY.test(text);
  }
  return lastAnswer;
}
