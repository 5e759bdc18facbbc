/**
 * figures/role-cues: the English cues around a money figure that say what role it plays — the
 * words before it ("up from", "so far", "estimated", "of which"), the words after it ("each", "from
 * its budget", "a year earlier") and the clause around it. Balances held and money in general are
 * figures/holding-cues.
 * Patterns only; figures/role-rules reads them in order. Limits and cut-offs are figures/bound-cues,
 * prices figures/price-cues.
 *
 * In:  text slices around one figure (before: up to 60 characters back in its clause; after: up to
 *      60 forward). Out: regular expressions and small predicates over those slices.
 */
import { PUBLIC_BODIES } from '../../../lib/lexicon/public-bodies.ts';
import { RECURRING_FLOWS } from '../../../lib/lexicon/recurring-flows.ts';
import { MONEY_NOUNS } from './money.ts';

/** A space-separated lexicon list as a regex alternation. */
export const alternation = (list: string): string => list.trim().split(/\s+/u).join('|');

/**
 * A vague amount after a verb of a sum that happened ("spent millions", "raised billions") is that
 * sum; after one still to happen or habitual ("need to spend billions", "saves millions") it is
 * rhetoric.
 */
export const SUM_VERB_BEFORE =
  /\b(?:spent|raised|paid|cost|costs|save|saves|saved|lost|invested|poured|pouring|pumped|pumping|included|consumed|(?<!\b(?:is|are|was|were|be|been)\s+)worth|(?:ate|eaten|eats|used)\s+up)\s+["“‘]?$/i;
export const YEARLY_BUDGET =
  /\b(?:federal|national|government|state|annual|yearly|defen[cs]e|military|pentagon)\s+budget\b/i;
/**
 * "an agency with … a budget of $200 billion", "the department's budget": a public body's own budget
 * is its yearly level (a budget "for the new stadium" is a project's total, and is not owned so).
 */
const BODY = alternation(PUBLIC_BODIES);
export const PUBLIC_BODY_BUDGET = new RegExp(
  String.raw`\b(?:${BODY})(?:['’]s\s+[^.;]{0,30}?\bbudget|,?\s+with\s+[^.;]{0,60}\bbudget)\b|\bbudget\s+of\s+the\s+(?:${BODY})\b`,
  'iu',
);
/** "the city's budget for the new stadium": a budget for a project, not a body's yearly one. */
export const PROJECT_BUDGET =
  /\bbudget\s+for\s+(?!fiscal\b|financial\b|(?:the\s+)?(?:next|coming|current|this)?\s*(?:fiscal|financial|budget)\s+year\b|(?:19|20)\d\d\b)/i;
/**
 * A sentence that opens by picking from what came before ("One of those, a meeting in Anaheim,
 * cost $4 million"; "Of that, …"; "Among them, …"): its first figure is a part.
 */
export const PICK_OPENER =
  /(?:^|[.!?;]["”’)\]]*\s+)(?:(?:one|some|two|three|several|many|most|part|much|each)\s+of\s+(?:those|these|them|that|this|it)|of\s+(?:those|these|them|that|this)|among\s+(?:them|those|these))\b[^.!?;$€£¥]*$/iu;
/**
 * The same opening when what is picked from is plainly money ("Of that, $2 million went to
 * lawyers"; "Most of the money, $3 billion, …"): a part even when the whole is not in the paragraph.
 * "One of them" may pick from people, so it needs the whole (figures/relations).
 */
export const PICK_MONEY_OPENER =
  /(?:^|[.!?;]["”’)\]]*\s+)(?:(?:most|some|much|part|half|all)\s+of\s+|of\s+)(?:that|this|it|the\s+(?:money|total|sum|amount|funds?))\b[^.!?;$€£¥]*$/iu;
/**
 * "Half of the $10 million, or $5 million, went to lawyers", "40% of the $2bn budget, about
 * $800m": a share of a sum, restated as an amount.
 */
export const SHARE_OF_SUM_BEFORE =
  /\b(?:half|most|part|much|some|a\s+third|a\s+quarter|[\d.]+\s*(?:%|percent|per\s*cent))\s+of\s+(?:the|that|this|its|their|his|her)\s+[$€£¥](?:[^.;$€£¥]|\.\d){0,50}?,\s+(?:or\s+)?(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+)?$/iu;
/**
 * A past sum named as the record a new one is measured against ("the largest fine since a $5
 * billion penalty against Facebook", "the biggest since BP's $20 billion deal"): another thing's
 * sum, given for comparison.
 */
export const RECORD_SINCE_BEFORE =
  /\b(?:largest|biggest|highest|lowest|smallest|most|least)\b[^.;$€£¥]{0,40}\bsince\s+(?:(?:it|they|he|she|the\s+\p{L}+|\p{Lu}[\p{L}.&-]*)\s+(?:[\p{L}-]+\s+){1,4}?(?:for|of|at|with)\s+|an?\s+|the\s+|\p{Lu}[\p{L}.&-]*['’]s\s+)?(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$/u;
/** "Of the $1.5 billion raised, about $400 million came from…": a share of the sum just named. */
export const OF_THE_SUM_OPENER = new RegExp(
  String.raw`(?:^|[.!?;]["”’)\]]*\s+)of\s+(?:the|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){0,2}[$€£¥](?:[^.!?;$€£¥]|\.\d){0,60},\s*(?:[^.!?;$€£¥,]{0,40}\s)?(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|just\s+)?$`,
  'iu',
);
/**
 * "$10 billion of which goes to…": the sum is a share of the one before. "$2 million of the $5
 * million raised", "$40m out of a $100m budget", "$5bn is part of the package", "$500m of the
 * aid" (a money noun: figures/money MONEY_NOUNS): a share of the sum named after it.
 */
export const OF_WHICH_AFTER = new RegExp(
  String.raw`^\s+(?:of|out\s+of)\s+(?:the|that|this|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${[...MONEY_NOUNS].join('|')})\b(?!['’])|` +
    /^\s+of\s+(?:which|that|it)\b|^\s+(?:of|out\s+of)\s+(?:the|an?|that|this|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}[$€£¥]\s?\d|^[^.;$€£¥]{0,30}\b(?:is|was|are|were|forms?|formed|makes?\s+up|made\s+up)\s+(?:only\s+|just\s+)?(?:a\s+|one\s+|the\s+)?(?:small\s+|large\s+|big\s+)?(?:part|portion|share|fraction|slice)\s+of\b/iu
      .source,
  'iu',
);
/** A banknote's face ("lighting cigars with $100 bills") is no sum: a figure of speech. */
export const BANKNOTE_AFTER = /^\s+(?:bills?|notes?|banknotes?)\b/iu;
/**
 * What is needed is an estimate of a need, not a sum that moved: "Ukraine needs around $35 billion",
 * "it needs to invest £58bn by 2030" (the verb; "the need to spend billions" is rhetoric).
 */
export const NEED_BEFORE =
  /\b(?:needs?|needed|requires?|required|(?<!\b(?:the|a|no)\s+)(?:needs|needed)\s+to\s+(?:invest|spend|raise|find|borrow|secure))\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|at\s+least\s+)?$/i;
/**
 * A habitual present verb of receiving makes a recurring sum a yearly level: "the $1 billion in
 * aid Egypt gets from the United States", "Egypt receives $1.3bn in military aid".
 */
export const HABITUAL_AFTER =
  /^(?![^.;,]{0,40}\b(?:each|every|per)\b)[^.;,\d$€£¥]{0,40}?\b(?:gets|receives|collects|earns)\b/i;
/** Money that arrives again and again: the habitual cues above make it yearly only for these. */
export const RECURRING_FLOW = new Set(RECURRING_FLOWS.split(' '));
export const HABITUAL_BEFORE =
  /\b(?:gets|receives|collects|earns)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+)?$/i;
/** A sum for each member of a group is per unit: "each family receives $500", "each of the 12 victims will get $250,000", "each worker will receive a $1,000 bonus". */
export const DISTRIBUTIVE_BEFORE =
  /\b(?:each|every)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?[\p{N},]*\s*)?(?:[\p{L}-]+\s+){0,6}?(?:will\s+|would\s+|could\s+|must\s+)?(?:gets?|receives?|received|got|pays?|paid|earns?|earned|owes?|owed|is\s+owed|is\s+entitled\s+to|posts?|posted)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|up\s+to\s+)?(?:an?\s+)?$/iu;
/**
 * A change or difference is not the sum itself: "an increase of more than $1 billion", "a drop of
 * $2m", "a gap of about $5bn".
 */
export const CHANGE_BEFORE =
  /\b(?:an?\s+)?(?:increase|rise|jump|drop|decline|decrease|fall|difference|gap|boost)\s+of\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|just\s+)?$/i;
/**
 * A sum planned over a coming span is that span's total, not a running tally: "plans to spend a
 * total of $2.6 billion on contracts through November 2028". "through the end of April" after a
 * past sum stays cumulative.
 */
export const FUTURE_BEFORE =
  /\b(?:will|would|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|expects?\s+to|aims?\s+to|is\s+set\s+to|are\s+set\s+to|is\s+to|are\s+to|proposes?\s+to|going\s+to)\b[^.;]{0,60}$/iu;
/**
 * What a company is valued at is a value, not a flow: "had its valuation slashed from $47 billion",
 * "a valuation of $8 billion", "its market capitalization topped $1 trillion".
 */
export const VALUATION_BEFORE =
  /\b(?:valuations?|market\s+(?:value|valuation|capitali[sz]ation|cap))\b[^.;$€£¥]{0,40}$|\b(?:put(?:s|ting)?\s+(?:the|its|their)\s+value\b|valu(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){1,3}at\s)[^.;$€£¥]{0,40}$/iu;
/**
 * A share of a larger sum even when the larger one is not in the paragraph (linkParts links it when
 * it is): "of which $2m", "including $5m", "with more than $5m going to" ("not including" leaves a
 * sum out).
 */
const HEDGE = String.raw`(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|just\s+)?`;
export const SHARE_BEFORE = new RegExp(
  String.raw`\b(?:of\s+which|of\s+that|(?<!\bnot\s+)including|included)\s+(?:the\s+|an?\s+)?${HEDGE}$`,
  'i',
);
/**
 * Taken out of a larger sum: "cut $600 million from its budget"; "provided €450,000 from its own
 * budget" names where money came from, not a whole it is part of.
 */
export const FROM_WHOLE_AFTER =
  /^\s+(?:from|out\s+of)\s+(?:its|their|his|her|the|this|that|our)\s+(?!own\b)(?:[\p{L}-]+\s+){0,2}?(?:budget|budgets|spending|funds?|allocation|total)\b/iu;
export const WITH_BEFORE = new RegExp(String.raw`\bwith\s+${HEDGE}$`, 'i');
export const GOING_AFTER = /^\s+(?:going|went|earmarked|set\s+aside|allocated)\b/i;
/** A stock moving to a price: "the stock soared 20 percent to $80", "shares rose 7.5% to $182.40". */
export const STOCK_MOVE_BEFORE =
  /\b(?:stock|shares?)\s+(?:\w+\s+){0,2}(?:soared|surged|climbed|rose|fell|jumped|dropped|sank|slid|plunged|gained)\b(?:[^.;$€£¥]|\.\d){0,25}\bto\s+$/i;
/** A range's first end reads its unit from the second: "between $15 and $19 an hour". */
export const RANGE_REST =
  /^\s*(?:and|to|-|–)\s*[$€£¥]?\s?[\d.,]+(?:\s*(?:million|billion|trillion|bn|m)\b)?/i;
/**
 * A balance is a stock, not a flow: cash on hand, a war chest. Whose it is does not matter: a stock
 * held by anyone is the `total` of what is held (ANNOTATION.md, round 13), with no period.
 */
export const BALANCE_NEAR =
  /\b(?:cash\s+on\s+hand|on\s+hand|in\s+the\s+bank|in\s+cash\s+reserves|war\s+chest|net\s+worth|(?:started|began|ended|finished|entered)\s+(?:the\s+)?(?:month|year|quarter|week)\s+with)\b/i;
/** An aim is neither a flow nor a stock: a fundraising goal, a target (`other`). */
export const AIM_NEAR = /\b(?:goal|target(?!\s+list)|hope\s+to\s+raise|aims?\s+to\s+raise)\b/i;
/** A balance or an aim is not a flow: cash on hand, a fundraising goal. */
export const NOT_A_FLOW = new RegExp(`${BALANCE_NEAR.source}|${AIM_NEAR.source}`, 'i');
/**
 * A previous value: "up from $6.9m", "fell to $1.4 trillion from $1.7 trillion", "compared with
 * $900m", "previously $5", and a clause that
 * opens on an original value ("Originally priced at $400m, the project now costs $1bn").
 */
export const EARLIER_BEFORE =
  /\b(?:up|down|rose|fell|dropped|climbed|increased|decreased|grew|jumped|slid|declined|shrank|sank|soared|plunged|rising|falling)\b[^.;$€£¥]{0,30}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$€£¥](?:[^.;$€£¥]|\.\d){0,40}?\sfrom\s+(?:about\s+|around\s+|roughly\s+)?(?:(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week|season)['’]s\s+|(?:19|20)\d\d['’]s\s+)?$|\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew)\s+(?:(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+)?from\s+(?:about\s+|around\s+|roughly\s+)?(?:(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week|season)['’]s\s+|(?:19|20)\d\d['’]s\s+)?$|\b(?:compared\s+(?:with|to)|versus|vs\.?|previously|formerly|was\s+once)\s+(?:about\s+|around\s+)?(?:(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week|season)['’]s\s+|(?:19|20)\d\d['’]s\s+)?$|^[^.;$€£¥]{0,10}\b(?:originally|initially|previously|formerly)\s+(?:[\p{L}-]+\s+){0,3}(?:at|of|for)\s+(?:about\s+|around\s+)?$/iu;
export const EARLIER_AFTER =
  /^[^.;\d$€£¥]{0,25}\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|previously|in\s+the\s+same\s+period\s+(?:last|a)\s+year)\b|^\s*,?\s*(?:was|were|has\s+been|had\s+been)\s+(?:revised|raised|cut|increased|reduced|lowered)\b/i;
