/**
 * lexicon/months: month names and their usual abbreviations, lower-case, by month number.
 *
 * Languages: en, de, fr, es, it, pt, nl, id (with and without accents, as pages print them).
 * Source: the languages' standard calendars, abbreviations as seen in news datelines; written by
 * hand. Used by normalize/text/dates to read printed dates.
 *
 * MONTH_NAMES: the English names by number (index 0 = January), for writing dates (site/format.ts).
 * ENGLISH_MONTH_ABBREVIATIONS: their short forms, for compare/entity-words (a month is not a name).
 */

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "jan feb mar apr jun jul aug sep sept oct nov dec" ("may" has none). */
export const ENGLISH_MONTH_ABBREVIATIONS = 'jan feb mar apr jun jul aug sep sept oct nov dec';

export const MONTHS: ReadonlyArray<[number, string]> = [
  [1, 'january jan januar janvier enero ene gennaio gen janeiro januari jänner'],
  [2, 'february feb februar février fevrier febrero febbraio fevereiro fev februari pebruari'],
  [3, 'march mar märz maerz mars marzo março marco maart maret mrt'],
  [4, 'april apr avril abril aprile abr'],
  [5, 'may mai mayo maggio mag maio mei'],
  [6, 'june jun juni juin junio giugno giu junho'],
  [7, 'july jul juli juillet julio luglio lug julho'],
  [8, 'august aug août aout agosto ago agustus agt'],
  [9, 'september sep sept septembre septiembre settembre set setembro'],
  [10, 'october oct oktober octobre octubre ottobre ott outubro out okt'],
  [11, 'november nov novembre noviembre novembro nop'],
  [12, 'december dec dezember décembre decembre diciembre dic dicembre dezembro dez desember des'],
];
