/**
 * lexicon/quantity-synonyms: head nouns that name the same money quantity in news English, mapped
 * to one key ("penalty" is a "fine"; an aid "package", "pledge" or "fund" is the one sum of support
 * a story is about). A head not listed is only ever the same quantity as its own lemma.
 *
 * Source: chosen by hand from news money sentences; kept small on purpose: a wider list joins
 * different sums. Used by extract/figures/quantity-head (quantityKey), read by compare/figures/evidence
 * and extract/figures/roles.
 */
export const QUANTITY_SYNONYMS: Readonly<Record<string, string>> = {
  penalty: 'fine',
  expenditure: 'spending',
  outlay: 'spending',
  cost: 'price',
  ...Object.fromEntries(
    'assistance support commitment pledge package fund funding financing proposal plan programme program facility tranche'
      .split(' ')
      .map((word) => [word, 'aid']),
  ),
};

/**
 * Words that say nothing about which sum a figure is (units, hedges, reporting verbs, period words): they never
 * count as shared context between two figures.
 */
export const UNINFORMATIVE_CONTEXT_WORDS = new Set(
  (
    'billion billions million millions trillion thousand hundred bn dollar dollars euro euros pound pounds ' +
    'yuan yen cent cents percent per year years month months week weeks day days about around roughly ' +
    'some nearly almost more than less over under least worth total said says say told according would ' +
    'could will also after before since while when where which what that this these those there their ' +
    'they them then than into onto from with without about other another such only just even still ' +
    'last next first second new one two three four five six seven eight nine ten ' +
    // Period words: the period is compared on its own; sharing it says nothing about the sum.
    'annual annually yearly monthly weekly daily fiscal'
  ).split(' '),
);

/**
 * Irregular past forms of the verbs money sentences use, to their base form, so that "the agency
 * spent $50,000" and "spending roughly $60,000" share a context word.
 */
export const IRREGULAR_VERB_FORMS: Readonly<Record<string, string>> = {
  spent: 'spend',
  paid: 'pay',
  lost: 'lose',
  sold: 'sell',
  bought: 'buy',
  lent: 'lend',
  owed: 'owe',
  gave: 'give',
  given: 'give',
  won: 'win',
  took: 'take',
  taken: 'take',
};
