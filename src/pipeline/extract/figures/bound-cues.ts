/**
 * figures/bound-cues: the English cues that make a money figure a limit or a cut-off rather than a
 * sum — comparisons on a class ("incomes above $250,000", "companies with revenue above $25m",
 * "those earning $1 million or more"), limits set by law or rule ("a fine of up to", "can
 * contribute up to", "the maximum fine was"), bail and bonds. Patterns only; figures/role-rules
 * reads them (split from figures/role-cues, which holds the other roles' cues).
 *
 * In:  text slices around one figure (before: up to 60 characters back in its clause; after: up to
 *      60 forward). Out: regular expressions over those slices.
 *
 * A plural noun is written `\p{L}{4,}(?<=s)` (four or more letters, the last an s), not the same
 * `\p{L}{3,}s`: with the i and u flags V8 took 20-60 ms of CPU to compile each pattern of the
 * second form (the three here were ~85 ms of every thread's first analysis), ~1 ms in the first
 * form; they match the same texts (BENCHMARKS.md, "Cold ingest round 10").
 */

export const THRESHOLD_BEFORE =
  /(?:\b(?:less|more|fewer|greater|higher|lower)\s+than|\b(?:above|below|under|exceeding|over|up\s+to|at\s+least|at\s+most|threshold\s+of|limit\s+of|cap\s+of|ceiling\s+of))\s+$/i;
/**
 * A class of things defined by a bound on their money: "companies with more than $25 million in
 * revenue", "households with less than $10,000 in savings", "firms with revenue above $25 million".
 * The bound is a cut-off.
 */
export const CLASS_WITH_BOUND =
  /\b\p{L}{4,}(?<=s)\s+with\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:more|less|fewer)\s+than|over|under|above|below|at\s+least|at\s+most|up\s+to)\s+$/iu;
/**
 * The "with <bound>" that ends every text CLASS_WITH_BOUND matches, tested first: the plural noun
 * in front makes CLASS_WITH_BOUND try a word at every letter of the text, costly where (as mostly)
 * no "with more than" ends it.
 */
export const MAY_BE_CLASS_WITH_BOUND =
  /\swith\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:more|less|fewer)\s+than|over|under|above|below|at\s+least|at\s+most|up\s+to)\s+$/iu;
/**
 * A class of things named by a plural noun and a bound on their price or value: "free shipping on
 * orders over $35", "Loans above $500,000 need approval", "homes priced above $1 million". Only
 * after a preposition or at the clause's start, so a verb's object ("pushed shares above $50")
 * is not read as a class.
 */
export const CLASS_NOUN_BOUND_BEFORE =
  /\b(?:on|for|to|of|from|in|among)\s+(?:all\s+|any\s+|the\s+)?\p{L}{4,}(?<=s)\s+(?:(?:priced|valued|worth|costing)\s+)?(?:over|above|under|below|exceeding|(?:more|less)\s+than)\s+$/iu;
/**
 * The bound that ends every text CLASS_NOUN_BOUND_BEFORE or CLASS_NOUN_BOUND_OPENING matches,
 * tested first (as MAY_BE_CLASS_WITH_BOUND): their plural noun makes them try a word at every
 * letter of the text, costly where (as mostly) no bound ends it.
 */
export const MAY_BE_CLASS_NOUN_BOUND = /(?:over|above|under|below|exceeding|than)\s+$/iu;
/** CLASS_NOUN_BOUND_BEFORE at the start of a clause ("Orders over $35 ship free"). */
export const CLASS_NOUN_BOUND_OPENING =
  /^\s*(?:all\s+|any\s+|the\s+)?\p{L}{4,}(?<=s)\s+(?:(?:priced|valued|worth|costing)\s+)?(?:over|above|under|below|exceeding|(?:more|less)\s+than)\s+$/iu;
/** "those earning $1 million or more": a bound written after the figure (with THRESHOLD_SUBJECT before it). */
export const OR_MORE_AFTER =
  /^\s+(?:or|and)\s+(?:more|less|above|below|over|under|up|higher|lower|greater)\b/iu;
/** "Donors gave $1 million or more": a verb of a sum right before the figure makes "or more" a hedge. */
export const SUM_VERB_JUST_BEFORE =
  /\b(?:gave|gives|paid|pays|spent|spends|received|receives|raised|raises|donated|donates|contributed|contributes|lost|loses|invested|invests|owed|owes|cost|costs)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/**
 * Who or what a cut-off picks out, before the bound: "incomes above", "households with", a class
 * named by a defining relative clause ("Customers who spend more than $50", "anyone who earns
 * over"); not one set off by a comma ("Barcelona, who owe more than €1.3bn": a hedged sum).
 */