/**
 * A past value named by its time, possessive ("larger than last year's $4.5 billion", "2018's $2m"),
 * or by an adjective of order right before it ("the previous $50 million offer", "its original $400m
 * budget"). The time possessive makes an earlier value only beside another sum of its sentence
 * (figures/role-rules); alone ("last year's $7m bounty") it is the story's own sum.
 */
export const PAST_POSSESSIVE_BEFORE =
  /\b(?:(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week|season)|(?:19|20)\d\d)['’]s\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$/iu;
export const ORDER_ADJECTIVE_BEFORE =
  /\b(?:the|its|their|his|her|an?)\s+(?:previous|prior|earlier|original|initial|former)\s+$/iu;
/**
 * A value named as the one before: "the original estimate was $2bn", "its initial budget of $400m",
 * "the previous record was $1.2m", "an earlier offer of $50m".
 */
/**
 * An earlier value named by its verb: "had previously offered $2m", "first sought $40m", "was
 * originally priced at $500" (the new value is the story's sum; this one came before it).
 */
export const EARLIER_VERB_BEFORE = new RegExp(
  String.raw`\b(?:previously|originally|initially|first)\s+(?:offered|sought|proposed|requested|asked\s+for|budgeted|bid|demanded|estimated\s+at|priced\s+at|valued\s+at|set\s+at)\s+${HEDGE}$`,
  'iu',
);
export const ORIGINAL_NOUN_BEFORE =
  /\b(?:(?:original|originally|initial|previous|prior|earlier|old|former)\s+(?:[\p{L}-]+\s+)?(?:estimates?|budgets?|prices?|costs?|plans?|requests?|proposals?|offers?|figures?|forecasts?|projections?|records?|bids?|tally|valuations?)|first\s+(?:offers?|bids?|proposals?|estimates?))\s+(?:was|were|of|had\s+been|stood\s+at|called\s+for)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+|(?:more|less)\s+than\s+)?$/iu;
