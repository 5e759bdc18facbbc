/**
 * figures/role-rules: the ordered rules that decide a money figure's role from the cues around it
 * (figures/role-cues), each with a name so the benchmark can count how many figures a rule decides
 * and how often it is right (`npm run bench:role-rules`, bench/role-rules.ts).
 *
 * In:  a paragraph, one money figure (amount, period, years and quantity already read) and the
 *      bounds of its clause.
 * Out: the first rule that fires, in order, and the role it gives; `null` when no rule fires and
 *      the fallback (a sum with a period is a total) decides.
 *
 * Long because the rules are one ordered list (the first that fires decides): split across files,
 * their order, which is the point, could no longer be read in one place.
 */
import type { Figure, FigureRole } from '../../../lib/model.ts';
import { OTHER_RATE_AFTER, OTHER_RATE_BEFORE } from './period.ts';
import { quantityHead } from './quantity-head.ts';
import {
  ALONE_BEFORE,
  AVERAGE_AFTER,
  AVERAGE_BEFORE,
  BY_DATE_AFTER,
  BANKNOTE_AFTER,
  CHANGE_BEFORE,
  CUMULATIVE_AFTER,
  ANY_PERFECT_BEFORE,
  AIM_NEAR,
  BALANCE_NEAR,
  CUMULATIVE_BEFORE,
  DISTRIBUTIVE_BEFORE,
  EACH_AFTER,
  EVERY_BEFORE,
  TO_EACH_AFTER,
  EARLIER_AFTER,
  EARLIER_BEFORE,
  EARLIER_VERB_BEFORE,
  ESTIMATE_AFTER,
  ESTIMATE_BEFORE,
  FORECAST_BEFORE,
  FROM_TO,
  FROM_WHOLE_AFTER,
  FUTURE_BEFORE,
  GOING_AFTER,
  LAST_YEAR_AFTER,
  LAST_YEAR_BEFORE,
  NEED_BEFORE,
  NOT_A_FLOW,
  OF_THE_SUM_OPENER,
  OF_WHICH_AFTER,
  ORDER_ADJECTIVE_BEFORE,
  ORIGINAL_NOUN_BEFORE,
  PAST_POSSESSIVE_BEFORE,
  PERFECT_BEFORE,
  PICK_MONEY_OPENER,
  RECORD_SINCE_BEFORE,
  SHARE_BEFORE,
  SHARE_OF_SUM_BEFORE,
  SINCE_AFTER,
  SINCE_PERFECT_BEFORE,
  STOCK_MOVE_BEFORE,
  WITH_BEFORE,
} from './role-cues.ts';
import { TO_ONES_NAME_AFTER, isBalance, isGeneric } from './holding-cues.ts';
import {
  BAIL_AFTER,
  BOND_BEFORE,
  CLASS_WITH_BOUND,
  MAY_BE_CLASS_WITH_BOUND,
  CLASS_NOUN_BOUND_BEFORE,
  CLASS_NOUN_BOUND_OPENING,
  MAY_BE_CLASS_NOUN_BOUND,
  HEDGED_SUM_VERB_BEFORE,
  FINE_AFTER,
  LIMIT_AFTER,
  LIMIT_ARTICLE_BEFORE,
  LIMIT_BEFORE,
  OR_MORE_AFTER,
  SUM_VERB_JUST_BEFORE,
  THRESHOLD_BEFORE,
  THRESHOLD_SUBJECT,
} from './bound-cues.ts';
import {
  DIFFERENCE_AFTER,
  GIFT_CARD_AFTER,
  ITEM_PRICE_BEFORE,
  RETAIL_ITEM_AFTER,
  PRICE_BEFORE,
  PRICE_MOVE_BEFORE,
  PRICE_PREPOSITION_BEFORE,
  SELLER_VERB_FOR,
  isEarlierPrice,
  isListingLine,
} from './price-cues.ts';
import { roleContext, type RoleContext, type RoleRule } from './role-context.ts';
import {
  BELIEF_BEFORE,
  CAP_BEFORE,
  CHANGE_AFTER,
  EACH_SUBJECT_BEFORE,
  GIVE_EACH_BEFORE,
  INCLUDES_BEFORE,
  MORE_THAN_AFTER,
  PAY_WORDS_BEFORE,
  PAYER_CLASS_BEFORE,
  PRICE_NOUN_BEFORE,
  SUB_YEAR_RATE_AFTER,
  YEARLY_CUE_AFTER,
  ONE_THING_COSTS_BEFORE,
  PART_NOUN_BEFORE,
  PART_OF_AFTER,
  SET_ASIDE_BEFORE,
  SHARE_OF_SUM_IS_BEFORE,
  TO_THEN_FROM_BEFORE,
} from './news-cues.ts';
import {
  ESTIMATED_NOUN_OF,
  PROJECTION_NEAR,
  isDiscount,
  isVagueRhetoric,
  otherSumInClause,
} from './role-predicates.ts';

