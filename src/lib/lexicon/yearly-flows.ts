/**
 * lexicon/yearly-flows: English nouns for money that flows over a period and is reported by the year —
 * revenue, sales, profit, spending, budget, salary, income, tax, costs, turnover — so that a year
 * named as its scope ("sales of $9bn this year", "spent $120bn on aid in 2023", "revenue fell to £38m
 * in the 2024 financial year") makes the sum that year's level. A one-off payment, a fine or a deal
 * is not on the list: "the $150m it paid regulators last year" is a sum told in the past.
 *
 * Source: chosen by hand from the flow nouns of company results, public budgets and pay in English
 * news (money round 13). Used by extract/figures/year-scope. Lower-case, singular (figures/quantity-head singularises the head it is matched against).
 */

/** "revenue sale turnover …". */
export const YEARLY_FLOWS =
  'revenue sale turnover profit earning income spending spend expenditure outlay budget salary pay wage tax cost premium deficit surplus investment dividend';