export const THRESHOLD_SUBJECT =
  /\b(?:(?<![,;]\s*)(?:who|that)\s+(?:[a-z]+\s+)?(?:spends?|spent|earns?|makes?|owes?|invests?|pays?|buys?|holds?|have|has|borrows?|bets?|loses?)|customers?|clients?|shoppers?|buyers?|incomes?|earn(?:s|ing)?|mak(?:e|es|ing)|households?|famil(?:y|ies)|individuals?|couples?|people|those|anyone|withdrawals?|deposits?|transactions?|transfers?|purchases?|accounts?|salar(?:y|ies)|estates?|gifts?|earnings|assets|balances?|wages?|amounts?|donations?|contributions?|donors?)\b[^.;]{0,40}$/i;
/**
 * A hedge, not a cut-off: the comparison is the object of a finite verb of a sum in a main clause
 * ("Donors gave more than $5 million", "households paid over $2bn", "the family received at least
 * $50,000"). In a relative clause it still picks out a class ("families who received more than").
 */
export const HEDGED_SUM_VERB_BEFORE =
  /(?<!\b(?:who|that|which|whose)\s+(?:\p{L}+\s+)?)\b(?:gave|gives|paid|pays|spent|spends|received|receives|raised|raises|donated|donates|contributed|contributes|lost|loses|invested|invests|got|gets|owed|owes|borrowed|borrows|collected|collects|sent|sends|poured|pumped)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:less|more|fewer|greater|higher|lower)\s+than|above|below|under|exceeding|over|up\s+to|at\s+least|at\s+most)\s+$/iu;
/** Bail and bonds are limits, not sums paid: "set his bond at $100,000". */
export const BOND_BEFORE = /\b(?:bond|bail)\b[^.;]{0,25}$/i;
/** Bail or a bond named right after the amount ("released on $250,000 bail"): a cut-off. */
export const BAIL_AFTER = /^\s+(?:bail|bond|surety)\b/i;
/**
 * An upper or lower bound set by law or rule: "a fine of up to $100,000", "a maximum fine of
 * $250,000", "faces at least $5,000 in penalties", "more than $10,000 in income must be reported",
 * a permitted most ("you can contribute up to $19,000", "are allowed to bring up to $10,000") and
 * a required least ("banks must hold at least $10 billion in reserves"), and a fine coordinated
 * with a maximum sentence ("faces up to 20 years in prison and a $250,000 fine", "could face up to
 * 10 years in prison and have to pay $250,000"):
 * "can … up to" with a verb of giving or taking is a rule's cap, where "could lose up to" is a sum
 * at stake.
 */
export const LIMIT_BEFORE =
  /\b(?:(?:maximum|minimum|max\.?)\s+(?:(?!for\s)[\p{L}-]+\s+){0,2}(?:of\s+)?|a\s+(?:maximum|minimum)\s+of\s+|(?:fines?|penalt(?:y|ies)|damages|sentences?|punishable\s+by)\s+(?:of\s+)?(?:up\s+to|as\s+much\s+as|not\s+(?:more\s+than|exceeding)|no\s+more\s+than)\s+|(?:face|faces|facing|faced|risk|risks)\s+(?:an?\s+)?(?:fines?|penalt(?:y|ies))\s+of\s+(?:up\s+to|at\s+least|as\s+much\s+as)\s+|(?:maximum|minimum)\s+(?:[\p{L}-]+\s+){1,4}(?:is|was|are|were|would\s+be|will\s+be)\s+|\b(?:fined|penali[sz]ed)\s+(?:up\s+to|as\s+much\s+as|no\s+more\s+than)\s+|\b(?:can|cannot|can['’]t|may|(?:allowed|permitted|eligible)\s+to)\s+(?:only\s+)?(?:contribute|deduct|donate|give|borrow|withdraw|claim|receive|get|earn|keep|put|invest|charge|transfer|carry|bring|spend|lend)\s+(?:up\s+to|no\s+more\s+than|as\s+much\s+as|at\s+most)\s+|\b(?:must|(?:required|obliged)\s+to|(?:has|have)\s+to)\s+(?:hold|keep|maintain|set\s+aside|have|carry|put\s+up|raise)\s+(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+|\b(?:face[sd]?|facing|could\s+get|risks?)\s+(?:a\s+maximum\s+(?:sentence\s+)?of|up\s+to)\s+[^.;$€£¥]{0,50}?\b(?:and|or|plus)\s+(?:(?:have|has)\s+to\s+pay\s+|pay\s+|an?\s+(?:maximum\s+)?(?:fine\s+of\s+)?)(?:up\s+to\s+)?)$/iu;
/** "faces up to a $250,000 fine", "a maximum $10,000 penalty": the limit written before a fine. */
export const LIMIT_ARTICLE_BEFORE =
  /\b(?:up\s+to\s+an?|as\s+much\s+as\s+an?|an?\s+(?:maximum|minimum))\s+$/iu;
export const FINE_AFTER = /^\s+(?:fines?|penalt(?:y|ies)|civil\s+penalt(?:y|ies))\b/iu;
/** "the $10,000 maximum fine", "a $500 minimum deposit": the limit written after the figure. */
export const LIMIT_AFTER =
  /^\s+(?:maximum|minimum)\s+(?:fines?|penalt(?:y|ies)|bail|bond|contributions?|donations?|deposits?|payments?|balances?|charges?)\b/iu;
