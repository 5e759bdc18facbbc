/**
 * figures/news-cues: role cues of plain news money that the cues of figures/role-cues did not read,
 * found on the dev half of the blind probe (bench/gold/money-probe, money round 11): a subject that
 * distributes ("Each of the four executives was fined $50,000", "Each ventilator cost the state
 * $32,000", "give every resident a $1,000 payment"), money set aside out of a larger sum of the same
 * sentence ("a $48.7bn budget that sets aside $2.1bn for roads", "a $3bn loan, with an immediate
 * disbursement of $1.2bn", "$45bn for the military, part of a wider $95bn package", "the state's
 * share of the $2.5bn project is $800m"), a new value before its old one ("to $98,000 from
 * $72,000"), a cap ("caps punitive damages at $500,000"), a belief about a sum ("Officials believe
 * the scheme cost Medicare $90m"), a price of one thing ("a single ride will cost $3", "a monthly
 * pass will rise to $138") and a difference set against a person or thing ("$30,000 more than her
 * predecessor").
 *
 * In:  text slices around one figure (RoleContext: before = up to 60 characters back in its clause,
 *      after = up to 60 forward). Out: regular expressions; figures/role-rules reads them in order.
 */
import { ANNUAL_AFTER } from './period.ts';

const HEDGE = String.raw`(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|just\s+|an\s+estimated\s+)?`;

/**
 * A clause whose subject is "each"/"every" one of a group, with a verb of paying or costing: the
 * sum is per member ("Each of the four former executives was fined $50,000", "Each ventilator cost
 * the state about $32,000").
 */
