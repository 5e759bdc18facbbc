/**
 * lexicon/organisation-nouns: generic nouns for a public or civic body ("the union said", "the
 * court said"), lower-case, space-separated. Such a noun refers only to an organisation whose own
 * name holds it ("the Air Traffic Controllers Union", "the Supreme Court").
 *
 * Source: chosen by hand from political and court reporting. Used by extract/quotes/speakers.
 */

/** "agency department … institute". */
export const ORGANISATION_NOUNS = `agency department ministry campaign organization organisation union league
  club bank service office committee commission council court board association foundation institute
  society coalition alliance federation embassy party`;
