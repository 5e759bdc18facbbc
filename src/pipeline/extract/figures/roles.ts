/**
 * figures/roles: what each money figure of an article is of, and how it relates to the others.
 *
 * In:  the article's paragraphs and its figures (money already with amount, currency, period and
 *      stated conversions).
 * Out: per money figure, `quantity` (the noun phrase it measures: "fine", "lump sum", "aid"),
 *      `role` (total, part, annual, per-unit, threshold, cumulative, estimate, earlier, other),
 *      and the in-article relations `partOf` and `restatementOf` (indexes into the same list).
 *
 * Signals are general English ones, read in the figure's own clause: the noun phrase around the
 * figure ("a fine of €1.8bn", "$60bn in aid", "a $5bn loan"), comparison words for thresholds
 * ("withdrawals of less than $10,000"), "up from"/"a year earlier" for earlier values, "so far" for
 * running totals, "estimated"/"could" for estimates; parts are figures introduced by "including"
 * under a larger one, or figures whose sum is another figure of the article. A figure whose
 * quantity is unclear keeps quantity null: grouping then falls back to value and role.
 * Linking parts and restatements is figures/relations.ts; the cue patterns are figures/role-cues.ts.
 */
import type { Figure, FigureRole } from '../../../lib/model.ts';
import { OTHER_RATE_AFTER, clauseBounds } from './period.ts';
import { MONEY_NOUNS } from './money.ts';
import { quantityHead } from './quantity-head.ts';
import {
  ALONE_BEFORE,
  BAIL_AFTER,
  EACH_AFTER,
  LIMIT_BEFORE,
  RHETORIC_NEAR,
  inQuotation,
  BOND_BEFORE,
  CHANGE_BEFORE,
  CLASS_WITH_BOUND,
  CUMULATIVE_AFTER,
  CUMULATIVE_BEFORE,
  DISTRIBUTIVE_BEFORE,
  EARLIER_AFTER,
  EARLIER_BEFORE,
  ESTIMATE_AFTER,
  ESTIMATE_BEFORE,
  FROM_TO,
  FROM_WHOLE_AFTER,
  GOING_AFTER,
  HABITUAL_AFTER,
  HABITUAL_BEFORE,
  LAST_YEAR_AFTER,
  LAST_YEAR_BEFORE,
  NEED_BEFORE,
  NOT_A_FLOW,
  PICK_MONEY_OPENER,
  PROJECT_BUDGET,
  RECURRING_FLOW,
  PRICE_BEFORE,
  PUBLIC_BODY_BUDGET,
  RANGE_REST,
  SHARE_BEFORE,
  STOCK_MOVE_BEFORE,
  SUM_VERB_BEFORE,
  THRESHOLD_BEFORE,
  THRESHOLD_SUBJECT,
  WITH_BEFORE,
  YEARLY_BUDGET,
  isBalance,
  isGeneric,
} from './role-cues.ts';
import { readQuantity } from './quantity-phrase.ts';
import { linkParts, linkRestatements, markItemisedParts, type Money } from './relations.ts';

// compare/figures reads quantity heads through this module.
export { quantityHead } from './quantity-head.ts';

/**
 * What a fund or a person is worth, said of it: "a hedge fund, Setad, worth $95bn", "he is worth
 * millions", "a company valued at $2bn". Shares "bought … worth $2bn" are a deal, not a value.
 */
const HOLDING_VALUE_BEFORE =
  /(?:\b(?:fund|company|firm|estate|fortune|empire|portfolio|holdings)(?:,?\s+\p{Lu}[\p{L}-]*)?,?\s+|\b(?<subject>\p{L}+)\s+(?:is|are|was|were)\s+(?:now\s+|currently\s+|reportedly\s+)?)(?:worth|valued\s+at)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|some\s+|an\s+estimated\s+)?$/u;

/** Subjects of "is worth" that are deals or goods, not holders: "the order is worth $2bn". */
const NOT_HOLDERS = new Set(
  'deal deals order orders agreement contract it this that which imports exports goods sale purchase'.split(
    ' ',
  ),
);

/**
 * A verb that projects a yield over a span of years ("would raise $80bn over ten years",
 * "generating, over a 10-year period, $60bn"); a plan or pledge over the next years ("will buy
 * back $1.4bn over the next three years") stays a total.
 */
const PROJECTION_NEAR =
  /\b(?:generat(?:e|es|ing)|would\s+(?:generate|raise|save|add|cost|bring|reduce|increase))\b/iu;

/** A vague amount said as rhetoric rather than reported as a sum. */
function isVagueRhetoric(paragraph: string, figure: Figure, before: string): boolean {
  if (CUMULATIVE_BEFORE.test(before) || SUM_VERB_BEFORE.test(before)) return false;
  return inQuotation(paragraph, figure.start) || RHETORIC_NEAR.test(before);
}

