/**
 * figures/price-cues: the English cues that say a money figure is a price or a difference between
 * prices rather than a sum that moved — share and unit prices, an item's price, "$60 cheaper",
 * "save $100 on", "offering it for $799", a shop listing line. Patterns only; figures/role-rules
 * reads them (split from figures/role-cues, which holds the other roles' cues).
 *
 * In:  text slices around one figure (before / after, cut to its clause) or its paragraph.
 * Out: regular expressions and small predicates over those slices.
 */
import type { Figure } from '../../../lib/model.ts';
import { PRICED_ITEMS } from '../../../lib/lexicon/priced-items.ts';
import { RETAIL_GOODS } from '../../../lib/lexicon/retail-goods.ts';
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
 * puts at a price is what one thing sells for: "can be had for just over $200", "dropped to an
 * all-time low at just $139" (a verb further back in the clause: SELLER_VERB_FOR below). A bare "for $X"
 * is not enough in news: "sued for $75,000" is a claim and "limits gifts to $2,700" a cap. A level
 * stated with a copula and "at" ("Brent was last at $60.73", "sterling was last trading at
 * $1.2925") or of a stock ("The stock is $8.5") is a quoted price too.
 */
export const PRICE_PREPOSITION_BEFORE =
  /\b(?:for|at)\s+(?:just\s+(?:over\s+|under\s+)?|only\s+|as\s+little\s+as\s+|as\s+low\s+as\s+)$|\b(?:is|was|are|were)\s+(?:last\s+|now\s+|still\s+)?(?:trading\s+|quoted\s+|changing\s+hands\s+)?at\s+(?:about\s+|around\s+)?$|\b(?:stock|shares)\s+(?:is|was|are|were)\s+(?:now\s+|currently\s+|still\s+)?(?:about\s+|around\s+)?$/iu;
/**
 * A seller's or buyer's verb earlier in the clause, then "for $X": "Rakuten offers the latest Apple
 * AirPods with wireless charging case for $150", "offering the Apple iPad Pro 12.9-inch 64GB Wi-Fi
 * for $799", "You can upgrade to 512GB of storage for $900", "is now live at Amazon for $199". Read over up to 160 characters of the clause,
 * so a long product name between verb and price does not hide it; a model number's dot ("12.9-inch")
 * is not a full stop. The rule keeps it to small loose amounts (figures/role-rules).
 */
export const SELLER_VERB_FOR =
  /\b(?:offer(?:s|ed|ing)?|sell(?:s|ing)?|on\s+sale|available|priced|retail(?:s|ing)?|discounted|get|gets|buy|grab|snag|had|find|upgrade|(?:now\s+)?live\s+(?:at|on))\b(?:[^.;$€£¥]|\d\.\d){0,140}\b(?:for|at)\s+(?:about\s+|around\s+|under\s+)?$/iu;
/**
 * A shop's earlier or regular price beside today's: "(Originally $200)", "(Orig. $1,599)",
 * "regular $400, currently on sale for $300", "down from the usual $199 price tag", "Usually selling
 * for $40", "Normally you'd be paying $9.99/month", "Our previous mention was at $750". Read only
 * with another amount near it (the price it is set against) and for an item-sized sum.
 */
export const EARLIER_PRICE_BEFORE =
  /(?:\b(?:originally|orig\.|regular(?:ly)?|usual(?:ly)?|normally|formerly)|\bprevious\s+(?:price|mention|low|deal)\s+(?:was\s+)?)\s*(?:(?:priced|selling|sells?|sold|retail(?:s|ed|ing)?|listed)\s+(?:at|for)\s+|costs?\s+|costing\s+|at\s+|(?:[\p{L}'’]+\s+){0,3}pa(?:y|ying|id)\s+)?(?:about\s+|around\s+|just\s+)?$/iu;
/** "you can even get $300 Beats headphones for just $164.99": the struck-out price before a deal's. */
export const STRUCK_PRICE_AFTER = /^\s+(?:[\p{L}\d'’-]+\s+){1,4}for\s+(?:just|only)\s+[$€£¥]\s?\d/u;
/**
 * A price written before the thing it buys: "the $49 charging brick", "a $99 Logitech MX Master 3
 * advanced mouse", "Satechi's $29 72W USB-C PD Car Charger": up to six name or model words, then a
 * shop good (lexicon/retail-goods). No preposition or article in between, so "$500 fine for a
 * broken phone" is not read as the phone's price.
 */
export const RETAIL_ITEM_AFTER = new RegExp(
  String.raw`^\s+(?:(?!(?:for|of|on|in|at|with|from|by|and|or|but|a|an|the|per|each|is|was|are|were|worth)\s)[\p{L}\d'’-]+\s+){0,6}(?:${alternation(RETAIL_GOODS)})\b`,
  'iu',
);
/** An item-sized earlier price (above), when another amount stands within 120 characters. */
export function isEarlierPrice(paragraph: string, figure: Figure, before: string, after: string): boolean {
  if (figure.amount === null || figure.amount >= 1e5) return false;
  if (!EARLIER_PRICE_BEFORE.test(before) && !STRUCK_PRICE_AFTER.test(after)) return false;
  const around = paragraph.slice(Math.max(0, figure.start - 120), figure.end + 120);
  const own = figure.start - Math.max(0, figure.start - 120);
  return [...around.matchAll(/[$€£¥]\s?\d/gu)].some(
    (m) => m.index < own || m.index >= own + figure.text.length,
  );
}
/**
 * A store's credit handed with a purchase is worth that much to each buyer: "Plus $50 Dell eGift
 * Card", "Get $10 Amazon Credit", "a free $10 Amazon gift card", "Clip the $10 off coupon".
 * "credit" alone needs a name before it ("a $10 billion credit line" is a loan).
 */
export const GIFT_CARD_AFTER =
  /^\s+(?:(?:\p{Lu}[\p{L}&'’]*\s+){1,2}(?:[Cc]redit|[Ee]-?[Gg]ift\s+[Cc]ards?|[Gg]ift\s+[Cc]ards?|[Vv]ouchers?|[Cc]oupons?)\b|(?:off\s+)?(?:e-?gift\s+cards?|gift\s+cards?|vouchers?|coupons?)\b)/u;
/** A loose amount that moved by a percentage to a level is a price: "the euro up 0.05% to $1.1075". */
export const PRICE_MOVE_BEFORE =
  /\b(?:up|down|rose|fell|gained|lost|slipped|climbed)\s+[\d.]+\s*(?:%|percent|per\s*cent)\s+to\s+$/iu;
/** What may follow a listing's price: nothing, or the struck-out price ("(Originally $200)"). */
const LISTING_TAIL = /^\s*(?:\((?:originally|orig\.|was|reg\.|regularly|list)\s+[$€£¥]\s?[\d.,]+\)\s*)?$/iu;
/**
 * A shop listing: a line of its own that names a thing and ends on its price ("Wyze Sense Starter
 * Kit for $20"). News sentences end with a full stop; a listing line has none.
 */
export function isListingLine(paragraph: string, end: number): boolean {
  // Length first: the rules ask this of every figure, so a long paragraph must cost nothing more.
  if (paragraph.length > 160) return false;
  const head = paragraph.slice(0, end).replace(/[$€£¥][\d.,]+$/u, '');
  return (
    !/[.!?]/u.test(paragraph.slice(0, end).replace(/\d\.\d/gu, '')) &&
    ((LISTING_TAIL.test(paragraph.slice(end)) && /\bfor\s+$/iu.test(head)) ||
      // A deal headline: "45% Off 65" LG … HDTV, Now $549 Plus $50 Dell eGift Card".
      (/^\s*(?:$|Plus\s)/u.test(paragraph.slice(end)) && /,\s+Now\s+$/u.test(head)))
  );
}
