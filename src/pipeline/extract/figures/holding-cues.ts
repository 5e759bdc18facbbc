/**
 * figures/holding-cues: is a money figure what someone holds — a balance ("had $3 million", "the
 * fund manages $2.3bn in assets", "her stake, worth $2bn", "with just $8 to his name") — or money
 * in general, a figure of speech ("A billion dollars does not buy as much as it did")? Split from
 * figures/role-cues, which keeps the cues of flows, parts and dates; figures/role-rules and
 * figures/roles read both.
 *
 * In:  the paragraph, the figure and the start of its clause. Out: predicates and one pattern.
 */
import type { Figure } from '../../../lib/model.ts';
import { HOLDINGS } from '../../../lib/lexicon/holdings.ts';
import { alternation } from './role-cues.ts';

/**
 * "had $3 million", "the endowment stands at $40bn", "the fund manages $2.3bn in assets": what someone
 * holds is a balance, not a flow.
 */
const HOLDS_BEFORE =
  /\b(?:had|has|have|holds?|held|manages?|stands\s+at|stood\s+at|standing\s+at)\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|less\s+than\s+|just\s+)?$/i;
/** "had $20 billion done", "had $5m stolen": "had" makes something happen to the sum. */
const CAUSED_AFTER =
  /^\s+(?:done|approved|stolen|seized|wired|sent|paid|returned|transferred|removed|taken|cut|slashed|wiped)\b/iu;
const REPORTS_BEFORE = /\breported\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|just\s+)?$/i;
const BALANCE_TOPIC = /\b(?:cash\s+on\s+hand|on\s+hand|in\s+the\s+bank|war\s+chests?)\b/i;
/** "X had $3 million, Y reported $2.2 million": a report listed beside a holding is a holding too. */
const HELD_EARLIER = /\b(?:had|has|have|holds?|held)\s+(?:about\s+|nearly\s+|more\s+than\s+)?[$€£¥]/i;
/**
 * The value of what someone owns, said of it: "his stock options are worth more than $10 million",
 * "her stake, worth $2bn". Shares bought or sold "worth $2bn" are a deal, not a balance.
 */
const HOLDING_WORTH = new RegExp(
  String.raw`\b(?:${alternation(HOLDINGS)})(?:\s+in\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})?` +
    String.raw`(?:,\s*|\s+(?:are|is|were|was)\s+)(?:now\s+|currently\s+)?(?:worth|valued\s+at)\s+` +
    String.raw`(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+)?$`,
  'u',
);

/**
 * "A billion dollars does not buy as much as it did": an amount written with "a" that opens its
 * clause as the subject of a generic present ("does not buy", "isn't what it was", "goes a long
 * way") is money in general, a figure of speech; "A million dollars was stolen" is a sum.
 */
const GENERIC_VERB_AFTER =
  /^\s+(?:does|doesn['’]t|don['’]t|isn['’]t|is\s+(?:not|no|nothing|just|only|a\s+lot)|can|can['’]t|cannot|won['’]t|buys|goes|means)\b/iu;
/** Whether an "a"-amount opening its clause is money in general ("A billion dollars does not buy…"), not a sum (see GENERIC_VERB_AFTER). */
export function isGeneric(paragraph: string, figure: Figure, clauseStart: number): boolean {
  return (
    /^an?\s/iu.test(figure.text) &&
    /^[\s"“‘'(]*$/u.test(paragraph.slice(clauseStart, figure.start)) &&
    GENERIC_VERB_AFTER.test(paragraph.slice(figure.end, figure.end + 12))
  );
}

/** "with just $8 to his name": what a person owns, all of it (a holding of the story's own: a total). */
export const TO_ONES_NAME_AFTER = /^\s+to\s+(?:his|her|their|its|my|your|our)\s+names?\b/iu;

/** A balance: held ("had $3m"), an owned thing's worth, or reported among cash or other holdings. */
export function isBalance(paragraph: string, figure: Figure, clauseStart: number): boolean {
  const before = paragraph.slice(Math.max(clauseStart, figure.start - 60), figure.start);
  // "My people had $20 billion done": a causative "had", not a holding.
  const causative = CAUSED_AFTER.test(paragraph.slice(figure.end, figure.end + 20));
  if ((HOLDS_BEFORE.test(before) && !causative) || HOLDING_WORTH.test(before)) return true;
  if (!REPORTS_BEFORE.test(before)) return false;
  return (
    BALANCE_TOPIC.test(paragraph.slice(0, figure.start)) ||
    HELD_EARLIER.test(paragraph.slice(clauseStart, figure.start))
  );
}