function readRole(paragraph: string, figure: Figure, clause: [number, number]): FigureRole {
  const before = paragraph.slice(Math.max(clause[0], figure.start - 60), figure.start);
  const after = paragraph.slice(figure.end, Math.min(clause[1], figure.end + 60));
  const rest = after.replace(RANGE_REST, ' ');
  if (
    figure.period !== 'annual' &&
    (OTHER_RATE_AFTER.test(after.slice(0, 30)) || OTHER_RATE_AFTER.test(rest.slice(0, 30)))
  )
    return 'per-unit';
  if (PRICE_BEFORE.test(before) || STOCK_MOVE_BEFORE.test(before) || DISTRIBUTIVE_BEFORE.test(before))
    return 'per-unit';
  if (EACH_AFTER.test(after) && (figure.amount === null || figure.amount < 1e6)) return 'per-unit';
  if (LIMIT_BEFORE.test(before)) return 'threshold';
  if ((THRESHOLD_BEFORE.test(before) && THRESHOLD_SUBJECT.test(before)) || CLASS_WITH_BOUND.test(before))
    return 'threshold';
  if (BAIL_AFTER.test(after)) return 'threshold';
  if (BOND_BEFORE.test(before) || /\b(?:threshold|bond|bail)\b/i.test(figure.quantity ?? ''))
    return 'threshold';
  if (EARLIER_BEFORE.test(before) || EARLIER_AFTER.test(after)) return 'earlier';
  if (FROM_TO.test(before) && /^\s+(?:in\s+[\p{L}\d]+\s+)?to\s/iu.test(after)) return 'earlier';
  if (
    /\b(?:original|initial|previous|earlier|former)\s+$/i.test(before) &&
    NOT_A_FLOW.test(after.slice(0, 20))
  )
    return 'earlier';
  if (LAST_YEAR_BEFORE.test(before) || LAST_YEAR_AFTER.test(after)) return 'earlier';
  if (NEED_BEFORE.test(before)) return 'estimate';
  const near = paragraph.slice(Math.max(clause[0], figure.start - 60), Math.min(clause[1], figure.end + 40));
  if (
    NOT_A_FLOW.test(near) ||
    isBalance(paragraph, figure, clause[0]) ||
    isGeneric(paragraph, figure, clause[0])
  )
    return 'other';
  if (figure.period === 'annual') return 'annual';
  // A vague amount ("millions of dollars") in plain reporting is a sum; in a speaker's words, or
  // after a verb of rhetoric, the future or a modal ("will contribute billions"), it is other.
  if (figure.amount === null && isVagueRhetoric(paragraph, figure, before)) return 'other';
  if (CHANGE_BEFORE.test(before)) return 'other';
  if (
    SHARE_BEFORE.test(before) ||
    FROM_WHOLE_AFTER.test(after) ||
    PICK_MONEY_OPENER.test(paragraph.slice(Math.max(0, figure.start - 200), figure.start)) ||
    (WITH_BEFORE.test(before) && GOING_AFTER.test(after)) ||
    (ALONE_BEFORE.test(before) && /[$€£¥]\s?\d/u.test(paragraph.slice(0, clause[0])))
  )
    return 'part';
  if (CUMULATIVE_BEFORE.test(before) || CUMULATIVE_AFTER.test(after)) return 'cumulative';
  if (ESTIMATE_BEFORE.test(before) || ESTIMATE_AFTER.test(after)) return 'estimate';
  // A yield projected over years is an estimate.
  if (
    figure.years !== null &&
    PROJECTION_NEAR.test(
      paragraph.slice(Math.max(clause[0], figure.start - 100), Math.min(clause[1], figure.end + 60)),
    )
  )
    return 'estimate';
  // "an estimated loss in earnings … of $11.6 billion": the estimate names the noun the figure measures.
  const clauseBefore = paragraph.slice(Math.max(clause[0], figure.start - 160), figure.start);
  if (
    /\ban?\s+(?:estimated|projected|expected)\s+\p{L}+\b[^.;$€£¥]{0,120}\bof\s+(?:about\s+|nearly\s+|around\s+|some\s+)?$/iu.test(
      clauseBefore,
    )
  )
    return 'estimate';
  if (/^(?:increase|rise|difference|gap)$/.test(quantityHead(figure.quantity) ?? '')) return 'other';
  // A vague amount that is not rhetoric (above) is a reported sum.
  return figure.period === 'total' || figure.amount === null ? 'total' : 'other';
}

