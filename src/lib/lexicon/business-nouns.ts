/**
 * lexicon/business-nouns: generic nouns for a business or media organisation ("the company said",
 * "the network said"), lower-case, space-separated. Such a noun refers back to the one
 * organisation that has spoken in the article.
 *
 * Source: chosen by hand from business and media reporting. Used by extract/quotes/speakers.
 */

/** "company firm … group". */
export const BUSINESS_NOUNS = `company firm studio retailer airline automaker maker carrier startup
  manufacturer developer platform network publisher broadcaster group`;
