/**
 * normalize/text/dates: a calendar date written the way news pages print them -> "YYYY-MM-DD".
 *
 * "30 Apr 2024 20:05", "April 30, 2024", "Nov. 19, 2019", "November 20th, 2019", "30. April 2024",
 * "22 de outubro de 2010", "2024-04-30", "2024-04-30T20:05:00Z", "2024/04/30", "30.04.2024",
 * "21/06/2014"; month names in en, de, fr, es, it, pt, nl and id. Times, weekdays and time zones
 * around the date are ignored: the calendar date is read as written, the same in every time zone.
 *
 * Numbers alone are read only where their order is not in doubt: year first is always
 * year-month-day; dotted "11.04.2018" is day first by convention (nobody prints month.day.year);
 * slashed "21/06/2014" or "06/21/2014" only when one number cannot be a month. "11/04/2018" may
 * be 11 April or 4 November: it is still a date line (isDateLine), but findDate does not guess.
 * This is the one date reader: the HTML normalizer's metadata (isoDate) uses it too.
 */
import { MONTHS } from '../../../lib/lexicon/months.ts';

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap(([number, names]) => names.split(' ').map((name): [string, number] => [name, number])),
);

const MONTH_NAME = '([\\p{L}]{3,10})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?';
const YEAR = '((?:19|20)\\d{2})';
/** Connectors between day, month and year: spaces, commas, "de" (es/pt), "of". */
const JOIN = '(?:\\s*,?\\s+(?:de\\s+|of\\s+)?|\\s*-\\s*)';

/** "11/04/2018", "30.04.2024": day and month as numbers, in an order the text may not settle. */
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})\b/u;

const PATTERNS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'dmy-num' }> = [
  // "2018-04-11", "2018-04-11T09:30:00Z", "2018/4/11": year first is never ambiguous.
  { re: /(?<![\d./-])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[-/.]\d)/u, order: 'ymd' },
  { re: new RegExp(`(?<![\\p{L}\\d])${DAY}${JOIN}${MONTH_NAME}${JOIN}${YEAR}\\b`, 'iu'), order: 'dmy' },
  { re: new RegExp(`(?<![\\p{L}\\d])${MONTH_NAME}\\s+${DAY}\\s*,?\\s+${YEAR}\\b`, 'iu'), order: 'mdy' },
  { re: NUMERIC_DMY, order: 'dmy-num' },
];

const HAS_YEAR = /(?:19|20)\d\d/;

/** The first date in the text as YYYY-MM-DD, or null. */
export function findDate(text: string): string | null {
  // Every pattern ends in a year of 19xx or 20xx: most lines have none and need no more tests.
  if (!HAS_YEAR.test(text)) return null;
  let best: { at: number; date: string } | null = null;
  for (const { re, order } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    const date = toIso(match, order);
    if (date && (!best || match.index < best.at)) best = { at: match.index, date };
  }
  return best?.date ?? null;
}

function toIso(match: RegExpExecArray, order: 'ymd' | 'dmy' | 'mdy' | 'dmy-num'): string | null {
  let year: number;
  let month: number | undefined;
  let day: number;
  if (order === 'ymd') {
    [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
  } else if (order === 'dmy') {
    [day, month, year] = [
      Number(match[1]),
      MONTH_NUMBER.get((match[2] ?? '').toLowerCase()),
      Number(match[3]),
    ];
  } else if (order === 'mdy') {
    [month, day, year] = [
      MONTH_NUMBER.get((match[1] ?? '').toLowerCase()),
      Number(match[2]),
      Number(match[3]),
    ];
  } else {
    const first = Number(match[1]);
    const second = Number(match[3]);
    year = Number(match[4]);
    if (match[2] === '.' || first > 12 || first === second) [day, month] = [first, second];
    else if (second > 12) [day, month] = [second, first];
    // "11/04/2018": 11 April to most of the world, 4 November in the US. No guess.
    else return null;
  }
  return month ? calendarDate(year, month, day) : null;
}

/**
 * Year, month, day -> "YYYY-MM-DD", or null for an impossible date (31 February, month 13) or a
 * year outside 1900-2100. Pure arithmetic in UTC: the same answer in every time zone. Both
 * normalizers (text and HTML) validate dates here.
 */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31)
    return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return check.getUTCDate() === day ? iso : null;
}

/**
 * "11/04/18", "4-11-2018": day, month and year as numbers alone, a two-digit year too. A date
 * line, though findDate reads no calendar date from it (the century and the order are unknown).
 */
const NUMBERS_ONLY_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/u;

/** A line that is nothing but a date (and maybe a time or weekday): furniture, not text. */
export function isDateLine(text: string): boolean {
  if (NUMBERS_ONLY_DATE.test(text)) return true;
  if (text.length > 60 || !(findDate(text) || NUMERIC_DMY.test(text))) return false;
  const rest = text
    .replace(/\d+/gu, ' ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 2 && !MONTH_NUMBER.has(w.toLowerCase()));
  return rest.length <= 3;
}