/** Fill quantity, role, partOf and restatementOf of every money figure, in place. */
export function readRoles(paragraphs: string[], figures: Figure[]): void {
  const money: Money[] = [];
  const boundsOf = new Map<number, { bounds: [number, number][]; at: number }>();
  figures.forEach((figure, index) => {
    if (figure.kind !== 'money') return;
    money.push({ index, figure });
    const paragraph = paragraphs[figure.paragraph] ?? '';
    let state = boundsOf.get(figure.paragraph);
    if (!state) boundsOf.set(figure.paragraph, (state = { bounds: clauseBounds(paragraph), at: 0 }));
    // Figures come in reading order: the clause pointer only moves forward.
    while (
      state.at + 1 < state.bounds.length &&
      (state.bounds[state.at + 1] as [number, number])[0] <= figure.start
    )
      state.at++;
    const clause = state.bounds[state.at] ?? [0, paragraph.length];
    figure.quantity = readQuantity(paragraph, figure.start, figure.end, clause[0]);
    figure.role = readRole(paragraph, figure, clause);
    const before = paragraph.slice(Math.max(clause[0], figure.start - 60), figure.start);
    const after = paragraph.slice(figure.end, Math.min(clause[1], figure.end + 60));
    // A government's budget is a yearly level ("a federal budget of $3.6 trillion", "an agency with
    // a budget of $200bn"); so is a sum a body habitually receives ("the aid Egypt gets").
    const clauseText = paragraph.slice(clause[0], clause[1]);
    if (
      figure.period === 'total' &&
      figure.years === null &&
      (YEARLY_BUDGET.test(figure.quantity ?? '') ||
        (quantityHead(figure.quantity) === 'budget' &&
          PUBLIC_BODY_BUDGET.test(clauseText) &&
          !PROJECT_BUDGET.test(clauseText)) ||
        (RECURRING_FLOW.has(quantityHead(figure.quantity) ?? '') &&
          (HABITUAL_BEFORE.test(before) || HABITUAL_AFTER.test(after))))
    ) {
      figure.period = 'annual';
      figure.role = figure.role === 'total' ? 'annual' : figure.role;
    }
    // A price, a limit, a balance, an aim, a need or a vague amount is not a sum over time.
    const near = paragraph.slice(
      Math.max(clause[0], figure.start - 60),
      Math.min(clause[1], figure.end + 40),
    );
    // A fine of $1,000 each is still a one-off sum; a ticket price is not a sum at all.
    const perUnitFine =
      figure.role === 'per-unit' &&
      (/^(?:fine|penalty)$/.test(quantityHead(figure.quantity) ?? '') ||
        /^\s+(?:fines|penalties)\b/iu.test(after) ||
        /\bfined\s+(?:[\p{L}.&'-]+\s+){0,3}$/iu.test(before));
    if (perUnitFine && figure.period === null) figure.period = 'total';
    // A vague sum reported plainly is a one-off total; in rhetoric it has no period.
    if (
      figure.amount === null &&
      (figure.role === 'total' || figure.role === 'cumulative' || figure.role === 'part')
    )
      figure.period = 'total';
    // What a fund or a person is worth is a stock, not a flow.
    // "the deal is worth $2bn" is a deal's total; "her uncle is worth millions" a holding.
    const holding = HOLDING_VALUE_BEFORE.exec(before);
    const subject = holding?.groups?.subject?.toLowerCase();
    const valueOfHolding =
      holding !== null && (subject === undefined || (!MONEY_NOUNS.has(subject) && !NOT_HOLDERS.has(subject)));
    if (
      (figure.role === 'per-unit' && !perUnitFine) ||
      figure.role === 'threshold' ||
      valueOfHolding ||
      (figure.role === 'estimate' && NEED_BEFORE.test(before)) ||
      (figure.amount === null &&
        figure.role === 'other' &&
        !SUM_VERB_BEFORE.test(paragraph.slice(Math.max(0, figure.start - 20), figure.start))) ||
      ((figure.role === 'other' || figure.role === 'earlier') &&
        (NOT_A_FLOW.test(near) ||
          isBalance(paragraph, figure, clause[0]) ||
          isGeneric(paragraph, figure, clause[0])))
    ) {
      figure.period = null;
      figure.years = null;
    }
  });
  const byParagraph = new Map<number, Figure[]>();
  for (const m of money)
    byParagraph.set(m.figure.paragraph, [...(byParagraph.get(m.figure.paragraph) ?? []), m.figure]);
  for (const [p, list] of byParagraph) markItemisedParts(paragraphs[p] ?? '', list);
  // A stated conversion measures what its original measures.
  for (const m of money) {
    if (m.figure.conversionOf === null) continue;
    const original = figures[m.figure.conversionOf];
    if (!original) continue;
    m.figure.quantity = original.quantity ?? m.figure.quantity;
    m.figure.role = original.role;
  }
  linkParts(paragraphs, money);
  for (const m of money) if (m.figure.partOf !== null) m.figure.role = 'part';
  for (const m of money)
    if (m.figure.conversionOf !== null && figures[m.figure.conversionOf]?.role === 'part')
      m.figure.role = 'part';
  linkRestatements(money);
}
