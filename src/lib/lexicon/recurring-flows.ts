/**
 * lexicon/recurring-flows: English nouns for money that arrives again and again — aid, subsidies,
 * wages — so that a habitual present ("Egypt receives $1.3 billion in military aid", "the $1
 * billion in aid Egypt gets") states a yearly level. A prize or a payment someone "receives" once
 * is not on the list. Lower-case, space-separated.
 *
 * Source: chosen by hand from the nouns of recurring public and personal income in English news.
 * Used by extract/figures/roles.
 */

/** "aid assistance subsidy …". */
export const RECURRING_FLOWS =
  'aid assistance subsidy subsidies funding grants salary salaries wage wages pay income revenue revenues royalties allowance pension';
