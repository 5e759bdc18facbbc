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
 * Linking parts and restatements is figures/relations.ts; the cue patterns are figures/role-cues.ts,
 * the ordered rules that read them figures/role-rules.ts.
 */
import type { Figure } from '../../../lib/model.ts';
import { clauseBounds } from './period.ts';
import { MONEY_NOUNS } from './money.ts';
import { quantityHead, quantityKey } from './quantity-head.ts';
import {
  BALANCE_NEAR,
  HABITUAL_AFTER,
  HABITUAL_BEFORE,
  NEED_BEFORE,
  NOT_A_FLOW,
  PROJECT_BUDGET,
  PUBLIC_BODY_BUDGET,
  RECURRING_FLOW,
  SUM_VERB_BEFORE,
  VALUATION_BEFORE,
  YEARLY_BUDGET,
} from './role-cues.ts';
import { isBalance, isGeneric } from './holding-cues.ts';
import { DIFFERENCE_AFTER, isEarlierPrice } from './price-cues.ts';
import { SUB_YEAR_RATE_AFTER } from './news-cues.ts';
import { roleContext } from './role-context.ts';
import { LAST_YEAR_RULE, decideRole } from './role-rules.ts';
import { isDiscount } from './role-predicates.ts';
import { readQuantity } from './quantity-phrase.ts';
import { isYearlyFlow } from './year-scope.ts';
import { linkParts, linkRestatements, markItemisedParts, type Money } from './relations.ts';
import { carryBackReferences, carryReadings } from './coordination.ts';

// compare/figures reads quantity heads through this module.
export { quantityHead, quantityKey, quantityWords } from './quantity-head.ts';

/**
 * A person's pay in one named year is a yearly level: "he made $53,000 in 2013", "she earned
 * $174,000 in 2012". Only for a person-sized sum (under a million): a company that "earned $2.8
 * billion in 2018" reports a result, which the annotation calls a total.
 */
const EARNED_BEFORE =
  /\b(?:earn(?:s|ed)?|made|makes|took\s+home|takes\s+home)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|just\s+)?$/iu;
const IN_A_YEAR_AFTER = /^\s+(?:in|during)\s+(?:19|20)\d\d\b(?![-–]\d)/u;

/** Money that is a yearly level unless the text says otherwise: "a salary of $174,000". */
const YEARLY_BY_NATURE = new Set(['salary']);
/**
 * A pay level named as such is yearly when it is a salary's size: "starting pay will rise to
 * $52,000", "base pay of $90,000" ("$50,000 in back pay" is a sum owed, so only these modifiers).
 */
const PAY_LEVEL_BEFORE =
  /\b(?:starting|base|basic|entry-level|minimum|average|median|annual|top)\s+(?:pay|salar(?:y|ies))\b[^.;$€£¥]{0,40}$/iu;

/**
 * What a fund or a person is worth, said of it: "a hedge fund, Setad, worth $95bn", "he is worth
 * millions", "a company valued at $2bn", and an owned thing's value in apposition ("his Land Rover,
 * worth $42,000"; not "their deal, worth $2bn", a deal's own sum). Shares "bought … worth $2bn" are a deal, not a value.
 */
const HOLDING_VALUE_BEFORE =
  /(?:\b(?:his|her|their|its|my|our|your|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}(?<thing>\p{L}+),\s+|\b(?:fund|company|firm|estate|fortune|empire|portfolio|holdings)(?:,?\s+\p{Lu}[\p{L}-]*)?,?\s+|\b(?<subject>\p{L}+)\s+(?:is|are|was|were)\s+(?:now\s+|currently\s+|reportedly\s+)?)(?:worth|valued\s+at)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|some\s+|an\s+estimated\s+)?$/u;

/** Money nouns that are holdings, so "the pension fund is now worth £4.2bn" is a value held. */
const HOLDER_NOUNS = new Set('fund funds endowment portfolio reserves assets holdings stake'.split(' '));

/** Subjects of "is worth" that are deals or goods, not holders: "the order is worth $2bn". */
const NOT_HOLDERS = new Set(
  'deal deals order orders agreement contract it this that which imports exports goods sale purchase'.split(
    ' ',
  ),
);

/**
 * A level owed or outstanding at a point in time is a balance, not a flow: "reported long-term debt
 * of more than $700 million", "Student loan obligations in this country total $1.5 trillion", "the
 * national debt increased to €48.3bn" (a level moved to), and what a body owes now ("the program owes
 * the Treasury $22.5bn"; "owed" may be a sum that was due once). The
 * noun is the subject or head of the amount; money moved as debt ("inject $6.5bn in debt", "issued
 * debt of $2bn") is a sum.
 */
