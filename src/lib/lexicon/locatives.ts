/**
 * lexicon/locatives: the words that, right before a capitalised name, say it is a place ("in
 * Brussels", "to Kyiv", "visited Warsaw"), lower-case, space-separated.
 *
 * Source: English prepositions of place and direction plus the verb "visit", chosen by hand. Used
 * by compare/entities (via compare/entity-words).
 */

/** "in to from at … visit visited visiting". */
export const LOCATIVES = `in to from at across into near toward towards throughout inside outside visit visited visiting`;
