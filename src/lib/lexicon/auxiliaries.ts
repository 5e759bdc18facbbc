/**
 * lexicon/auxiliaries: English auxiliary and linking verbs, lower-case, space-separated.
 *
 * Source: English grammar (be/have/modals) plus the linking verbs seem and remain; chosen by hand.
 * Used by extract/quotes to tell "X is said" style clauses from speech tags.
 */

/** "is are was … remains". */
export const AUXILIARIES =
  'is are was were be been has have had will would can could may might must should seemed seems remained remains';