const OUTSTANDING_BEFORE =
  /\bowes\s+(?:[\p{L}.&'’-]+\s+){0,3}?(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|a\s+record\s+)?$|(?<!\b(?:issu\w*|took\s+on|tak\w*\s+on|rais\w*|forg[ai]v\w*|cancel\w*|repa\w*|pa(?:y|id|ying)|refinanc\w*|sold|sell\w*|bought|buy\w*|wip\w*|writ\w*|restructur\w*)\s+(?:[\p{L}-]+\s+){0,2})\b(?:debts?|obligations|liabilit(?:y|ies))(?:\s+(?!of\b)[\p{L}.-]+){0,3}?\s+(?:of|totals?|totall?ed|stands?\s+at|stood\s+at|is|are|was|were|reached|topped|(?:increased|rose|grew|climbed|jumped|swelled|fell|dropped|declined|decreased)\s+to)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+)?$/iu;

/**
 * A part of a yearly level is yearly too ("a $48.7bn state budget that sets aside $2.1bn for
 * roads"), and so is the earlier value of one ("raise their salaries to $98,000 from $72,000"),
 * unless it states a span of its own: the whole is the part's `partOf`, or else the nearest yearly
 * sum before it in its sentence (larger, for a part).
 */
function takeYearlyPeriod(paragraphs: string[], money: Money[], figures: Figure[]): void {
  for (const { figure } of money) {
    if (figure.period !== 'total' || figure.years !== null) continue;
    if (figure.role !== 'part' && figure.role !== 'earlier') continue;
    let whole = figure.partOf === null ? undefined : figures[figure.partOf];
    if (!whole) {
      const paragraph = paragraphs[figure.paragraph] ?? '';
      whole = money
        .map((m) => m.figure)
        .filter(
          (f) =>
            f.paragraph === figure.paragraph &&
            f.end <= figure.start &&
            !/[.;!?]\s/u.test(paragraph.slice(f.end, figure.start)),
        )
        .at(-1);
      if (whole && figure.role === 'part' && !((whole.amount ?? 0) > (figure.amount ?? Infinity))) continue;
    }
    if (whole?.period === 'annual') figure.period = 'annual';
  }
}

/** Fill quantity, role, partOf and restatementOf of every money figure, in place. */
export function readRoles(paragraphs: string[], figures: Figure[]): void {
  const money: Money[] = [];
  const boundsOf = new Map<number, { bounds: [number, number][]; at: number }>();
  const lastYear: Figure[] = [];
  /** Figures no cue read: their role and period are the fallback's guess, which a neighbour may correct. */
  const cueless = new Set<Figure>();
  /** The money figures just before and after each one in its paragraph, for the year scope of a sum. */
  const moneyFigures = figures.filter((f) => f.kind === 'money');
  const moneyAt = new Map(moneyFigures.map((f, i) => [f, i]));
  const neighbours = (figure: Figure): Figure[] => {
    const at = moneyAt.get(figure) ?? -1;
    return [moneyFigures[at - 1], moneyFigures[at + 1]].filter(
      (f): f is Figure => f !== undefined && f.paragraph === figure.paragraph,
    );
  };
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
    const decided = decideRole(paragraph, figure, clause);
    figure.role = decided.role;
    const guessed = { role: figure.role, period: figure.period };
    if (decided.rule === LAST_YEAR_RULE) lastYear.push(figure);
    const before = paragraph.slice(Math.max(clause[0], figure.start - 60), figure.start);
    const after = paragraph.slice(figure.end, Math.min(clause[1], figure.end + 60));
    // A government's budget is a yearly level ("a federal budget of $3.6 trillion", "an agency with
    // a budget of $200bn"); so is a sum a body habitually receives ("the aid Egypt gets").
    const clauseText = paragraph.slice(clause[0], clause[1]);
    if (
      figure.role === null &&
      figure.amount !== null &&
      figure.amount < 1e6 &&
      EARNED_BEFORE.test(before) &&
      IN_A_YEAR_AFTER.test(after)
    ) {
      figure.period = 'annual';
      figure.role = 'annual';
    }
    // "expects sales of $4bn next year": a forecast of a yearly amount is `annual` (round 13, (a)).
    const yearlyFlow = isYearlyFlow(
      quantityHead(figure.quantity),
      paragraph,
      figure,
      clause,
      neighbours(figure),
    );
    if (yearlyFlow && figure.role === 'estimate' && figure.period === 'total' && figure.years === null)
      figure.role = 'total';
    if (
      figure.period === 'total' &&
      figure.years === null &&
      (YEARLY_BUDGET.test(figure.quantity ?? '') ||
        (YEARLY_BY_NATURE.has(quantityHead(figure.quantity) ?? '') &&
          // "salaries" is a payroll unless the sum is one person's pay ("raised their salaries to $98,000").
          (!/\bsalaries$/iu.test(figure.quantity ?? '') || (figure.amount ?? Infinity) < 1e6)) ||
        (PAY_LEVEL_BEFORE.test(before) &&
          !SUB_YEAR_RATE_AFTER.test(after) &&
          figure.amount !== null &&
          figure.amount >= 1e4 &&
          figure.amount < 1e7) ||
        (quantityHead(figure.quantity) === 'budget' &&
          PUBLIC_BODY_BUDGET.test(clauseText) &&
          !PROJECT_BUDGET.test(clauseText)) ||
        (RECURRING_FLOW.has(quantityHead(figure.quantity) ?? '') &&
          (HABITUAL_BEFORE.test(before) || HABITUAL_AFTER.test(after))) ||
        // "spent $120bn on student aid in 2023", "taxes of $180m last year": a flow over one named year.
        yearlyFlow)
    ) {
      figure.period = 'annual';
      figure.role = figure.role === 'total' ? 'annual' : figure.role;
    }
    // A price, a limit, a balance, an aim, a need or a vague amount is not a sum over time.
    const near = paragraph.slice(
      Math.max(clause[0], figure.start - 60),
      Math.min(clause[1], figure.end + 40),
    );
    // A vague sum reported plainly is a one-off total; in rhetoric it has no period.
    if (
      figure.amount === null &&
      (figure.role === 'total' || figure.role === 'cumulative' || figure.role === 'part')
    )
      figure.period = 'total';
    // What a fund or a person is worth is a stock, not a flow.
    // "the deal is worth $2bn" is a deal's total; "her uncle is worth millions" a holding.
    const holding = HOLDING_VALUE_BEFORE.exec(before);
    const subject = (holding?.groups?.subject ?? holding?.groups?.thing)?.toLowerCase();
    // "the tax cut is worth about $9 billion a year" is a yearly level, not a holding.
    const valueOfHolding =
      holding !== null &&
      figure.period !== 'annual' &&
      // "the naming-rights deal for the new stadium is worth $400m over 20 years": a sum over a span.
      figure.years === null &&
      (subject === undefined ||
        HOLDER_NOUNS.has(subject) ||
        (!MONEY_NOUNS.has(subject) && !NOT_HOLDERS.has(subject)));
    if (
      // A per-unit figure has no period, whatever it is paid per: a fine of $1,000 each, a ticket price
      // (ANNOTATION.md, round 13).
      figure.role === 'per-unit' ||
      figure.role === 'threshold' ||
      valueOfHolding ||
      DIFFERENCE_AFTER.test(after) ||
      isDiscount(roleContext(paragraph, figure, clause)) ||
      (figure.role === 'earlier' && isEarlierPrice(paragraph, figure, before, after)) ||
      VALUATION_BEFORE.test(before) ||
      (figure.role === 'estimate' && NEED_BEFORE.test(before)) ||
      (figure.amount === null &&
        figure.role === 'other' &&
        !SUM_VERB_BEFORE.test(paragraph.slice(Math.max(0, figure.start - 20), figure.start))) ||
      ((figure.role === 'other' || figure.role === 'earlier') &&
        (NOT_A_FLOW.test(near) ||
          isBalance(paragraph, figure, clause[0]) ||
          isGeneric(paragraph, figure, clause[0]))) ||
      (figure.role === 'total' && (BALANCE_NEAR.test(near) || isBalance(paragraph, figure, clause[0])))
    ) {
      figure.period = null;
      figure.years = null;
    }
    // "owes Taylor $7.9 million of unpaid royalties over several years" is a sum run up, not a level.
    if (
      figure.period === 'total' &&
      figure.years === null &&
      OUTSTANDING_BEFORE.test(before) &&
      !/\b(?:over|during|across)\b/iu.test(after)
    )
      figure.period = null;
    if (decided.rule === null && figure.role === guessed.role && figure.period === guessed.period)
      cueless.add(figure);
  });
  // "last year" makes a value given for comparison only when the article gives another value of the
  // same thing ("aid worth $11bn last year" beside this year's aid); "put a $7m bounty on his head
  // last year" is the story's own sum, told in the past.
  for (const figure of lastYear) {
    const key = quantityKey(figure.quantity);
    const compared = money.some(
      (m) =>
        m.figure !== figure &&
        m.figure.amount !== figure.amount &&
        key !== null &&
        quantityKey(m.figure.quantity) === key,
    );
    // Not compared: what the later rules would say — a yearly level ("paid $180m in taxes last
    // year") stays yearly, a sum is a total.
    if (!compared)
      figure.role =
        figure.period === 'annual'
          ? 'annual'
          : figure.period === 'total' || figure.amount === null
            ? 'total'
            : null;
  }
  const byParagraph = new Map<number, Figure[]>();
  for (const m of money)
    byParagraph.set(m.figure.paragraph, [...(byParagraph.get(m.figure.paragraph) ?? []), m.figure]);
  for (const [p, list] of byParagraph) {
    markItemisedParts(paragraphs[p] ?? '', list);
    for (const figure of list) if (figure.role === 'part') cueless.delete(figure);
    carryReadings(paragraphs[p] ?? '', list, cueless);
  }
  carryBackReferences(
    paragraphs,
    money.map((m) => m.figure),
    cueless,
  );
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
  takeYearlyPeriod(paragraphs, money, figures);
  for (const m of money)
    if (m.figure.conversionOf !== null && figures[m.figure.conversionOf]?.role === 'part')
      m.figure.role = 'part';
  linkRestatements(money);
}