/** "rose from $9m to $12m": a change's first value. A range ("anywhere from $25 to $60bn") is not. */
export const FROM_TO =
  /(?<!\b(?:anywhere|somewhere|ranging|range|ranged|ranges|varying|vary|varies|between)\s+)\bfrom\s+(?:about\s+|around\s+)?$/i;
/**
 * A running total: "so far", "to date", "has now loaned a total of", "have already spent". "Already"
 * counts only when the money is its verb's own object ("already spent millions", "has already
 * cost the campaigns more than $50m"; not "had already sent a check for $2,500", where a
 * preposition puts the money in a noun phrase of its own), and "a total of" only
 * with "now" or a perfect tense ("fined Barclays a total of $453m" is one sum). A perfect of
 * reaching ("donations have reached $8m", "has grown to") is a tally so far.
 */
export const CUMULATIVE_BEFORE =
  /\b(?:has|have)\s+(?:now\s+|already\s+)?(?:reached|topped|surpassed|exceeded|passed|(?:climbed|grown|risen|swelled)\s+to)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+)?$|\b(?:so\s+far|to\s+date|thus\s+far|cumulative(?:ly)?)\b[^.;]*$|\b(?:now|has|have)\b[^.;]{0,40}\ba\s+total\s+of\s+$|\balready\s+(?:(?!(?:for|of|on|in|with|by|at|from|to)\s)[\p{L}'’-]+\s+){0,10}$/iu;
export const CUMULATIVE_AFTER =
  /^\s+(?:have|has)\s+(?:already\s+)?been\s+(?:invested|spent|raised|paid|poured|pumped|donated|given|pledged|lost|committed)\b|^[^.;\d$€£¥]{0,60}\b(?:so\s+far|to\s+date|thus\s+far|since\s+(?:the\s+)?(?:\d{4}|start|beginning|war|invasion|then|January|February|March|April|May|June|July|August|September|October|November|December)|in\s+all\s+since|through\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
/**
 * A tally as of a date, in a perfect tense: "the page had raised more than $100,000 by Tuesday",
 * "has spent $3m by the end of March". "will raise $5bn by 2030" is no tally (no perfect).
 */
/**
 * A tally since a date, the date first: "Since 2001 the war has cost taxpayers more than $1
 * trillion" (a running total, bench/gold/ANNOTATION.md: aid given "since" a date), or over a past
 * span: "Over the past decade the city has spent $900m".
 */
export const SINCE_PERFECT_BEFORE =
  /\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:[\p{L}\d-]+\s+)?(?:years|decades?|months)|since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|war|invasion)|January|February|March|April|May|June|July|August|September|October|November|December))\b[^.;]{0,50}\b(?:has|have)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;
