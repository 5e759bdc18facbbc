/**
 * extract/figures: an article's body paragraphs -> money figures and other key numbers.
 *
 * In:  the paragraphs of one article, verbatim.
 * Out: Figure[] (src/lib/model.ts) in reading order (paragraph, then offset). Every figure's
 *      `text` is exactly paragraphs[paragraph].slice(start, end).
 *
 * Passes:
 *   1. per paragraph, every reading of every number (figures/money.ts, figures/measures.ts), then
 *      one reading per stretch of text: money before percent/distance/duration/count, longer first;
 *   2. stated conversions: money right after money in brackets ("100 billion euros ($107
 *      billion)") or after ", or about" is a conversion of it (conversionOf);
 *   3. period and years of money from cues in the sentence (figures/period.ts); a "five years"
 *      used as a money span is dropped as a duration;
 *   5. what each money figure is of (figures/roles.ts): quantity, role, part of / restatement of;
 *   4. currency inference for money written without one ("A 100 billion proposal"): the currency
 *      of an explicit figure with the same amount, else the article's most used currency
 *      (conversions aside, as they are the outlet's translation); null when there is none.
 *
 * Conventions (what annotators should expect):
 *   - ranges give two figures, one per end ("$3.5bn-$4bn", "between 5 and 10 percent");
 *   - qualifiers are not part of the text ("nearly $1.4 billion" -> "$1.4 billion");
 *   - vague money with a currency ("billions of dollars") is kept with amount null; vague money
 *     without one ("we are speaking about billions") is not a figure;
 *   - years, dates, ordinals, labels ("Article 5") and model names ("F-16") are not figures.
 * Cost is linear in the text: one pass finds where numbers and currencies start (figures/anchors.ts),
 * and each figure regex is tried only there, as a sticky match of bounded length.
 */
import type { Figure } from '../../lib/model.ts';
import { findAnchors } from './figures/anchors.ts';
import type { Candidate } from './figures/candidate.ts';
import { findMeasures } from './figures/measures.ts';
import { findMoney } from './figures/money.ts';
import { readPeriods, type MoneySpan } from './figures/period.ts';
import { readRoles } from './figures/roles.ts';

/** What is allowed between a figure and its stated conversion: "(", "(about ", ", or roughly ". */
const CONVERSION_GAP =
  /^\s*(?:[([]|[,—–-]?\s*or)\s*(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|more\s+than|c\.|ca\.|~|equivalent\s+to|worth|or)\s*)*$/i;

interface Working extends Candidate {
  paragraph: number;
  conversionOf: Working | null;
  currencyInferred: boolean;
  period: Figure['period'];
  years: number | null;
}

/** One reading per stretch of text. Linear: a coverage mask over the paragraph's characters. */
function resolveOverlaps(paragraph: string, candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const covered = new Uint8Array(paragraph.length);
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Link each money figure to the money it restates in another currency, if any. */
function linkConversions(paragraph: string, money: Working[]): void {
  for (let i = 1; i < money.length; i++) {
    const original = money[i - 1] as Working;
    const converted = money[i] as Working;
    if (original.conversionOf !== null) continue; // a conversion of a conversion is a list, not a restatement
    if (converted.currency === null || converted.currency === original.currency) continue;
    if (!CONVERSION_GAP.test(paragraph.slice(original.end, converted.start))) continue;
    converted.conversionOf = original;
  }
}

/** The money spans the period pass reads: a figure together with its stated conversion. */
function moneySpans(money: Working[]): { spans: MoneySpan[]; owners: Working[][] } {
  const spans: MoneySpan[] = [];
  const owners: Working[][] = [];
  for (const figure of money) {
    const last = owners[owners.length - 1];
    if (figure.conversionOf !== null && last?.includes(figure.conversionOf)) {
      last.push(figure);
      (spans[spans.length - 1] as MoneySpan).end = figure.end;
      continue;
    }
    spans.push({ start: figure.start, end: figure.end, amount: figure.amount });
    owners.push([figure]);
  }
  return { spans, owners };
}

function readParagraph(paragraph: string, index: number): Working[] {
  const anchors = findAnchors(paragraph);
  if (anchors.length === 0) return [];
  const kept = resolveOverlaps(paragraph, [
    ...findMoney(paragraph, anchors),
    ...findMeasures(paragraph, anchors),
  ]);
  const figures: Working[] = kept.map((candidate) => ({
    ...candidate,
    paragraph: index,
    conversionOf: null,
    currencyInferred: false,
    period: null,
    years: null,
  }));
  const money = figures.filter((figure) => figure.kind === 'money');
  linkConversions(paragraph, money);
  if (money.length === 0) return figures;
  const { spans, owners } = moneySpans(money);
  const { readings, usedCues } = readPeriods(paragraph, spans);
  readings.forEach((reading, spanIndex) => {
    for (const figure of owners[spanIndex] ?? []) Object.assign(figure, reading);
  });
  // "over five years" that sets a money span is part of that figure, not a duration of its own.
  const inCue = new Uint8Array(paragraph.length + 1);
  for (const [start, end] of usedCues) inCue.fill(1, start, end);
  return figures.filter(
    (figure) =>
      figure.kind !== 'duration' || inCue.subarray(figure.start, figure.end).every((bit) => bit === 0),
  );
}

/** Fill the currency of money written without one from the article's explicit money. */
function inferCurrencies(figures: Working[]): void {
  const explicit = figures.filter((figure) => figure.kind === 'money' && figure.currency !== null);
  const primary = explicit.filter((figure) => figure.conversionOf === null);
  const counts = new Map<string, number>();
  for (const figure of primary)
    counts.set(figure.currency as string, (counts.get(figure.currency as string) ?? 0) + 1);
  // Most used; on a tie, the one met first (Map keeps insertion order, sort is stable).
  const mostUsed = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? explicit[0]?.currency ?? null;
  for (const figure of figures) {
    if (figure.kind !== 'money' || figure.currency !== null) continue;
    const sameAmount = primary.find((other) => other.amount !== null && other.amount === figure.amount);
    const currency = sameAmount?.currency ?? mostUsed;
    if (currency === null) continue;
    figure.currency = currency;
    figure.currencyInferred = true;
  }
}

function toFigure(figure: Working, indexOf: Map<Working, number>): Figure {
  return {
    text: figure.text,
    kind: figure.kind,
    amount: figure.amount,
    currency: figure.kind === 'money' ? figure.currency : null,
    currencyInferred: figure.currencyInferred,
    period: figure.kind === 'money' ? figure.period : null,
    years: figure.kind === 'money' ? figure.years : null,
    conversionOf: figure.conversionOf ? (indexOf.get(figure.conversionOf) ?? null) : null,
    quantity: null,
    role: null,
    partOf: null,
    restatementOf: null,
    unit: figure.kind === 'money' ? null : figure.unit,
    paragraph: figure.paragraph,
    start: figure.start,
    end: figure.end,
  };
}

/**
 * Every money figure and other key number in an article's paragraphs, in reading order, with currency,
 * period and role read from its sentence (the raw material of the figure comparison).
 */
export function extractFigures(paragraphs: string[]): Figure[] {
  const figures = paragraphs.flatMap((paragraph, index) => readParagraph(paragraph, index));
  inferCurrencies(figures);
  const indexOf = new Map(figures.map((figure, index) => [figure, index]));
  const result = figures.map((figure) => toFigure(figure, indexOf));
  readRoles(paragraphs, result);
  return result;
}
