/**
 * lexicon/priced-items: English nouns for a thing bought one at a time, whose fee is a unit price
 * ("the license fee of $35.50", "an entry fee of $20"), not a sum paid over time. Lower-case,
 * space-separated.
 *
 * Source: chosen by hand from the fee compounds of English news money sentences (licences, entry,
 * tickets, applications); fees that are sums ("legal fees", "a break-up fee") are left out on
 * purpose. Used by extract/figures/roles.
 */

/** "license licence entry admission …". */
export const PRICED_ITEMS =
  'license licence entry admission registration application filing membership parking ticket tuition toll';
