/**
 * lexicon/abbreviations: English abbreviations whose trailing period is not a sentence end,
 * lower-case without the final period, space-separated: titles (mr dr gen), Latin and business
 * shorthands (etc inc), English month abbreviations (jan … dec) and dotted forms (u.s a.m).
 *
 * Source: chosen by hand from news prose. Used by extract/quotes/sentences to split sentences.
 */

/** "mr mrs ms dr … jan feb … u.s u.k …". */
export const ABBREVIATIONS =
  'mr mrs ms dr prof sr jr st gen lt col capt sgt maj adm cmdr gov sen rep rev hon fr pres sec ' +
  'no vs etc inc ltd co corp dept est approx jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'u.s u.k u.n e.g i.e a.m p.m';
