/**
 * lexicon/name-modified-groups: group nouns a person's name can modify ("Le Pen voters", "Trump
 * campaign aides", "the Obama administration"), lower-case, space-separated. A name followed by
 * one is a modifier, not a person who acts or speaks.
 *
 * Source: chosen by hand from political reporting. Used by extract/people.
 */

/** "voters supporters … rivals". */
export const NAME_MODIFIED_GROUPS = `voters supporters backers followers loyalists allies aides staffers
  administration campaign camp team government regime family foundation era presidency officials
  lawyers attorneys spokesman spokeswoman spokesperson critics opponents rivals`;
