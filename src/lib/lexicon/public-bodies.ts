/**
 * lexicon/public-bodies: English nouns for public bodies that run on a yearly budget ("an agency
 * with a budget of $200 billion", "the department's budget"). Lower-case, space-separated.
 *
 * Source: the common names of government units in English news (agency, department, ministry,
 * county…), chosen by hand. Used by extract/figures/roles: a budget of one of these is a yearly
 * level unless the article states another span.
 */

/** "agency agencies department …". */
export const PUBLIC_BODIES =
  'agency agencies department departments ministry ministries government governments administration ' +
  'pentagon bureaucracy city county state council municipality district police military army navy';
