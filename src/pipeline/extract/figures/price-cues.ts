/**
 * figures/price-cues: the English cues that say a money figure is a price or a difference between
 * prices rather than a sum that moved — share and unit prices, an item's price, "$60 cheaper",
 * "save $100 on", "offering it for $799", a shop listing line. Patterns only; figures/role-rules
 * reads them (split from figures/role-cues, which holds the other roles' cues).
 *
 * In:  text slices around one figure (before / after, cut to its clause) or its paragraph.
 * Out: regular expressions and small predicates over those slices.
 */
import { PRICED_ITEMS } from '../../../lib/lexicon/priced-items.ts';
import { alternation } from './role-cues.ts';

/** A share or unit price: "sent GM's share price up 1 percent to $36.65". */
export const PRICE_BEFORE = new RegExp(
  String.raw`\b(?:share|stock|unit|ticket|list|sale|asking|retail)\s+prices?\b[^.;]{0,40}$|\b(?:tickets?|seats?|plates?|admission|entry)\s+(?:at|for|costing|costs?|priced\s+at|went\s+for|sold\s+for)\s+(?:about\s+|around\s+|up\s+to\s+)?$|\b(?:shares?|stock)\s+(?:closed|rose|fell|traded|ended|jumped|dropped)\b[^.;]{0,40}$` +
    String.raw`|\b(?:${alternation(PRICED_ITEMS)})\s+fees?\s+(?:of|was|is|were|are)\s+(?:about\s+|around\s+|just\s+)?$` +
    // "A gallon of gas now costs $4.50", "one share of the firm was $80": a price per unit.
    String.raw`|\b(?:a|an|one|each|per)\s+(?:gallon|barrel|litre|liter|pound|kilo|kilogram|ton|tonne|ounce|share|ticket|dozen|loaf|bottle|pack|night|hour|month)\s+of\s+[^.;$€£¥]{0,30}?\b(?:now\s+)?(?:costs?|sells?\s+for|sold\s+for|is|was|averages?|averaged|went\s+for|goes\s+for|rose\s+to|fell\s+to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$` +
    // "Prices start at $35,000", "fees range from $50": a price list.
    String.raw`|\b(?:prices?|fees?|fares?|rents?|tickets?)\s+(?:start|starts|started|starting|begin|begins|range|ranges|ranging)\s+(?:at|from)\s+(?:about\s+|around\s+|just\s+)?$`,
  'iu',
);
/**
 * What one item sells for, when the sentence says so: "a starting price of $2,400", "the average
 * price of a new truck was $41,640", "it will start at $44,000", "it sells for $150" (a present
 * sale is a price; "was sold for" is a deal). Only for sums under a million
 * (figures/role-rules): "a purchase price of $3 billion" for a company is a deal's total.
 */
export const ITEM_PRICE_BEFORE =
  /\bprices?\s+(?:as\s+low\s+as|from)\s+$|\bprices?(?:\s+tag)?\s+(?:(?:of|for)\s+(?:an?|the|each|one)\s+[^.;$€£¥]{0,50}?\s+)?(?:is|was|were|are|of|at|to)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?$|\b(?:start|starts|started|starting)\s+at\s+(?:about\s+|around\s+|just\s+|only\s+)?$|\b(?:sells?|selling|retails?|retailing|on\s+sale)\s+for\s+(?:about\s+|around\s+|just\s+|only\s+)?$/iu;
/**
 * A difference between two prices is not a sum either: "$60 cheaper than the console", "$200 off
 * the regular rate", "$5 million off its forecast", "for $60 less", a headline's "$10 Off Apple
 * AirPods" (a capital after "off": case matters, so no /i flag).
 */
export const DIFFERENCE_AFTER =
  /^\s+(?:cheaper|dearer|(?:more|less)\s+expensive|less\b|[Oo]ff\s+(?:the|its|their|a|an|his|her|select|retail|regular|list|original|usual)\b)|^\s+(?:off|Off|OFF)\s+\p{Lu}/u;
/**
 * A discount is a difference too: "shoppers can save $100 on the retail systems", "save $50 off".
 * Only for an item-sized sum (figures/role-rules): "saves $2bn on interest" is a total.
 */
export const SAVE_BEFORE =
  /\bsav(?:e|es|ed|ing)\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+|an\s+extra\s+)?$/iu;
export const ON_OFF_AFTER = /^\s+(?:on|off)\s/iu;
/**
 * A loose small amount (no sum word in its clause, so no period) that a seller's or buyer's verb
 * puts at a price is what one thing sells for: "offering the iPad Pro for $799", "can be had for
 * just over $200", "available for $30", "dropped to an all-time low at just $139". A bare "for $X"
 * is not enough in news: "sued for $75,000" is a claim and "limits gifts to $2,700" a cap. A level
 * stated with a copula and "at" ("Brent was last at $60.73", "sterling was last trading at
 * $1.2925") or of a stock ("The stock is $8.5") is a quoted price too.
 */
export const PRICE_PREPOSITION_BEFORE =
  /\b(?:for|at)\s+(?:just\s+(?:over\s+|under\s+)?|only\s+|as\s+little\s+as\s+|as\s+low\s+as\s+)$|\b(?:is|was|are|were)\s+(?:last\s+|now\s+|still\s+)?(?:trading\s+|quoted\s+|changing\s+hands\s+)?at\s+(?:about\s+|around\s+)?$|\b(?:stock|shares)\s+(?:is|was|are|were)\s+(?:now\s+|currently\s+|still\s+)?(?:about\s+|around\s+)?$|\b(?:offer(?:s|ed|ing)?|sell(?:s|ing)?|on\s+sale|available|priced|retail(?:s|ing)?|discounted|get|gets|buy|grab|snag|had)\b[^.;$€£¥]{0,60}\b(?:for|at)\s+(?:about\s+|around\s+|under\s+)?$/iu;
/** A loose amount that moved by a percentage to a level is a price: "the euro up 0.05% to $1.1075". */
export const PRICE_MOVE_BEFORE =
  /\b(?:up|down|rose|fell|gained|lost|slipped|climbed)\s+[\d.]+\s*(?:%|percent|per\s*cent)\s+to\s+$/iu;
/**
 * A shop listing: a line of its own that names a thing and ends on its price ("Wyze Sense Starter
 * Kit for $20"). News sentences end with a full stop; a listing line has none.
 */
export function isListingLine(paragraph: string, end: number): boolean {
  return (
    paragraph.length <= 120 &&
    !/[.!?]/u.test(paragraph.slice(0, end).replace(/\d\.\d/gu, '')) &&
    /^\s*$/u.test(paragraph.slice(end)) &&
    /\bfor\s+$/iu.test(paragraph.slice(0, end).replace(/[$€£¥][\d.,]+$/u, ''))
  );
}