/** Another amount with a currency sign earlier in the figure's clause: the whole a part is set aside from. */
function sumBeforeInClause(c: RoleContext): boolean {
  return /[$€£¥]\s?\d/u.test(c.paragraph.slice(c.clause[0], c.figure.start));
}

/** "last year" just before or after the sum. */
function lastYearNear(c: RoleContext): boolean {
  return LAST_YEAR_BEFORE.test(c.before) || LAST_YEAR_AFTER.test(c.after);
}

/** "last year" near a sum; figures/roles keeps "earlier" only when the article compares it to another value. */
export const LAST_YEAR_RULE: RoleRule = { name: '"last year"', role: 'earlier', test: lastYearNear };

/** The rules in the order they are tried: the first that fires decides. */
export const ROLE_RULES: RoleRule[] = [
  // First: "Normally you'd be paying $9.99/month" is a rate too, but the one set against the deal.
  {
    name: 'earlier price ("Originally $200")',
    role: 'earlier',
    test: (c) => isEarlierPrice(c.paragraph, c.figure, c.before, c.after),
  },
  {
    name: 'rate after ("a share", "per hour")',
    role: 'per-unit',
    test: (c) =>
      c.figure.period !== 'annual' &&
      (OTHER_RATE_AFTER.test(c.after.slice(0, 30)) || OTHER_RATE_AFTER.test(c.rest.slice(0, 30))),
  },
  {
    name: 'rate before ("a monthly allowance of")',
    role: 'per-unit',
    test: (c) => c.figure.period !== 'annual' && OTHER_RATE_BEFORE.test(c.before),
  },
  {
    name: 'price / stock move / "each X gets"',
    role: 'per-unit',
    test: (c) =>
      PRICE_BEFORE.test(c.before) ||
      STOCK_MOVE_BEFORE.test(c.before) ||
      DISTRIBUTIVE_BEFORE.test(c.before) ||
      EACH_SUBJECT_BEFORE.test(c.before) ||
      GIVE_EACH_BEFORE.test(c.before) ||
      (ONE_THING_COSTS_BEFORE.test(c.before) && c.figure.amount !== null && c.figure.amount < 1e5) ||
      // "the usual $199 price tag": a price, when the sum is small enough to be an item's.
      // "Salaries start at $38,000" is a yearly pay level, not a price.
      ((ITEM_PRICE_BEFORE.test(c.before) || quantityHead(c.figure.quantity) === 'price') &&
        c.figure.amount !== null &&
        c.figure.amount < 1e6 &&
        !/\bsalar(?:y|ies)\b/iu.test(c.before)),
  },
  {
    name: 'gift card / voucher ("Plus $50 Dell eGift Card")',
    role: 'per-unit',
    test: (c) => c.figure.amount !== null && c.figure.amount < 1e4 && GIFT_CARD_AFTER.test(c.after),
  },
  {
    name: 'price before a good ("the $49 charging brick")',
    role: 'per-unit',
    test: (c) => c.figure.amount !== null && c.figure.amount < 1e4 && RETAIL_ITEM_AFTER.test(c.after),
  },
  {
    name: '"each" / plural payment after',
    role: 'per-unit',
    test: (c) => EACH_AFTER.test(c.after) && (c.figure.amount === null || c.figure.amount < 1e6),
  },
  {
    name: 'limit ("a fine of up to")',
    role: 'threshold',
    test: (c) =>
      LIMIT_BEFORE.test(c.before) ||
      LIMIT_AFTER.test(c.after) ||
      CAP_BEFORE.test(c.before) ||
      (LIMIT_ARTICLE_BEFORE.test(c.before) && FINE_AFTER.test(c.after)),
  },
  {
    name: 'bound on a class ("incomes above")',
    role: 'threshold',
    test: (c) =>
      (THRESHOLD_BEFORE.test(c.before) &&
        THRESHOLD_SUBJECT.test(c.before) &&
        !HEDGED_SUM_VERB_BEFORE.test(c.before)) ||
      (OR_MORE_AFTER.test(c.after) &&
        THRESHOLD_SUBJECT.test(c.before) &&
        !SUM_VERB_JUST_BEFORE.test(c.before)) ||
      (MAY_BE_CLASS_WITH_BOUND.test(c.before) && CLASS_WITH_BOUND.test(c.before)) ||
      (MAY_BE_CLASS_NOUN_BOUND.test(c.before) &&
        (CLASS_NOUN_BOUND_BEFORE.test(c.before) ||
          (c.figure.start - c.clause[0] <= 60 && CLASS_NOUN_BOUND_OPENING.test(c.before)))),
  },
  {
    name: 'bail / bond',
    role: 'threshold',
    test: (c) =>
      BAIL_AFTER.test(c.after) ||
      BOND_BEFORE.test(c.before) ||
      /\b(?:threshold|bond|bail)\b/i.test(c.figure.quantity ?? ''),
  },
  {
    name: '"the average family"',
    role: 'per-unit',
    // "an average of $2 billion a year" is a yearly level, not a value per member.
    // "an average salary of $61,000" is one person's yearly pay (round 13).
    test: (c) =>
      c.figure.period !== 'annual' &&
      (AVERAGE_BEFORE.test(c.before) || AVERAGE_AFTER.test(c.after)) &&
      (!/\b(?:salar(?:y|ies)|earn\w*)\b/iu.test(c.before) || SUB_YEAR_RATE_AFTER.test(c.after)),
  },
  // After the limits: "a maximum fine of $10,000 for each violation" is the limit.
  {
    name: '"every $X" / "to each"',
    role: 'per-unit',
    test: (c) => EVERY_BEFORE.test(c.before) || TO_EACH_AFTER.test(c.after),
  },
  {
    name: '"up from" / "a year earlier"',
    role: 'earlier',
    // "The program, which costs $1.3bn, was cut": what was cut is the program, not the sum.
    test: (c) =>
      EARLIER_BEFORE.test(c.before) ||
      (EARLIER_AFTER.test(c.after) && !/\b(?:which|that|who)\b[^,;]*$/iu.test(c.before)),
  },
  {
    name: '"from X to Y"',
    role: 'earlier',
    test: (c) =>
      (FROM_TO.test(c.before) && /^\s+(?:in\s+[\p{L}\d]+\s+)?to\s/iu.test(c.after)) ||
      TO_THEN_FROM_BEFORE.test(c.before),
  },
  {
    name: '"original goal"',
    role: 'earlier',
    test: (c) =>
      /\b(?:original|initial|previous|earlier|former)\s+$/i.test(c.before) &&
      NOT_A_FLOW.test(c.after.slice(0, 20)),
  },
  {
    name: '"the original estimate was"',
    role: 'earlier',
    test: (c) => ORIGINAL_NOUN_BEFORE.test(c.before) || EARLIER_VERB_BEFORE.test(c.before),
  },
  {
    name: '"the previous $X offer" / "last year\'s $X"',
    role: 'earlier',
    test: (c) =>
      ORDER_ADJECTIVE_BEFORE.test(c.before) || (PAST_POSSESSIVE_BEFORE.test(c.before) && otherSumInClause(c)),
  },
  LAST_YEAR_RULE,
  { name: '"needs"', role: 'estimate', test: (c) => NEED_BEFORE.test(c.before) },
  { name: '"to his name"', role: 'total', test: (c) => TO_ONES_NAME_AFTER.test(c.after) },
  {
    // A stock held by anyone ("had $3 million", "cash on hand", "his options are worth $10m") is the
    // total of what is held; whose it is does not change the role (round 13).
    name: 'balance (a stock held)',
    role: 'total',
    test: (c) => BALANCE_NEAR.test(c.near) || isBalance(c.paragraph, c.figure, c.clause[0]),
  },
  {
    name: 'goal / generic',
    role: 'other',
    test: (c) => AIM_NEAR.test(c.near) || isGeneric(c.paragraph, c.figure, c.clause[0]),
  },
  {
    name: 'a price by the year ("tuition of $14,200 a year")',
    role: 'per-unit',
    // Read from the text, not the period: a per-unit figure's period is cleared after the rules.
    test: (c) =>
      (c.figure.period === 'annual' || YEARLY_CUE_AFTER.test(c.after)) &&
      c.figure.amount !== null &&
      c.figure.amount < 1e5 &&
      !PAY_WORDS_BEFORE.test(c.before) &&
      (PRICE_NOUN_BEFORE.test(c.before) || PAYER_CLASS_BEFORE.test(c.before)),
  },
  { name: 'annual period', role: 'annual', test: (c) => c.figure.period === 'annual' },
  {
    name: 'vague rhetoric',
    role: 'other',
    test: (c) => c.figure.amount === null && isVagueRhetoric(c),
  },
  {
    name: '"an increase of" / "$2 increase in" / "$30,000 more than her predecessor"',
    role: 'other',
    test: (c) => CHANGE_BEFORE.test(c.before) || CHANGE_AFTER.test(c.after) || MORE_THAN_AFTER.test(c.after),
  },
  { name: '"the largest since a $X"', role: 'other', test: (c) => RECORD_SINCE_BEFORE.test(c.before) },
  {
    name: 'banknote ("$100 bills")',
    role: 'other',
    test: (c) => c.figure.amount !== null && c.figure.amount < 1000 && BANKNOTE_AFTER.test(c.after),
  },
  {
    name: '"$60 cheaper" / "$200 off" / "save $100 on"',
    role: 'other',
    test: (c) => DIFFERENCE_AFTER.test(c.after) || isDiscount(c),
  },
  {
    name: '"of which" / "including" / "alone"',
    role: 'part',
    test: (c) =>
      SHARE_BEFORE.test(c.before) ||
      SHARE_OF_SUM_BEFORE.test(c.before) ||
      FROM_WHOLE_AFTER.test(c.after) ||
      PICK_MONEY_OPENER.test(c.paragraph.slice(Math.max(0, c.figure.start - 200), c.figure.start)) ||
      OF_THE_SUM_OPENER.test(c.paragraph.slice(Math.max(0, c.figure.start - 200), c.figure.start)) ||
      OF_WHICH_AFTER.test(c.after) ||
      SHARE_OF_SUM_IS_BEFORE.test(c.before) ||
      PART_OF_AFTER.test(c.after) ||
      ((SET_ASIDE_BEFORE.test(c.before) ||
        INCLUDES_BEFORE.test(c.before) ||
        PART_NOUN_BEFORE.test(c.before)) &&
        sumBeforeInClause(c)) ||
      (WITH_BEFORE.test(c.before) && GOING_AFTER.test(c.after)) ||
      (ALONE_BEFORE.test(c.before) && /[$€£¥]\s?\d/u.test(c.paragraph.slice(0, c.clause[0]))),
  },
  {
    name: '"so far" / "to date"',
    role: 'cumulative',
    // "plans to spend $2.6bn through 2028" is a plan's total, not a tally so far.
    test: (c) =>
      CUMULATIVE_BEFORE.test(c.before) ||
      (CUMULATIVE_AFTER.test(c.after) && !FUTURE_BEFORE.test(c.before)) ||
      (PERFECT_BEFORE.test(c.before) && BY_DATE_AFTER.test(c.after)) ||
      SINCE_PERFECT_BEFORE.test(c.before) ||
      (ANY_PERFECT_BEFORE.test(c.before) && SINCE_AFTER.test(c.after)),
  },
  {
    name: '"estimated" / "could cost"',
    role: 'estimate',
    test: (c) =>
      ESTIMATE_BEFORE.test(c.before) ||
      FORECAST_BEFORE.test(c.before) ||
      ESTIMATE_AFTER.test(c.after) ||
      BELIEF_BEFORE.test(c.before),
  },
  {
    name: 'projected over years',
    role: 'estimate',
    test: (c) =>
      c.figure.years !== null &&
      PROJECTION_NEAR.test(
        c.paragraph.slice(
          Math.max(c.clause[0], c.figure.start - 100),
          Math.min(c.clause[1], c.figure.end + 60),
        ),
      ),
  },
  {
    name: '"an estimated X of"',
    role: 'estimate',
    test: (c) =>
      ESTIMATED_NOUN_OF.test(c.paragraph.slice(Math.max(c.clause[0], c.figure.start - 160), c.figure.start)),
  },
  {
    name: 'quantity is a change',
    role: 'other',
    test: (c) => /^(?:increase|rise|difference|gap)$/.test(quantityHead(c.figure.quantity) ?? ''),
  },
  {
    name: 'loose price ("offering it for $799")',
    role: 'per-unit',
    // Last: only a small amount that no sum word made a sum (period null) and no other cue read.
    // A shop's listing line is a price even when a sum word ("New Price Drop:") made it a sum.
    test: (c) =>
      (c.figure.period === null || isListingLine(c.paragraph, c.figure.end)) &&
      c.figure.amount !== null &&
      c.figure.amount < 1e5 &&
      // "Salaries start at $38,000": pay is a level of its own, not what an item sells for.
      !/\b(?:salar(?:y|ies)|wages?|pay|paid|incomes?|earn\w*|stipends?|pensions?)\b/iu.test(c.before) &&
      (PRICE_PREPOSITION_BEFORE.test(c.before) ||
        SELLER_VERB_FOR.test(
          c.paragraph.slice(Math.max(c.clause[0], c.figure.start - 160), c.figure.start),
        ) ||
        PRICE_MOVE_BEFORE.test(c.before) ||
        isListingLine(c.paragraph, c.figure.end)),
  },
];

/**
 * The role of one figure and the rule that gave it (rule null: the fallback). With no rule, a sum
 * (period total) or a vague amount that is not rhetoric is the story's total; anything else is
 * unknown (role null): guessing "other" for it was right about half the time on the tune half and
 * on unannotated corpus articles.
 */
export function decideRole(
  paragraph: string,
  figure: Figure,
  clause: [number, number],
): { role: FigureRole | null; rule: RoleRule | null } {
  const c = roleContext(paragraph, figure, clause);
  const rule = ROLE_RULES.find((r) => r.test(c)) ?? null;
  if (rule) return { role: rule.role, rule };
  return { role: c.figure.period === 'total' || c.figure.amount === null ? 'total' : null, rule: null };
}
