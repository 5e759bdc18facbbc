/**
 * lexicon/sentence-openers: English function words that often open a sentence capitalised but
 * never start a name ("But Alder and Bexley said"), lower-case, space-separated.
 *
 * Source: chosen by hand (conjunctions, articles, short prepositions). A short, deliberate list;
 * not the same as lexicon/function-words, which is a frequency list. Used by extract/quotes.
 */

/** "but and the a an in on at as when while after both then so". */
export const SENTENCE_OPENERS = 'but and the a an in on at as when while after both then so';
