/**
 * figures/measures: one paragraph -> the key numbers that are not money.
 *
 *   percent   "90%", "over 90 percent", "5 per cent", "between 5 and 10 percent" (two figures)
 *   duration  "six months", "two days", "a five-year fund" (unit: "months", "days", "years"…)
 *   distance  "1,000-kilometer front line", "500 km", "300 miles" (unit: "km", "mi", "m")
 *   count     "32 members", "32-nation alliance", "the other 31 allies" (unit: the noun as written)
 *
 * Years ("2024"), dates ("13 June", "July 9–11"), model names ("F-16", "G7") and the lone "one"
 * ("one way to…") are not figures. Whether a "five years" is a money span is decided later, by the
 * period pass; here it is just a duration.
 */
import { matchesAt } from './anchors.ts';
import { candidateAt, type Candidate } from './candidate.ts';
import {
  DIGIT_NUMBER,
  MONTH,
  WORD_NUMBER,
  looksLikeYear,
  parseNumber,
  parseScale,
  scaled,
} from './numbers.ts';

const PRIORITY = { percent: 15, distance: 14, duration: 13, count: 10 } as const;

/** A number standing on its own: not glued to letters, other digits, a hyphen (F-16) or a colon (10:30). */
const NUMBER = `(?<![\\p{L}\\p{N}_$€£¥₴₽₹₩₪₺₦.,\\-–—/:#])(?<number>${DIGIT_NUMBER}|${WORD_NUMBER})`;
const END = '(?![\\p{L}\\p{N}])';

const PERCENT_UNIT = `(?:\\s?%|\\s?(?:percent|per\\s+cent|pct)\\b|\\s(?:percentage\\s+points?)\\b)`;
const PERCENT_FORM = new RegExp(`${NUMBER}(?<unit>${PERCENT_UNIT})`, 'dyu');
/** "5-10%", "5% to 10%", "between 5 and 10 percent": the first end, which has no unit of its own. */
const PERCENT_RANGE_HEAD = new RegExp(
  `${NUMBER}(?<unit>${PERCENT_UNIT})?\\s*(?<connector>-|–|—|to|and)\\s*(?:${DIGIT_NUMBER}|${WORD_NUMBER})${PERCENT_UNIT}`,
  'dyu',
);

const TIME_UNITS: Record<string, string> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  decade: 'decades',
  century: 'centuries',
  centurie: 'centuries',
};
const DURATION_FORM = new RegExp(
  `${NUMBER}(?:\\s+|-)(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)${END}(?![\\s-]old\\b)`,
  'dyu',
);

const DISTANCE_UNITS: [RegExp, string][] = [
  [/^(?:km|kms|kilomet(?:er|re)s?)$/i, 'km'],
  [/^(?:mi|miles?)$/i, 'mi'],
  [/^(?:met(?:er|re)s?)$/i, 'm'],
];
const DISTANCE_FORM = new RegExp(
  `${NUMBER}(?:\\s?|-)(?<unit>km|kms|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?)${END}`,
  'dyu',
);