export const EACH_SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:and|but|while)\s+)(?:each|every)\s+(?:of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?)?(?:[\p{L}\p{N}-]+\s+){0,4}?` +
    String.raw`(?:(?:was|were|is|are|will\s+be|would\s+be|has\s+been|had\s+been)\s+(?:fined|paid|awarded|given|offered|charged|ordered\s+to\s+pay)|(?:will\s+|would\s+)?(?:cost|costs|sold\s+for|sells\s+for|fetched|fetches))\s+` +
    String.raw`(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?${HEDGE}(?:an?\s+)?$`,
  'iu',
);

/** A verb that hands the sum to each member: "give every resident over 65 a $1,000 payment". */
export const GIVE_EACH_BEFORE = new RegExp(
  String.raw`\b(?:give|gives|gave|giving|pay|pays|paid|paying|send|sends|sent|sending|offer|offers|offered|owe|owes|owed|grant|grants|granted|mail|mails|mailed)\s+(?:each|every)\s+(?:[\p{L}\p{N}-]+\s+){1,4}?${HEDGE}(?:an?\s+)?$`,
  'iu',
);

/**
 * Money taken out of a larger sum named earlier in the sentence ("a $48.7 billion budget that sets
 * aside $2.1 billion", "the $1.2 trillion bill includes $110 billion for roads"). The larger sum must
 * precede in the clause: "The package includes $500 million for schools" may name the package's
 * whole sum (tests/pipeline/role-rules.test.ts).
 */
export const SET_ASIDE_BEFORE = new RegExp(
  String.raw`\b(?:sets?\s+aside|setting\s+aside|earmark(?:s|ed|ing)?|allocat(?:es|ed|ing)|devot(?:es|ed|ing)|reserv(?:es|ed|ing)|direct(?:s|ed|ing)|steer(?:s|ed|ing)|puts?\s+aside)\s+${HEDGE}$`,
  'iu',
);
export const INCLUDES_BEFORE = new RegExp(
  String.raw`\b(?:includes|include|contains|contain)\s+${HEDGE}$`,
  'iu',
);
/** "with an immediate disbursement of about $1.2 billion", "a first tranche of $500m". */
export const PART_NOUN_BEFORE = new RegExp(
  String.raw`\b(?:an?|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:tranche|instal(?:l)?ment|disbursement|down\s+payment|portion|slice)\s+of\s+${HEDGE}$`,
  'iu',
);
/** "The state's share of the $2.5 billion project is $800 million". */
export const SHARE_OF_SUM_IS_BEFORE = new RegExp(
  String.raw`\b(?:share|portion|part|slice|cut)\s+of\s+(?:the|its|their|this|that|a|an)\s+[$€£¥](?:[^.;$€£¥]|\.\d){0,40}?\s(?:is|was|will\s+be|would\s+be|comes\s+to|came\s+to|totals?|totall?ed|amounts\s+to|amounted\s+to)\s+${HEDGE}$`,
  'iu',
);
/** "$45 billion for the military, part of a wider $95 billion foreign aid package", "…, part of a 4 billion euro charge". */
export const PART_OF_AFTER =
  /^[^.;$€£¥]{0,40}?,\s+(?:(?:a|one|the)\s+)?(?:part|portion|share|slice)\s+of\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:[$€£¥]\s?\d|(?:about|around|nearly|roughly|some)\s+[$€£¥]\s?\d|\d[\d.,]*\s+(?:million|billion|trillion)\s+(?:euros?|dollars?|pounds?|yen|yuan)\b)/iu;

/**
 * The new value first, then the old one: "raise their salaries to $98,000 from $72,000", "slipped
 * to $8.2 billion in March from $9 billion in February": the sum after "from" is the earlier one.
 */
export const TO_THEN_FROM_BEFORE =
  /\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$€£¥](?:[^.;$€£¥]|\.\d){0,40}?\sfrom\s+(?:about\s+|around\s+|roughly\s+|an?\s+(?:earlier|previous|original)\s+)?$/iu;

/** A legal or contractual cap: "caps punitive damages at $500,000", "a cap of $10,000", "capped at $2m". */
export const CAP_BEFORE = new RegExp(
  String.raw`\b(?:(?:caps?|capped|capping|limits?|limited|limiting)\s+(?:[\p{L}'’-]+\s+){0,4}?at|(?:a|the|its)\s+(?:[\p{L}-]+\s+)?(?:cap|ceiling)\s+of)\s+${HEDGE}$`,
  'iu',
);

/** A belief or suspicion about a sum: "Officials believe the fraud scheme cost Medicare roughly $90 million". */
export const BELIEF_BEFORE =
  /(?<!\b(?:to|not|the|a|an|one|prime|chief|main|key|murder)\s+)\b(?:believe|believes|believed|suspect|suspects|suspected|reckon|reckons|reckoned)\s+(?:that\s+)?(?![^.;$€£¥]*\bpriced\b)[^.;$€£¥"“”]{0,60}$/iu;

/**
 * What one thing costs: "a single subway ride will cost $3", "one dose costs $40", "a monthly pass
 * will rise to $138", "the monthly water bill, which now averages $48" (for an item-sized sum).
 */
export const ONE_THING_COSTS_BEFORE = new RegExp(
  String.raw`\b(?:(?:a|one|each)\s+(?:single\s+)?(?:[\p{L}-]+\s+){1,3}(?:will\s+|would\s+|now\s+)?(?:costs?|costing|sells?\s+for|sold\s+for|goes\s+for|retails?\s+(?:for|at))|(?:monthly|weekly|daily|nightly|hourly)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,?\s+(?:which\s+)?(?:will\s+|would\s+|now\s+)*(?:(?:rise|climb|fall|drop|increase|go\s+up|jump|rises|climbs|falls|drops|increases|jumps|rose|fell)\s+to|costs?|is|was|averages?|averaged))\s+${HEDGE}$`,
  'iu',
);

/** A difference set against a person or thing: "$30,000 more than her predecessor", "$5 less than the previous fare" ("£7bn more than it had
 * forecast" is left to the sum rules: tests/fixtures/figures/uk-budget-gbp). */
export const MORE_THAN_AFTER =
  /^\s+(?:more|less|higher|lower)\s+than\s+(?:(?:her|his|their|its)\s+\p{L}|the\s+(?:previous|prior|old|current|outgoing|existing)\b)/iu;
/** "a $2 increase in the monthly water bill": a change written before its noun. */
export const CHANGE_AFTER = /^\s+(?:increase|rise|hike|jump|increment)\s+(?:in|to|on|for)\b/iu;

/**
 * A price paid by the year is still a price (ANNOTATION.md round 13: a per-unit figure has no period,
 * one person's pay is the only yearly amount per person): "tuition will rise to $14,200 a year", "fees
 * of up to £38,000 a year", "drivers pay an average of £924 a year". The price nouns in the figure's
 * own stretch (not "a $69.99 annual fee, which saves you $14"), and a class of payers as the subject
 * of "pay".
 */
export const PRICE_NOUN_BEFORE =
  /\b(?:tuition|fees?|premiums?|fares?|rents?|bills?|subscriptions?|dues|tickets?)\b[^.;,$€£¥]{0,40}$/iu;
export const PAYER_CLASS_BEFORE =
  /\b(?:students|drivers|motorists|households|patients|customers|residents|families|tenants|subscribers|homeowners|consumers|members|parents|passengers|commuters|users|buyers|renters)\s+(?:will\s+|would\s+|now\s+|typically\s+|usually\s+)?(?:pay|pays|paid|spend|spends)\b[^.;$€£¥]{0,40}$/iu;
/** Pay words: one person's yearly pay is `annual`, not a price (round 13, (b)). */
export const PAY_WORDS_BEFORE =
  /\b(?:salar(?:y|ies)|wages?|earn\w*|incomes?|allowances?|pensions?|stipends?)\b/iu;
/** A yearly cue right after the money ("$14,200 a year", "£9,250 per academic year"): period.ts's own. */
export const YEARLY_CUE_AFTER = new RegExp(String.raw`^[^.;,$€£¥]{0,20}?(?:${ANNUAL_AFTER.source})`, 'iu');
/** A rate within a year after the money: "1,420 euros gross per month" is a monthly level. */
export const SUB_YEAR_RATE_AFTER =
  /^[^.;,$€£¥]{0,20}?\b(?:(?:per|a|an|each|every)\s+(?:month|week|day|hour|night)|monthly|weekly|daily|hourly|nightly)\b/iu;
