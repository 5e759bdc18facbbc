/**
 * figures/coordination: a money figure that takes its reading from a neighbour — the second end of
 * a range or a change, a coordinated "and $6,000", an earlier value listed after another ("up from
 * $38,373 a year ago and from $34,410 in 2015"), a bare amount right after a price of the same size
 * ("bid $16.50 per share … fell short of the $20 demanded"), and "the $53 million figure" that
 * names an amount the article gave before.
 *
 * In:  one paragraph and its money figures in reading order (role and period already read by the
 *      rules of figures/role-rules), and which of them no rule decided (`cueless`: their role is the
 *      fallback's guess). Out: role and period copied onto the dependent figure, in place.
 *
 * Why: English states a unit, a limit or a comparison once and lets it carry over the coordinated
 * or following amounts, so the cue the rules look for sits beside the first figure only. Only
 * readings that have no period of their own (a price, a limit, a level) are carried: a sum's own
 * period can differ between coordinates ("$3bn a year and $50bn over four years").
 */
import type { Figure } from '../../../lib/model.ts';

/**
 * What lies between a value and the one it is compared with: ", up from", "compared with", after
 * the first value's own words ("$700 billion a year, up from $634 billion").
 */
const UP_FROM_GAP =
  /^[^.;!?$€£¥]{0,30}?\s*,?\s*(?:(?:up|down)\s+(?:(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+)?from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+)?$/iu;
/** "$50 to $200", "$40-50bn": a range's ends. */
const RANGE_GAP = /^\s*(?:to|and|-|–)\s*$/u;
/**
 * "from around $0.23/W today to $0.10 by 2030", "slashed from $47 billion to $8 billion": a change
 * between two values of one measure, the first's unit or time words in between.
 */
const CHANGE_TO_GAP =
  /^(?:\/\p{L}+)?(?:\s+(?:today|now|currently|at\s+present|in\s+(?:19|20)\d\d))?\s+to\s+$/iu;
/** "… a year ago and from $34,410": another earlier value listed after the first. */
const AND_FROM_GAP = /^[^.;:$€£¥\d]{0,30}\s(?:and|or)\s+(?:from|than)\s+(?:about\s+|around\s+)?$/iu;
/**
 * "up to $19,000 pretax to a 401(k) and $6,000 to a traditional IRA": a coordinate of a limit,
 * within one phrase (no new clause: no comma-led "and", no verb-like "that/which/while").
 */
const COORDINATE_GAP = /^[^.;:,$€£¥]{0,40}\s(?:and|or)\s+$/iu;
const NEW_CLAUSE = /\b(?:which|that|who|while|but|because|when|after|before)\b/iu;

/** A small bare amount after a price of the same size reads as that price's kind: at most this far apart. */
const CARRY_REACH = 200;
/** "the $53 million figure McKinley cited": a definite mention that names an amount as said before. */
const BACK_REFERENCE_BEFORE = /\bthe\s+$/iu;
const BACK_REFERENCE_AFTER = /^\s+(?:figure|number|amount|sum|estimate|claim|statistic|stat)\b/iu;

/** Two amounts within `ratio` of each other: "$13 a share or $117.9 million" are not one kind. */
const sameSize = (a: Figure, b: Figure, ratio: number): boolean =>
  a.amount !== null &&
  b.amount !== null &&
  a.amount > 0 &&
  b.amount > 0 &&
  Math.max(a.amount, b.amount) / Math.min(a.amount, b.amount) <= ratio;

/** Copy the unit-like readings of one paragraph's figures onto the figures that depend on them. */
export function carryReadings(paragraph: string, list: Figure[], cueless: Set<Figure>): void {
  for (let i = 1; i < list.length; i++) {
    const [first, second] = [list[i - 1]!, list[i]!];
    if (second.conversionOf !== null) continue;
    const gap = paragraph.slice(first.end, second.start);
    const unitLike = first.role === 'per-unit' || first.role === 'threshold';
    // "The average price was $39,014, up from $38,373": the earlier value is the same kind of
    // amount as the one it is compared with (a price has no period).
    if (second.role === 'earlier' && first.role !== 'earlier' && UP_FROM_GAP.test(gap)) {
      second.period = first.period;
      second.years = first.years;
      continue;
    }
    if (first.role === 'earlier' && cueless.has(second) && AND_FROM_GAP.test(gap)) {
      second.role = 'earlier';
      second.period = first.period;
      second.years = first.years;
      continue;
    }
    // "Fees range from $50 to $200": a range's second end is a price (or a limit) like its first.
    // A change ("rose from $5m to $7m") keeps its new value: only prices and limits are copied,
    // and a level with no period (a valuation "slashed from $47bn to $8bn") keeps having none.
    const range = RANGE_GAP.test(gap);
    if (range || CHANGE_TO_GAP.test(gap)) {
      if (unitLike && (range || cueless.has(second))) {
        second.role = first.role;
        second.period = first.period;
      } else if (first.role === 'earlier' && first.period === null && cueless.has(second)) {
        second.period = null;
        second.years = null;
      } else if (range && (first.role === 'estimate' || first.role === 'annual') && cueless.has(second)) {
        // "expects sales of $3.5bn-$4bn next year": both ends of a forecast range are the forecast,
        // and of a yearly one, that year's level.
        second.role = first.role;
        if (first.role === 'annual') second.period = 'annual';
      }
      continue;
    }
    if (
      first.role === 'threshold' &&
      cueless.has(second) &&
      COORDINATE_GAP.test(gap) &&
      !NEW_CLAUSE.test(gap) &&
      sameSize(first, second, 10)
    ) {
      second.role = 'threshold';
      second.period = null;
      second.years = null;
    }
  }
  // "bid $16.50 per share … the offer fell short of the $20 reportedly demanded": a bare amount of
  // the same size soon after a price is another price of the same thing.
  for (let i = 1; i < list.length; i++) {
    const [first, second] = [list[i - 1]!, list[i]!];
    if (first.role !== 'per-unit' || cueless.has(first) || !cueless.has(second)) continue;
    if (second.conversionOf !== null || second.quantity !== null) continue;
    if (second.start - first.end > CARRY_REACH || !sameSize(first, second, 3)) continue;
    second.role = 'per-unit';
    second.period = null;
    second.years = null;
  }
}

/**
 * "the $53 million figure McKinley cited" after "$53 million a week is coming across": a definite
 * mention named as a figure takes the reading of the same amount said before in the article.
 */
export function carryBackReferences(paragraphs: string[], money: Figure[], cueless: Set<Figure>): void {
  money.forEach((figure, at) => {
    if (!cueless.has(figure) || figure.amount === null) return;
    const paragraph = paragraphs[figure.paragraph] ?? '';
    if (!BACK_REFERENCE_BEFORE.test(paragraph.slice(Math.max(0, figure.start - 8), figure.start))) return;
    if (!BACK_REFERENCE_AFTER.test(paragraph.slice(figure.end, figure.end + 20))) return;
    const source = money
      .slice(0, at)
      .find(
        (s) =>
          s.amount === figure.amount && s.currency === figure.currency && !cueless.has(s) && s.role !== null,
      );
    if (!source) return;
    figure.role = source.role;
    figure.period = source.period;
    figure.years = source.years;
  });
}
