/**
 * figures/role-predicates: the tests on one figure's context that the role rules share and that
 * take more than one cue pattern — a vague amount said as rhetoric, an adjective of magnitude on no
 * sum, a discount, a yield projected over years, another sum in the same clause (split from
 * figures/role-rules, which holds the ordered rules themselves).
 *
 * In:  a RoleContext (figures/role-context). Out: booleans, and the two patterns the rules read.
 */
import { MONEY_NOUNS } from './money.ts';
import { CUMULATIVE_BEFORE, RHETORIC_NEAR, SUM_VERB_BEFORE, inQuotation } from './role-cues.ts';
import { ON_OFF_AFTER, SAVE_BEFORE } from './price-cues.ts';
import type { RoleContext } from './role-context.ts';

/**
 * A verb that projects a yield over a span of years ("would raise $80bn over ten years",
 * "generating, over a 10-year period, $60bn"); a plan or pledge over the next years ("will buy
 * back $1.4bn over the next three years") stays a total.
 */
export const PROJECTION_NEAR =
  /\b(?:generat(?:e|es|ing)|would\s+(?:generate|raise|save|add|cost|bring|reduce|increase))\b/iu;

/** "an estimated loss in earnings … of $11.6 billion": the estimate names the noun the figure measures. */
export const ESTIMATED_NOUN_OF =
  /\ban?\s+(?:estimated|projected|expected)\s+\p{L}+\b[^.;$€£¥]{0,120}\bof\s+(?:about\s+|nearly\s+|around\s+|some\s+)?$/iu;

/**
 * A sum at stake, in plain reporting ("the state could lose billions of dollars in federal
 * funding", "risks forfeiting millions"): what may be lost is a sum (bench/gold/ANNOTATION.md:
 * "Billions of dollars of federal funding may be at stake"), where "could divert billions" is
 * rhetoric.
 */
const AT_STAKE_BEFORE =
  /\b(?:lose|losing|forfeit|forfeiting|risk|risks|risking|(?:is|are)\s+at\s+stake\s+(?:for|in))\s+(?:up\s+to\s+|as\s+much\s+as\s+)?$/iu;

/** A vague amount said as rhetoric rather than reported as a sum. */
export function isVagueRhetoric(c: RoleContext): boolean {
  if (CUMULATIVE_BEFORE.test(c.before) || SUM_VERB_BEFORE.test(c.before)) return false;
  if (inQuotation(c.paragraph, c.figure.start)) return true;
  if (AT_STAKE_BEFORE.test(c.before)) return false;
  return RHETORIC_NEAR.test(c.before) || magnitudeOfNoSum(c);
}

/**
 * "a trillion-dollar lie", "a million-dollar industry": an adjective of magnitude on a noun that is
 * no sum of money is a figure of speech; "a billion-dollar contract" is a sum.
 */
function magnitudeOfNoSum(c: RoleContext): boolean {
  if (!/^[^\d]*-(?:dollar|euro|pound)$/iu.test(c.figure.text)) return false;
  const words =
    c.after
      .match(/^\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u)?.[1]
      ?.toLowerCase()
      .split(/\s+/u) ?? [];
  return !words.some((word) => MONEY_NOUNS.has(word) || MONEY_NOUNS.has(word.replace(/s$/u, '')));
}

/** "shoppers can save $100 on the laptop": a discount, when the sum is an item's. */
export function isDiscount(c: RoleContext): boolean {
  return (
    SAVE_BEFORE.test(c.before) &&
    ON_OFF_AFTER.test(c.after) &&
    c.figure.amount !== null &&
    c.figure.amount < 1e6
  );
}

/** Another amount with a currency sign in the figure's clause: what a past value is compared with. */
export function otherSumInClause(c: RoleContext): boolean {
  const clause = c.paragraph.slice(c.clause[0], c.clause[1]);
  const own = c.figure.start - c.clause[0];
  return [...clause.matchAll(/[$€£¥]\s?\d/gu)].some(
    (m) => m.index < own || m.index >= own + c.figure.text.length,
  );
}
