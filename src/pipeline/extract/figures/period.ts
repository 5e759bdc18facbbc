/**
 * figures/period: is a sum of money a total or a yearly rate, and over how many years?
 *
 * In:  a paragraph and the spans of its money figures (a figure and its stated conversion count as
 *      one span: "100 billion euros ($107 billion)").
 * Out: for each span, { period, years }, plus the text ranges of the cues used, so that a "five
 *      years" that was read as a money span is not reported again as a duration.
 *
 * Cues are phrases in the same sentence. Each cue attaches to one money span, by how English
 * places it: postmodifiers ("40 billion euros annually", "over the next five years") go to the
 * nearest money before them, premodifiers ("the annual equipment value is $40 billion", "Five
 * years of support worth 100 billion euros", "a five-year fund") to the nearest money after them;
 * each falls back to the other side when there is no money on its own side. Attaching one cue to
 * one span is what keeps "$3.8bn a year and €50bn over four years" apart.
 *
 * With no cue, money that is clearly a sum is "total": a sum noun or verb in its clause (package,
 * fund, aid, worth, pledged…) or an amount of a million or more (news rarely states big rates
 * without saying so). Otherwise, and for unit prices ("$5 per share"), period is null.
 */
import { MONEY_NOUNS } from './money.ts';
import { DIGIT_NUMBER, WORD_NUMBER, parseNumber } from './numbers.ts';

export type Period = 'total' | 'annual' | null;

export interface MoneySpan {
  start: number;
  end: number;
  amount: number | null;
}

export interface PeriodReading {
  period: Period;
  years: number | null;
}

interface Cue {
  start: number;
  end: number;
  kind: 'annual' | 'span' | 'multiyear';
  years: number | null;
  /** Which side of the money the cue is normally written on. */
  side: 'after' | 'before';
  /** "over the past five years": only ever modifies money written before it. */
  lookBack?: boolean;
}

/** How far (in characters of text between them) a cue may sit from the money it modifies. */
const MAX_CUE_GAP = 90;

const NUMBER = `(?<number>${DIGIT_NUMBER}|${WORD_NUMBER})`;
const SPAN_AFTER = new RegExp(
  `\\b(?:over|for|during|across|within|spread\\s+over|spread\\s+across|spanning|through)\\s+(?:the\\s+)?` +
    `(?:next|coming|following|past|last|first|subsequent)?\\s*${NUMBER}\\s+(?<unit>years|decades?)\\b`,
  'giu',
);
const DECADE_AFTER =
  /\b(?:over|for|during|across|within)\s+(?:the\s+)?(?:next|coming|following|past|last)?\s*(?:a\s+)?decade\b/giu;