/** Any present perfect right before the sum ("has distributed $4 billion"), for SINCE_AFTER. */
export const ANY_PERFECT_BEFORE =
  /\b(?:has|have)\s+(?:now\s+|already\s+)?(?!been\b)\p{L}+(?:ed|en|id|ost|ent|ought|ung|one)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+)?$/iu;
/** "… since it was set up in 2011", "since its launch": after a perfect, "since" dates a tally. */
export const SINCE_AFTER = /^[^.;\d$€£¥]{0,60}\bsince\s+(?!then\b)/iu;
export const PERFECT_BEFORE =
  /\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:raised|spent|paid|given|donated|collected|received|lost|cost|taken\s+in|brought\s+in)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+)?$/iu;
export const BY_DATE_AFTER =
  /^[^.;\d$€£¥]{0,40}\bby\s+(?:the\s+end\s+of\s+|mid-|early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|then|that\s+time|last\s+(?:week|month))\b/u;
/**
 * A projection: "estimated", "forecast", "expected to cost", or a conditional yield ("would cost",
 * "could easily raise", "might save", "could top"): what a sum would be, not what was paid. A
 * forecast said as such ("analysts were expecting … revenue of $27.5bn", "expects to wring as much
 * as $300m", "would reduce GDP by 0.25 percent or $63bn", "would work out to a $75bn hit") is one
 * too. A source's own reckoning of a disputed number ("the data puts the figure at $44 million") is an
 * outside estimate too; "put the cost at €750bn" names a sum and stays a total. "potential" only
 * when the figure is the value of the potential thing ("a potential commitment of 100 billion
 * euros"): "to cover potential fines, part of a €4bn charge" and a sum at stake ("risks the potential
 * loss of up to $2bn") are sums. Forward guidance ("guided for sales of between") is a forecast.
 */
