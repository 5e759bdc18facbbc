/**
 * lexicon/name-titles: titles that stand before a name without being part of it ("President",
 * "Sheikh", "Dr"), lower-case, space-separated: compare/entities cuts them off the front of a
 * capitalised run ("President Joe Biden" -> "Joe Biden") and compare/role-names counts them as
 * role nouns.
 *
 * Source: chosen by hand from news copy. Not the same list as titles.ts (TITLE_WORDS, which
 * extract/people strips from a speaker's name): this one is shorter (no party, nationality, job
 * or sports words) and has a few of its own ("ministers", "sayyed", "sultan"). Merging the two
 * would change which names compare/entities cuts, so they stay two lists with two names.
 */

/** "president vice prime minister … gen col lt". */
export const NAME_TITLES = `president vice prime minister ministers secretary general secretary-general chancellor chief
  chairman chairwoman chair king queen prince princess pope sen senator rep gov governor mayor
  ambassador spokesman spokeswoman spokesperson commander admiral colonel lieutenant captain
  sergeant judge dr mr mrs ms sir lord lady deputy former acting leader sheikh sayyed ayatollah
  director head boss premier emir sultan cardinal bishop professor prof gen col lt`;