const SPAN_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}-])${NUMBER}(?:[- ](?<unit>year|decade)(?![\\p{L}-]|[- ]old)|\\s+(?<unitOf>years|decades)\\s+of\\b)`,
  'giu',
);
const MULTIYEAR = /\bmulti-?\s?(?:year|annual)\b/giu;
export const ANNUAL_AFTER =
  /(?:\bannually\b|\bper\s+annum\b|\byearly\b(?!\s+\p{L})|\b(?:a|per|each|every)[\s-]+year\b(?![- ](?:ago|earlier|later|before|after|old|long|of|and\s+a\s+half|in\s+(?:prison|jail)|behind\s+bars))|\b(?:a|per|each|every)\s+(?:academic|school|fiscal|financial|calendar)\s+year\b|\/\s?(?:year|yr)\b|\b(?:each|every)\s+of\s+the\s+(?:next|coming|following|past|last)\s+(?:[\p{L}\d]+\s+)?years\b)/giu;
/**
 * A sum for one fiscal year is a yearly amount: "a ¥7.95 trillion budget for the next fiscal year",
 * "$1.012 trillion for fiscal 2014", "a budget for the 2023-24 school year"; so is a budget for one named year ("the budget for 2025 is
 * 1.2 trillion yen"). What happened "in this fiscal year" is a sum within it, not a yearly level.
 */
const FISCAL_YEAR =
  /\bfor\s+(?:the\s+)?(?:next|coming|current|this|last|previous)?\s*(?:(?:19|20)\d\d[-–/]\d{2,4}\s+)?(?:fiscal|financial|budget|school|academic)\s+(?:year\b|(?:year\s+)?(?:19|20)\d\d\b)|\bin\s+FY\s?\d{2,4}\b|\bbudgets?\s+for\s+(?:the\s+year\s+)?(?:19|20)\d\d\b/giu;
const ANNUAL_BEFORE = /\b(?:annual|annualised|annualized|yearly|per-year)\b(?=\s+\p{L})/giu;
/**
 * One whole year named as the scope of a flow (round 12, from the structure of wire and business
 * copy, not one phrasing): "fuel costs of $6.5bn for the full year", "sales of £8.1bn in the year to
 * March", "in the 12 months ended June"; before the money, "full-year profit of $1.1bn". A sum over
 * one whole year is that year's level.
 */
const WHOLE_YEAR_AFTER =
  /\bfor\s+the\s+(?:full|whole|entire)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b|\bin\s+the\s+(?:fiscal\s+|financial\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ended|ending|through)\b/giu;
const WHOLE_YEAR_BEFORE = /\bfull[- ]year\b(?=\s+\p{L})/giu;
/**
 * A budget named by its year is that year's level: "the agency's 2020 budget request for $22.6bn",
 * "its 2015 budget of $3.9 trillion". Only right before the money: "the 2011 budget deal" that cut
 * a sum over ten years names a deal, not a budget.
 */
const YEAR_BUDGET_BEFORE =
  /\b(?:19|20)\d\d(?:[-–]\d\d)?\s+budget(?:\s+(?:request|proposal|plan))?\s+(?:of|for|at|is|was|totals?|totaling|totalling)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?(?=[$€£¥]|[A-Z]{1,3}\$|\d)/gu;
/** "a year" after these is a length of time ("more than a year", "for a year"), not a rate. */
const NOT_RATE_BEFORE_A_YEAR =
  /\b(?:over|for|in|within|than|nearly|almost|after|before|about|past|next|last|half|around|under|once|twice|to|serve|serves|served|serving|spent|spend|spends)\s+$/i;
/**
 * Rates that are neither totals nor annual: "$5 per share", "$90 a barrel", "$2,000 a month", "a $10
 * monthly fee", "$0.03/kWh", "$2.53 in per-share earnings", a price of time ("Rs 299 for fifteen
 * minutes of pure air").
 */
export const OTHER_RATE_AFTER =
  /^\s*per\s+(?!(?:academic\s+|school\s+|fiscal\s+|financial\s+|calendar\s+)?year\b|annum\b|cent\b)\p{L}|^\s+(?:in\s+)?per-(?!year\b|annum\b|cent\b)\p{L}|^[^.;$€£¥\d]{0,30}?\bfor\s+(?:[\d.]+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty-five|sixty|ninety)\s+(?:minutes?|hours?)\b|^\s*(?:monthly|weekly|daily|hourly|nightly)\b|^[\s-]*(?:a|an|each|every)[\s-]+(?:share|barrel|head|person|people|unit|month|week|day|hour|gallon|litre|liter|ton|tonne|kilogram|kg|pound|ounce|dozen|bushel|acre|night|seat|vote|plate|ticket|couple|household|family|student|worker|member|guest|pack|dose|pill|ride|trip|visit|vehicle|car|room|meal)\b|^\s*\/\s?(?!year\b|yr\b|annum\b)\p{L}/iu;
/**
 * A rate named before the money: "a monthly allowance of 15,000 rubles", "a weekly wage of £400",
 * "daily rent of $90". Only pay, fees and charges: "monthly spending of $4bn" is a month's sum.
 */
export const OTHER_RATE_BEFORE =
  /\b(?:monthly|weekly|daily|hourly|nightly)\s+(?:[\p{L}-]+\s+)?(?:allowances?|salar(?:y|ies)|wages?|pay|pensions?|stipends?|rents?|fees?|charges?|payments?|subscriptions?|premiums?|benefits?|bills?)\s+(?:of|at|is|was|will\s+be)\s+(?:about\s+|around\s+|up\s+to\s+|some\s+)?$/iu;
/** A sum cue besides the money nouns: verbs and words that say an amount is a total. */
const SUM_WORDS =
  /\b(?:total|totals|totalling|totaling|in\s+all|altogether|combined|overall|cumulative|worth|cost|costs|costing|spent|spend|spending|paid|pay|fined|raised|raise|pledged|pledge|allocated|approved|earmarked|disbursed|donated|committed|invested|borrowed|lent|owed|sold|bought|valued|gave|give|given|handed|took|receive|receives|receiving|received|wrote|contributed|paying|reimburse|reimbursed|reimbursing|repay|repaid|repaying|refund|refunded|consumed|pumped|pumping|poured|pouring|(?:ate|eaten|eats|used)\s+up|stole|stolen|steal|steals|embezzled|embezzling|laundered|laundering|swindled|defrauded|seized|awarded|collected|took\s+in)\b/i;

/** What separates a range's two ends: "$40-50 billion", "$5 to $7 million". */
const RANGE_GAP = /^\s*(?:-|–|to)\s*$/u;

/** [start, end) ranges of the sentences (and ;-clauses) of a paragraph. */
export function clauseBounds(paragraph: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  const boundary = /([.!?]+)["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])|;\s+/gu;
  for (const match of paragraph.matchAll(boundary)) {
    if (match[1] === '.' && isAbbreviationBefore(paragraph, match.index)) continue;
    const end = match.index + match[0].length;
    bounds.push([start, end]);
    start = end;
  }
  bounds.push([start, paragraph.length]);
  return bounds;
}

/** "Mr. Biden", "the U.S. Congress", "Feb. 7": a dot that does not end the sentence. */
function isAbbreviationBefore(paragraph: string, dot: number): boolean {
  const word = paragraph.slice(Math.max(0, dot - 6), dot).match(/(?:^|[\s(])([\p{L}.]+)$/u)?.[1] ?? '';
  return /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|St|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Ltd|Co|Corp|Jr|Sr|approx|ca|c)$/u.test(
    word,
  );
}

function yearsOf(written: string | undefined, unit: string | undefined): number | null {
  const value = parseNumber(written ?? '');
  if (value === null) return null;
  return /decade/i.test(unit ?? '') ? value * 10 : value;
}

/** Every period cue of the paragraph, with the side it normally modifies. */
export function findPeriodCues(paragraph: string): Cue[] {
  const cues: Cue[] = [];
  const push = (match: RegExpExecArray, cue: Omit<Cue, 'start' | 'end'>): void => {
    cues.push({ ...cue, start: match.index, end: match.index + match[0].length });
  };
  for (const match of paragraph.matchAll(SPAN_AFTER)) {
    const lookBack = /\b(?:past|last)\b/i.test(match[0]);
    push(match, {
      kind: 'span',
      years: yearsOf(match.groups?.number, match.groups?.unit),
      side: 'after',
      lookBack,
    });
  }
  for (const match of paragraph.matchAll(DECADE_AFTER))
    push(match, { kind: 'span', years: 10, side: 'after' });
  for (const match of paragraph.matchAll(SPAN_BEFORE)) {
    const unit = match.groups?.unit ?? match.groups?.unitOf;
    push(match, { kind: 'span', years: yearsOf(match.groups?.number, unit), side: 'before' });
  }
  for (const match of paragraph.matchAll(MULTIYEAR))
    push(match, { kind: 'multiyear', years: null, side: 'before' });
  for (const match of paragraph.matchAll(ANNUAL_AFTER)) {
    if (
      /^a\s/i.test(match[0]) &&
      NOT_RATE_BEFORE_A_YEAR.test(paragraph.slice(Math.max(0, match.index - 12), match.index))
    )
      continue;
    push(match, { kind: 'annual', years: null, side: 'after' });
  }
  for (const match of paragraph.matchAll(FISCAL_YEAR))
    push(match, { kind: 'annual', years: null, side: 'after' });
  for (const match of paragraph.matchAll(ANNUAL_BEFORE))
    push(match, { kind: 'annual', years: null, side: 'before' });
  for (const match of paragraph.matchAll(YEAR_BUDGET_BEFORE))
    push(match, { kind: 'annual', years: null, side: 'before' });
  for (const match of paragraph.matchAll(WHOLE_YEAR_AFTER))
    push(match, { kind: 'annual', years: null, side: 'after' });
  for (const match of paragraph.matchAll(WHOLE_YEAR_BEFORE))
    push(match, { kind: 'annual', years: null, side: 'before' });
  return withoutNested(cues);
}

/** A cue inside a longer one ("for the next five years" holds "five years") counts once. */
function withoutNested(cues: Cue[]): Cue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Cue[] = [];
  let reach = -1;
  for (const cue of sorted) {
    if (cue.end <= reach) continue;
    kept.push(cue);
    reach = cue.end;
  }
  return kept;
}

/** Index of the last item whose `key` is <= position, in items sorted by key (binary search). */
function lastAtOrBefore<T>(items: T[], position: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle] as T) <= position) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function clauseOf(bounds: [number, number][], position: number): number {
  return lastAtOrBefore(bounds, position, ([start]) => start);
}

/** The money span a cue modifies, or -1: nearest on its own side, else nearest on the other. */
function attach(cue: Cue, spans: MoneySpan[], bounds: [number, number][]): number {
  const clause = clauseOf(bounds, cue.start);
  const inReach = (index: number, gap: number): boolean =>
    index >= 0 &&
    index < spans.length &&
    gap <= MAX_CUE_GAP &&
    clauseOf(bounds, (spans[index] as MoneySpan).start) === clause;
  // Spans are sorted and disjoint: the one before the cue is the last to end by its start.
  const previous = lastAtOrBefore(spans, cue.start, (span) => span.end);
  const next = lastAtOrBefore(spans, cue.end - 1, (span) => span.start) + 1;
  const before = inReach(previous, cue.start - (spans[previous]?.end ?? 0)) ? previous : -1;
  const after = inReach(next, (spans[next]?.start ?? 0) - cue.end) ? next : -1;
  // "Over the past five years, revenue doubled to €12bn": a look back is not the span of the sum.
  if (cue.side === 'after') return before !== -1 ? before : cue.lookBack ? -1 : after;
  // "a five-year contract" after a transfer fee says nothing about the fee: a span written before
  // money only ever modifies money after it. "$40bn in annual aid" does look back.
  if (cue.kind === 'span') return after;
  return after !== -1 ? after : before;
}

/** Without cues: a total when the clause says it is a sum, null for unit prices and small loose amounts. */
function defaultPeriod(paragraph: string, span: MoneySpan, clause: string): Period {
  if (OTHER_RATE_AFTER.test(paragraph.slice(span.end, span.end + 30))) return null;
  if (OTHER_RATE_BEFORE.test(paragraph.slice(Math.max(0, span.start - 60), span.start))) return null;
  if (span.amount !== null && span.amount >= 1e6) return 'total';
  if (SUM_WORDS.test(clause)) return 'total';
  const words = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => MONEY_NOUNS.has(word)) ? 'total' : null;
}

/**
 * Period and years for each money span of one paragraph, and the cue ranges used (so durations
 * inside them are not reported twice).
 */
export function readPeriods(
  paragraph: string,
  spans: MoneySpan[],
): { readings: PeriodReading[]; usedCues: [number, number][] } {
  const bounds = clauseBounds(paragraph);
  const cuesBySpan = spans.map((): Cue[] => []);
  const usedCues: [number, number][] = [];
  for (const cue of findPeriodCues(paragraph)) {
    const target = attach(cue, spans, bounds);
    if (target === -1) continue;
    cuesBySpan[target]?.push(cue);
    usedCues.push([cue.start, cue.end]);
  }
  const readings = spans.map((span, index): PeriodReading => {
    const cues = cuesBySpan[index] ?? [];
    const years = cues.find((cue) => cue.kind === 'span' && cue.years !== null)?.years ?? null;
    if (cues.some((cue) => cue.kind === 'annual')) return { period: 'annual', years };
    if (cues.length > 0) return { period: 'total', years };
    // The clause around the money, capped so one huge run-on sentence stays linear.
    const [clauseStart, clauseEnd] = bounds[clauseOf(bounds, span.start)] ?? [0, paragraph.length];
    const window = paragraph.slice(
      Math.max(clauseStart, span.start - 200),
      Math.min(clauseEnd, span.end + 200),
    );
    return { period: defaultPeriod(paragraph, span, window), years: null };
  });
  // A range's two ends are one amount: "$40-50 billion in annual purchases", "€5 to €7bn over three
  // years" — a cue read for one end holds for the other when that end has none of its own.
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1]!, spans[i]!];
    if (!RANGE_GAP.test(paragraph.slice(a.end, b.start))) continue;
    const [cuedA, cuedB] = [cuesBySpan[i - 1]!.length > 0, cuesBySpan[i]!.length > 0];
    if (cuedA === cuedB) continue;
    if (cuedB) readings[i - 1] = { ...readings[i]! };
    else readings[i] = { ...readings[i - 1]! };
  }
  return { readings, usedCues };
}