/** A number, maybe scaled ("1.4 million"), maybe glued to a singular noun ("32-nation alliance"). */
const COUNT_FORM = new RegExp(
  `${NUMBER}(?:\\s+(?<scale>[Tt]housand|[Mm]illion|[Bb]illion))?(?:-(?<compound>\\p{Ll}+)(?=\\s+\\p{L}))?${END}`,
  'dyu',
);
/** Words after the number: up to two modifiers ("NATO", "league", "other") and then the noun. */
const FOLLOWING_WORDS = /^(?:\s+[\p{L}'’.]+){1,3}/u;
/** Function words and comparatives: never the noun a number measures, and they end its phrase. */
const NOT_MEASURED_WORDS = new Set(
  (
    'of the a an and or but to in on at for with by from as than that which who whom whose what when where ' +
    'were was are is be been being have has had will would could can may might should must did do does ' +
    'not no so if up out into over under about after before since until while per via this these those ' +
    'it its their his her our your my they them he she we you i percent times more most'
  ).split(' '),
);
const MEASURE_NOUNS =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|points?|degrees?)$/;

/** Plural nouns without an -s, and -s words that are not plural nouns. */
const IRREGULAR_PLURALS = new Set(
  'people children men women police personnel staff aircraft cattle crew sheep deer fish feet teeth'.split(
    ' ',
  ),
);
const NOT_NOUNS = new Set(
  (
    'as has was does is this its thus plus less always perhaps besides towards afterwards whereas times yes ' +
    'means news whereby hers ours yours theirs us across always sometimes'
  ).split(' '),
);
/** Compounds that are not counted things ("three-fold", "5,000-strong", "a 2-1 win"). */
const NOT_COMPOUND_UNITS = new Set(
  'fold old odd plus strong something year day month week hour minute second decade'.split(' '),
);

/** Plurals the regular rules get wrong, for nouns a hyphenated count glues on ("a 5-man crew"). */
const IRREGULAR_PLURAL_OF: Readonly<Record<string, string>> = {
  man: 'men',
  woman: 'women',
  person: 'people',
  child: 'children',
};

/**
 * The plural of the singular noun in "a 32-nation alliance", so the count reads as what it counts
 * ("32 nations"); null where the regular rules cannot tell ("roof/hoof", "photo/hero"), and the
 * number is then left out rather than labelled wrongly.
 */
export function pluralOf(noun: string): string | null {
  const irregular = IRREGULAR_PLURAL_OF[noun] ?? (/man$/.test(noun) ? `${noun.slice(0, -3)}men` : undefined);
  if (irregular !== undefined) return irregular;
  if (/(?:f|fe|o)$/.test(noun)) return null;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function isPluralNoun(word: string): boolean {
  if (NOT_NOUNS.has(word)) return false;
  if (IRREGULAR_PLURALS.has(word)) return true;
  return /s$/.test(word) && !/(?:ss|us|is|'s|’s)$/.test(word);
}

/** "13 June", "June 13", "July 9–11": a number next to a month is a date. */
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`);
const MONTH_WORD = new RegExp(`^${MONTH}$`);
function isNextToMonth(paragraph: string, start: number, end: number): boolean {
  return (
    MONTH_BEFORE.test(paragraph.slice(Math.max(0, start - 12), start)) ||
    MONTH_AFTER.test(paragraph.slice(end, end + 16))
  );
}

/** Labels, not quantities: "Article 5", "Resolution 2231", "No. 10", "Flight 17". */
function isLabelNumber(paragraph: string, start: number): boolean {
  return /\b(?:Article|Articles|Resolution|No\.?|Number|Flight|Route|Chapter|Section|Page|Phase|Room|Level|Gate|Platform|Act)\s+$/.test(
    paragraph.slice(Math.max(0, start - 14), start),
  );
}

/** Written "one" is nearly always a determiner ("one way to avoid"), not a key number. */
function isWrittenOne(written: string): boolean {
  return /^one$/i.test(written.trim());
}

function numberOf(match: RegExpExecArray): { value: number | null; written: string } {
  const written = match.groups?.number ?? '';
  return { value: parseNumber(written), written };
}

function percents(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(PERCENT_FORM, paragraph, anchors)) {
    const { value } = numberOf(match);
    if (value === null) continue;
    const points = /point/.test(match.groups?.unit ?? '');
    found.push(
      candidateAt(paragraph, match.index, match.index + match[0].length, {
        kind: 'percent',
        amount: value,
        currency: null,
        unit: points ? 'percentage points' : null,
        priority: PRIORITY.percent,
      }),
    );
  }
  for (const match of matchesAt(PERCENT_RANGE_HEAD, paragraph, anchors)) {
    if (match.groups?.unit) continue; // "5% to 10%": the head already matched as a percent
    if (match.groups?.connector === 'and' && !/\bbetween\s+$/i.test(paragraph.slice(0, match.index)))
      continue;
    const { value, written } = numberOf(match);
    if (value === null) continue;
    found.push(
      candidateAt(paragraph, match.index, match.index + written.length, {
        kind: 'percent',
        amount: value,
        currency: null,
        unit: null,
        priority: PRIORITY.percent,
      }),
    );
  }
  return found;
}

function durations(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(DURATION_FORM, paragraph, anchors)) {
    const { value, written } = numberOf(match);
    if (value === null || isWrittenOne(written)) continue;
    const unitWord = (match.groups?.unit ?? '').toLowerCase().replace(/s$/, '');
    found.push(
      candidateAt(paragraph, match.index, match.index + match[0].length, {
        kind: 'duration',
        amount: value,
        currency: null,
        unit: TIME_UNITS[unitWord] ?? unitWord,
        priority: PRIORITY.duration,
      }),
    );
  }
  return found;
}

function distances(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(DISTANCE_FORM, paragraph, anchors)) {
    const { value, written } = numberOf(match);
    if (value === null || isWrittenOne(written)) continue;
    const unitWritten = match.groups?.unit ?? '';
    const unit = DISTANCE_UNITS.find(([pattern]) => pattern.test(unitWritten))?.[1] ?? unitWritten;
    found.push(
      candidateAt(paragraph, match.index, match.index + match[0].length, {
        kind: 'distance',
        amount: value,
        currency: null,
        unit,
        priority: PRIORITY.distance,
      }),
    );
  }
  return found;
}

/** The counted noun after a number: "32 members", "32 NATO members", "35 league games"; else null. */
function countedNoun(after: string): { noun: string; length: number } | null {
  const words = after.match(FOLLOWING_WORDS)?.[0] ?? '';
  let length = 0;
  const spacedWords = words.match(/\s+[\p{L}'’.]+/gu) ?? [];
  for (const [index, spaced] of spacedWords.entries()) {
    const word = spaced.trim().replace(/\.$/, '');
    length += spaced.length - (spaced.trim().length - word.length);
    if (MONTH_WORD.test(word)) return null;
    if (/^\p{Lu}/u.test(word)) {
      // "6.5 million Ukrainians have fled": a capitalised plural with no noun after it is the noun;
      // otherwise it modifies one ("32 NATO members", "27 EU countries").
      const next = spacedWords[index + 1]?.trim().toLowerCase();
      const endsPhrase = next === undefined || NOT_MEASURED_WORDS.has(next) || /[.,;:]$/.test(spaced);
      if (endsPhrase && isPluralNoun(word.toLowerCase())) return { noun: word, length };
      continue;
    }
    const lower = word.toLowerCase();
    if (NOT_MEASURED_WORDS.has(lower) || MEASURE_NOUNS.test(lower)) return null;
    if (isPluralNoun(lower)) return { noun: word, length };
  }
  return null;
}

function counts(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(COUNT_FORM, paragraph, anchors)) {
    const { value, written } = numberOf(match);
    const scale = parseScale(match.groups?.scale);
    // "1 million shells" is a count; a lone "1" or "one" ("one way to…") is not.
    if (value === null || (scale === 1 && (value === 1 || isWrittenOne(written)))) continue;
    if (looksLikeYear(written) && scale === 1) continue;
    const numberEnd = match.index + written.length;
    if (isNextToMonth(paragraph, match.index, numberEnd) || isLabelNumber(paragraph, match.index)) continue;
    let end = match.index + match[0].length;
    let unit: string;
    const compound = match.groups?.compound;
    if (compound !== undefined) {
      // "32-nation alliance" counts nations: the label names them as the plural the text implies.
      const plural = NOT_COMPOUND_UNITS.has(compound) ? null : pluralOf(compound);
      if (plural === null) continue;
      unit = plural;
    } else {
      const counted = countedNoun(paragraph.slice(end, end + 60));
      if (counted === null) continue;
      unit = counted.noun;
      end += counted.length;
    }
    found.push(
      candidateAt(paragraph, match.index, end, {
        kind: 'count',
        amount: scaled(value, scale),
        currency: null,
        unit,
        priority: PRIORITY.count,
      }),
    );
  }
  return found;
}

/** Every non-money reading of the paragraph; overlaps are resolved by the caller. */
export function findMeasures(paragraph: string, anchors: number[]): Candidate[] {
  return [
    ...percents(paragraph, anchors),
    ...durations(paragraph, anchors),
    ...distances(paragraph, anchors),
    ...counts(paragraph, anchors),
  ];
}