export const ESTIMATE_BEFORE =
  /\b(?:estimated|estimates?|projected|projects|forecast|forecasts|predicted|anticipated|guided|guides|guidance|(?<!\brisks?\s+(?:the\s+|a\s+)?)potential(?:ly)?(?=\s+(?:[\p{L}-]+\s+){1,2}(?:of|worth|at)\s+(?:(?:up\s+to|about|around|roughly|nearly|some|more\s+than)\s+)?$)|(?:would|could|might)\s+(?:\p{L}+ly\s+)?(?:cost|reach|raise|generate|save|yield|bring\s+in|top|exceed|surpass|hit)|expected\s+to\s+(?:cost|reach|total)|expects?\s+to\s+(?:\p{L}+\s+){1,2}(?:as\s+much\s+as|about|around|roughly|some|up\s+to|more\s+than))\b[^.;]{0,40}$|\b(?:(?:would|could|might)\s+(?:reduce|work\s+out\s+to|amount\s+to|come\s+to)|(?:were|are|was|had\s+been)\s+(?:expecting|forecasting|projecting|predicting))\b(?:[^.;]|\.\d){0,60}$|\bput(?:s|ting)?\s+(?:the|its|their|his|her|that)\s+(?:[\p{L}-]+\s+){0,2}(?:figure|number|tally|toll|value|valuation|worth)(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|less\s+than\s+)?$/iu;
