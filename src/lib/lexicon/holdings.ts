/**
 * lexicon/holdings: English nouns for what someone owns, whose value is a balance at a point in
 * time ("his stock options are worth $10 million", "a stake valued at $2bn"), not a flow of money.
 * Lower-case, space-separated.
 *
 * Source: chosen by hand from the nouns of ownership in business and politics news (shares,
 * stakes, holdings, fortunes). Used by extract/figures/roles.
 */

/** "stake stakes share shares …". */
export const HOLDINGS =
  'stake stakes share shares stock stocks options holdings portfolio portfolios fortune fortunes assets property properties';
