/**
 * normalize/text/dates: a calendar date written the way news pages print them -> "YYYY-MM-DD".
 *
 * "30 Apr 2024 20:05", "April 30, 2024", "Nov. 19, 2019", "November 20th, 2019", "30. April 2024",
 * "22 de outubro de 2010", "2024-04-30", "30.04.2024", "21/06/2014"; month names in en, de, fr,
 * es, it, pt, nl and id. Times, weekdays and time zones around the date are ignored.
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

const PATTERNS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'dmy-num' }> = [
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/u, order: 'ymd' },
  { re: new RegExp(`(?<![\\p{L}\\d])${DAY}${JOIN}${MONTH_NAME}${JOIN}${YEAR}\\b`, 'iu'), order: 'dmy' },
  { re: new RegExp(`(?<![\\p{L}\\d])${MONTH_NAME}\\s+${DAY}\\s*,?\\s+${YEAR}\\b`, 'iu'), order: 'mdy' },
  { re: /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})\b/u, order: 'dmy-num' },
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
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
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
    // Day first, as most of the world writes it, unless that cannot be ("04/30/2024").
    const first = Number(match[1]);
    const second = Number(match[3]);
    year = Number(match[4]);
    [day, month] = first > 12 || second <= 12 ? [first, second] : [second, first];
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

/** A line that is nothing but a date (and maybe a time or weekday): furniture, not text. */
export function isDateLine(text: string): boolean {
  if (text.length > 60 || !findDate(text)) return false;
  const rest = text
    .replace(/\d+/gu, ' ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 2 && !MONTH_NUMBER.has(w.toLowerCase()));
  return rest.length <= 3;
}