/**
 * A forecast's object ("Analysts expect revenue of $5bn", "economists project a deficit of $1tn"),
 * a likely cost ("is likely to cost $500m") and a modal climb ("could run as high as $10bn"): what
 * a sum is expected to be.
 */
export const FORECAST_BEFORE =
  /\b(?:expect|expects|project|projects|forecast|forecasts|predict|predicts|anticipate|anticipates)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){1,3}(?:of|at)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+)?$|\b(?:likely|unlikely|projected|forecast|estimated)\s+to\s+(?:cost|reach|total|top|exceed|run|be)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+|as\s+much\s+as\s+)?$|\b(?:would|could|might|may)\s+(?:\p{L}+ly\s+)?(?:run|climb|rise|grow|go|soar|balloon)\s+(?:as\s+high\s+as|to|up\s+to|past|beyond|above)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/iu;
export const ESTIMATE_AFTER =
  /^[^.;]{0,40}\baccording\s+to\s+(?:an?\s+)?(?:\w+\s+)?(?:estimate|projection|forecast)|^[^.;$€£¥]{0,40}?,\s+(?:the|an?|its|their|his|her|\p{Lu}[\p{L}.'’&-]*)\s+(?:[\p{L}.'’&-]+\s+){0,4}(?:estimated|estimates|projected|forecast|predicted|predicts|calculated|calculates)(?=\s*(?:[.;,!?"”]|$))/u;
/**
 * ESTIMATE_AFTER's second form: a reporting clause after the sum whose verb estimates, ending the
 * clause, with a subject that opens with a determiner or a name ("…$11 billion, the CBO estimated.",
 * "…, Moody's calculated."); "…, ahead of analysts' forecasts." and "…, beating analysts' forecasts
 * of $21.2bn" are no reporting clauses (case matters, so no /i flag).
 */
/** "last year" near a sum: a previous value ("the $12 billion plan last year", "last year handed … $11 billion"). */
export const LAST_YEAR_BEFORE =
  /\blast\s+year\b(?!['’]s\s+(?:record|level))(?![^.;]*\b(?:that|which|who|when|because|after|charges|accused|alleging|for\s+allegedly)\b)[^.;]{0,60}$/i;
export const LAST_YEAR_AFTER = /^[^.;\d$€£¥]{0,30}\blast\s+year\b/i;
/**
 * One amount for each of several: "fined $1,000 each", "$500 apiece", "the $1,000 fines against
 * three electors", "Washington's $1,000 fines" (a plural of a payment under one amount).
 */
/**
 * A sum for every one of something: "for every $1 million of spending cuts", "Every $1 million of
 * the budget preserves…", "each $100 donated". The figure is a unit of the rate, not a sum.
 */
export const EVERY_BEFORE = /\b(?:every|each)\s+(?:additional\s+|extra\s+)?$/i;
/**
 * An average over a group is a value per member: "the average family pays $1,200 more", "the median
 * household income was $61,372", "a typical worker earns $900".
 */
// "analysts' average estimate of $4.6bn" is a forecast's average, not a value per member.
export const AVERAGE_BEFORE =
  /\b(?:average|median|typical|mean)\b(?!\s+(?:analyst\s+|consensus\s+)?(?:estimates?|forecasts?|expectations?|projections?)\b)[^.;$€£¥]{0,40}$/i;
/** "pays teachers $45,000 on average". */
export const AVERAGE_AFTER = /^\s*,?\s*on\s+(?:the\s+)?average\b/i;
/**
 * A sum given to every one of a group: "added $1,600 to each teacher's salary", "$500 for every
 * child", "worth $2,000 for a family of four", "$900 for the average household".
 */
export const TO_EACH_AFTER =
  /^\s+(?:to|for)\s+(?:each|every)\b(?!\s+of\s+(?:the\s+)?(?:next|past|last|coming)\b)|^\s+(?:to|for)\s+(?:(?:a|an)\s+(?:family|household)\s+of\s+(?:two|three|four|five|six|\d)\b|(?:the|an?)\s+(?:average|typical|median)\s+\p{L}+)/iu;
export const EACH_AFTER =
  /^\s*(?:each(?!\s+(?:year|fiscal\s+year|calendar\s+year)\b)|apiece|a\s+piece)\b|^\s+(?:fines|penalties|tickets|checks|cheques|payments|bonuses|stipends|vouchers|rebates)\b(?!\s+(?:in\s+total|totall?ing|combined))/iu;
/** "X alone could lose $1.4 billion": a share of a larger sum named before it. */
export const ALONE_BEFORE = /\b\p{L}+\s+alone\b[^.;$€£¥]{0,60}$/iu;
/** Said by a speaker in quotation marks: an odd number of quote marks opens the paragraph so far. */
export function inQuotation(paragraph: string, at: number): boolean {
  const text = paragraph.slice(0, at);
  const curlyOpen = (text.match(/“/gu) ?? []).length;
  const curlyClose = (text.match(/”/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  return curlyOpen > curlyClose || straight % 2 === 1;
}
/**
 * Vague amounts in rhetoric ("diverting billions", "ripped them off for millions", "will
 * contribute billions to the economy", "saves millions"): generic or future, not a reported sum.
 */
export const RHETORIC_NEAR =
  /\b(?:will|would|could|can|might|may\s+(?!be\s+at\s+stake)|should|must|need\s+to|needs\s+to|going\s+to|ripped?\s+off|rip(?:ping)?\s+off|divert(?:s|ed|ing)?|wast(?:e|es|ed|ing)|squander(?:s|ed|ing)?|contribut(?:e|es|ing)|saves?|generat(?:e|es|ing)|bring(?:s|ing)?|keeps?\s+\p{L}+ing|kept\s+\p{L}+ing)\b[^.;$€£¥]{0,40}$/iu;
