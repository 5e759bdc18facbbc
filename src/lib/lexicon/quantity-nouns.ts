/**
 * lexicon/quantity-nouns: English nouns a sum of money can be of ("a fine of €1.8bn", "a cap of
 * $10,000"), beyond the money nouns that by themselves make a bare number money (those stay
 * with extract/figures/money). Lower-case, space-separated.
 *
 * Source: chosen by hand from news money sentences. Used by extract/figures/quantity-head.
 */

/** "amount sum cap ceiling limit penalty …". */
export const QUANTITY_NOUNS =
  'amount sum cap ceiling limit penalty penalties award awards value cost costs price prices income ' +
  'incomes pay salaries stipend stipends bonus bonuses rent premium premiums tariff tariffs levy duty duties bill bills outlay ' +
  'outlays savings cut cuts shortfall gap increase hike rise reduction estate estates fortune wealth ' +
  'assets liabilities stake buyout gift gifts wage earnings dividend dividends rebate refund ' +
  'refunds spending expenditure expenditures appropriation appropriations request sequester sequestration ' +
  'withdrawals withdrawal deposits deposit transfer transfers transaction transactions cheque check ' +
  'benefit benefits pension pensions fee-levy threshold jackpot prize damage activity impact';
