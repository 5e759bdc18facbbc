/**
 * figures/numbers: how numbers are written in news text, as regex sources, and their values.
 *
 * In:  a matched number ("1,000", "1.375", "thirty-two", "half a") and scale ("billion", "bn", "m").
 * Out: plain JS numbers. Regex sources here are building blocks for the matchers in money.ts and
 *      measures.ts; they carry no capture groups so callers can wrap them freely.
 */

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers written as words. Crore and lakh: Indian and Pakistani outlets use them for money. */
const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
};
/** Multipliers written as abbreviations glued to (or just after) the digits: "$8B", "€40bn", "£2.5m". */
const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mio: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** Sentence-initial words are capitalised: match "Five" as well as "five". */
export function capitalisable(word: string): string {
  const first = word[0] ?? '';
  return `[${first}${first.toUpperCase()}]${word.slice(1)}`;
}

function alternation(words: string[]): string {
  // Longest first, so "seventeen" is not read as "seven" + "teen".
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(capitalisable)
    .join('|');
}

const UNIT_ALT = alternation(Object.keys(UNITS));
const TENS_ALT = alternation(Object.keys(TENS));
/** Any single number word ("five", "Thirty"): where a written number can start. */
export const NUMBER_WORD = `${TENS_ALT}|${UNIT_ALT}`;
const BELOW_HUNDRED = `(?:(?:${TENS_ALT})(?:[- ](?:${UNIT_ALT}))?|(?:${UNIT_ALT}))`;

/** "six", "thirty-two", "two hundred and fifty" (a word boundary is the caller's job). */
export const WORD_NUMBER = `(?:${BELOW_HUNDRED}(?:\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?)?)`;

/** "1,000", "1.375", "60" — never preceded by a letter or another digit (the caller checks). */
export const DIGIT_NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?`;

/** Words that only make a number in front of a scale: "half a billion", "a million", "an estimated"… no. */
export const SCALE_ONLY_NUMBER = `(?:[Hh]alf\\s+an?|[Aa]\\s+quarter\\s+of\\s+an?|[Aa]n?)`;

/** Any number a money or measure phrase can start with. */
export const ANY_NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER}|${SCALE_ONLY_NUMBER})`;

/** Big multipliers as words, the ones money and counts use ("100 billion"); "hundred" is in WORD_NUMBER. */
export const SCALE_WORD = `(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Cc]rore|[Ll]akh)`;
export const SCALE_ABBREVIATION = `(?:bn|Bn|BN|bln|mn|Mn|mln|mio|tn|trn|[mMbBkKtT])`;

/** Month names: a number next to one is a date, not a count. */
export const MONTH = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/** Value of a number as written, or null if it is not one ("a" alone is 1 only before a scale). */
export function parseNumber(written: string): number | null {
  const text = written.trim().toLowerCase();
  if (/^[\d,.]+$/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  if (/^half\s+an?$/.test(text)) return 0.5;
  if (/^a\s+quarter\s+of\s+an?$/.test(text)) return 0.25;
  if (text === 'a' || text === 'an') return 1;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word in UNITS) current += UNITS[word] as number;
    else if (word in TENS) current += TENS[word] as number;
    else if (word === 'hundred') current = (current || 1) * 100;
    else return null;
    seen = true;
  }
  total += current;
  return seen ? total : null;
}

/** Multiplier of a scale as written ("billion", "bn", "B", "m"); 1 when there is none. */
export function parseScale(written: string | undefined): number {
  if (!written) return 1;
  const word = written.trim().toLowerCase().replace(/s$/, '');
  return SCALE_WORDS[word] ?? SCALE_ABBREVIATIONS[word] ?? SCALE_ABBREVIATIONS[written.trim()] ?? 1;
}

/** value × scale without binary-float noise (1.4 × 1e9 must be exactly 1400000000). */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/** A four-digit number in this range standing alone is a year, never a count. */
export function looksLikeYear(written: string): boolean {
  if (!/^\d{4}$/.test(written)) return false;
  const value = Number(written);
  return value >= 1800 && value <= 2199;
}
