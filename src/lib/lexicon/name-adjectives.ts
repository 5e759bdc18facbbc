/**
 * lexicon/name-adjectives: capitalised adjectives that begin many names but are never a name on
 * their own ("Western", "Federal", "International"), lower-case, space-separated.
 *
 * Source: chosen by hand from news copy. Used by compare/entities (via compare/entity-words).
 */

/** "western eastern … international". */
export const NAME_ADJECTIVES = `western eastern northern southern central allied federal national international`;
