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
 * Linking parts and restatements is figures/relations.ts.
 */
import type { Figure, FigureRole } from '../../../lib/model.ts';
import { OTHER_RATE_AFTER, clauseBounds } from './period.ts';
import { QUANTITY_NOUNS, quantityHead } from './quantity-head.ts';
import { linkParts, linkRestatements, markItemisedParts, type Money } from './relations.ts';

// compare/figures reads quantity heads through this module.
export { quantityHead } from './quantity-head.ts';

const DETERMINERS = new Set(
  'a an the its their his her our this that these those another additional further new total same'.split(' '),
);

/** Words that may stand between a noun phrase and its figure: "a fine of (about) €1.8bn". */
const QUALIFIERS =
  '(?:(?:about|around|roughly|some|nearly|almost|over|more\\s+than|less\\s+than|up\\s+to|at\\s+least|approximately|an\\s+estimated|a\\s+record|just|only|a\\s+further)\\s+)*';
const BEFORE_LINK = new RegExp(
  `((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)(?<tail>\\s+(?:for|in|on)\\s+[\\p{L}\\p{N} ]{1,25}?)?\\s+` +
    `(?:(?:could|would|will|may|might|is\\s+expected\\s+to|is\\s+set\\s+to)\\s+)?` +
    `(?:of|at|was|is|are|were|be|totall?ing|totals|totalled|totaled|worth|reached|hit|to|amounting\\s+to|amounted\\s+to|stood\\s+at|came\\s+to|rose\\s+to|fell\\s+to|cost|costs)\\s+${QUALIFIERS}$`,
  'iu',
);
/** Modifiers kept in front of a head noun ("lump sum", "basic amount", "military aid"). */
const MODIFIERS = new Set(
  'lump basic base fixed daily monthly annual yearly total initial final record federal military defence defense humanitarian economic financial antitrust civil criminal additional emergency net gross'.split(
    ' ',
  ),
);
/** A verb that names what its object measures: "fined Google €1.8bn" is a fine. */
const VERB_QUANTITY: [RegExp, string][] = [
  [/\bfined\s+(?:[\p{L}.&'-]+\s+){0,3}$/u, 'fine'],
  [/\b(?:pledged|pledging|pledges)\s+(?:[\p{L}'-]+\s+){0,2}$/u, 'pledge'],
  [/\b(?:donated|donating)\s+$/u, 'donation'],
  [/\b(?:spent|spend|spending|spends)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$/u, 'spending'],
];
const AFTER_NOUN = /^[\s-]+(?:in\s+|of\s+|worth\s+of\s+)?((?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+)/u;

const THRESHOLD_BEFORE =
  /(?:\b(?:less|more|fewer|greater|higher|lower)\s+than|\b(?:above|below|under|exceeding|over|up\s+to|at\s+least|at\s+most|threshold\s+of|limit\s+of|cap\s+of|ceiling\s+of))\s+$/i;
const THRESHOLD_SUBJECT =
  /\b(?:incomes?|earn(?:s|ing)?|mak(?:e|es|ing)|households?|famil(?:y|ies)|individuals?|couples?|people|those|anyone|withdrawals?|deposits?|transactions?|transfers?|purchases?|accounts?|salar(?:y|ies)|estates?|gifts?|earnings|assets|balances?|wages?|amounts?|donations?|contributions?|donors?)\b[^.;]{0,40}$/i;
/** "had $3 million": what someone holds is a balance, not a flow. */
const HOLDS_BEFORE =
  /\b(?:had|has|have|holds?|held)\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|less\s+than\s+|just\s+)?$/i;
const REPORTS_BEFORE = /\breported\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|just\s+)?$/i;
const BALANCE_TOPIC = /\b(?:cash\s+on\s+hand|on\s+hand|in\s+the\s+bank|war\s+chests?)\b/i;

/** A balance: held ("had $3m"), or reported in a paragraph about cash on hand. */
function isBalance(paragraph: string, figure: Figure, before: string): boolean {
  if (HOLDS_BEFORE.test(before)) return true;
  return REPORTS_BEFORE.test(before) && BALANCE_TOPIC.test(paragraph.slice(0, figure.start));
}

/** "spent millions", "saves millions": a vague sum that is still a sum. */
/**
 * A vague amount after a verb of a sum that happened ("spent millions", "raised billions") is that
 * sum; after one still to happen or habitual ("need to spend billions", "saves millions") it is
 * rhetoric.
 */
const SUM_VERB_BEFORE =
  /\b(?:spent|raised|paid|cost|costs|save|saves|saved|lost|invested|poured|included)\s+$/i;
const YEARLY_BUDGET =
  /\b(?:federal|national|government|state|annual|yearly|defen[cs]e|military|pentagon)\s+budget\b/i;
/** Bail and bonds are limits, not sums paid: "set his bond at $100,000". */
const BOND_BEFORE = /\b(?:bond|bail)\b[^.;]{0,25}$/i;
/** A share or unit price: "sent GM's share price up 1 percent to $36.65". */
const PRICE_BEFORE =
  /\b(?:share|stock|unit|ticket|list|sale|asking|retail)\s+prices?\b[^.;]{0,40}$|\bshares?\s+(?:closed|rose|fell|traded|ended|jumped|dropped)\b[^.;]{0,25}$/i;
/**
 * A change or difference is not the sum itself: "an increase of more than $1 billion", "a drop of
 * $2m", "a gap of about $5bn".
 */
const CHANGE_BEFORE =
  /\b(?:an?\s+)?(?:increase|rise|jump|drop|decline|decrease|fall|difference|gap|boost)\s+of\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|just\s+)?$/i;
/**
 * A share of a larger sum even when the larger one is not in the paragraph (linkParts links it when
 * it is): "of which $2m", "including $5m", "with more than $5m going to".
 */
const HEDGE = String.raw`(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|some\s+|just\s+)?`;
const SHARE_BEFORE = new RegExp(String.raw`\b(?:of\s+which|of\s+that|including)\s+${HEDGE}$`, 'i');
const WITH_BEFORE = new RegExp(String.raw`\bwith\s+${HEDGE}$`, 'i');
const GOING_AFTER = /^\s+(?:going|went|earmarked|set\s+aside|allocated)\b/i;
/** Bail or a bond named right after the amount ("released on $250,000 bail"): a cut-off. */
const BAIL_AFTER = /^\s+(?:bail|bond|surety)\b/i;
/** A stock moving to a price: "the stock soared 20 percent to $80", "shares climbed to $12". */
const STOCK_MOVE_BEFORE =
  /\b(?:stock|shares?)\s+(?:\w+\s+){0,2}(?:soared|surged|climbed|rose|fell|jumped|dropped|sank|slid|plunged|gained)\b[^.;$€£¥]{0,25}\bto\s+$/i;
/** A range's first end reads its unit from the second: "between $15 and $19 an hour". */
const RANGE_REST = /^\s*(?:and|to|-|–)\s*[$€£¥]?\s?[\d.,]+(?:\s*(?:million|billion|trillion|bn|m)\b)?/i;
/** A balance or an aim is not a flow: cash on hand, a fundraising goal. */
const NOT_A_FLOW =
  /\b(?:cash\s+on\s+hand|on\s+hand|in\s+the\s+bank|in\s+cash\s+reserves|war\s+chest|(?:started|began|ended|finished|entered)\s+(?:the\s+)?(?:month|year|quarter|week)\s+with|goal|target(?!\s+list)|hope\s+to\s+raise|aims?\s+to\s+raise)\b/i;
const EARLIER_BEFORE =
  /\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew)\s+(?:(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+)?from\s+(?:about\s+|around\s+|roughly\s+)?$|\b(?:compared\s+(?:with|to)|versus|vs\.?|previously|formerly|was\s+once)\s+(?:about\s+|around\s+)?$/i;
const EARLIER_AFTER =
  /^[^.;\d$€£¥]{0,25}\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|previously|in\s+the\s+same\s+period\s+(?:last|a)\s+year)\b|^\s*,?\s*(?:was|were|has\s+been|had\s+been)\s+(?:revised|raised|cut|increased|reduced|lowered)\b/i;
const FROM_TO = /\bfrom\s+(?:about\s+|around\s+)?$/i;
const CUMULATIVE_BEFORE =
  /\b(?:so\s+far|to\s+date|thus\s+far|cumulative(?:ly)?|a\s+total\s+of|already)\b[^.;]*$/i;
const CUMULATIVE_AFTER =
  /^[^.;\d$€£¥]{0,60}\b(?:so\s+far|to\s+date|thus\s+far|since\s+(?:the\s+)?(?:\d{4}|start|beginning|war|invasion)|in\s+all\s+since|through\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
const ESTIMATE_BEFORE =
  /\b(?:estimated|estimates?|projected|projects|forecast|forecasts|predicted|anticipated|potential|potentially|would\s+cost|could\s+cost|could\s+reach|expected\s+to\s+(?:cost|reach|total))\b[^.;]{0,40}$/i;
const ESTIMATE_AFTER =
  /^[^.;]{0,40}\baccording\s+to\s+(?:an?\s+)?(?:\w+\s+)?(?:estimate|projection|forecast)/i;
/** "last year" near a sum: a previous value ("the $12 billion plan last year", "last year handed … $11 billion"). */
const LAST_YEAR_BEFORE = /\blast\s+year\b(?!['’]s\s+(?:record|level))[^.;]{0,60}$/i;
const LAST_YEAR_AFTER = /^[^.;\d$€£¥]{0,30}\blast\s+year\b/i;

function isModifier(word: string): boolean {
  const lower = word.toLowerCase();
  return QUANTITY_NOUNS.has(lower) || MODIFIERS.has(lower) || /^\p{Ll}+(?:al|ic|ary)$/u.test(word);
}

function cleanPhrase(words: string[]): string | null {
  const kept = words.map((word) => word.toLowerCase());
  while (kept.length > 0 && DETERMINERS.has(kept[0] as string)) kept.shift();
  return kept.length > 0 ? kept.join(' ') : null;
}

/** The noun phrase a figure measures, from the words right before or after it in its clause. */
export function readQuantity(
  paragraph: string,
  start: number,
  end: number,
  clauseStart: number,
): string | null {
  const after = AFTER_NOUN.exec(paragraph.slice(end, end + 60));
  if (after) {
    const words = (after[1] ?? '').split(/\s+/);
    // The last noun of a compound is its head: "$95 billion foreign aid bill" is a bill.
    const first = words.findIndex((word) => QUANTITY_NOUNS.has(word.toLowerCase().replace(/-/g, '')));
    let head = first;
    while (
      head !== -1 &&
      head + 1 < words.length &&
      QUANTITY_NOUNS.has((words[head + 1] as string).toLowerCase())
    )
      head++;
    if (head !== -1) return cleanPhrase(words.slice(0, head + 1));
  }
  const before = BEFORE_LINK.exec(paragraph.slice(Math.max(clauseStart, start - 80), start));
  if (before) {
    const words = (before[1] ?? '').split(/\s+/);
    let head = -1;
    for (let i = words.length - 1; i >= 0; i--)
      if (QUANTITY_NOUNS.has((words[i] as string).toLowerCase())) {
        head = i;
        break;
      }
    if (head !== -1) {
      // Keep a modifier that precedes the head ("lump sum", "basic amount", "spending cap").
      let from = head;
      while (from > 0 && head - from < 2 && isModifier(words[from - 1] as string)) from--;
      const phrase = cleanPhrase(words.slice(from, head + 1));
      const tail = before.groups?.tail?.trim().toLowerCase();
      return phrase && tail ? `${phrase} ${tail}` : phrase;
    }
  }
  const lead = paragraph.slice(Math.max(clauseStart, start - 60), start);
  for (const [verb, noun] of VERB_QUANTITY) if (verb.test(lead)) return noun;
  return null;
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
  if (PRICE_BEFORE.test(before) || STOCK_MOVE_BEFORE.test(before)) return 'per-unit';
  if (THRESHOLD_BEFORE.test(before) && THRESHOLD_SUBJECT.test(before)) return 'threshold';
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
  const near = paragraph.slice(Math.max(clause[0], figure.start - 60), Math.min(clause[1], figure.end + 40));
  if (NOT_A_FLOW.test(near) || isBalance(paragraph, figure, before)) return 'other';
  if (figure.period === 'annual') return 'annual';
  // A vague amount ("spent millions") is rhetorical unless a cue says more.
  if (figure.amount === null && !CUMULATIVE_BEFORE.test(before) && !SUM_VERB_BEFORE.test(before))
    return 'other';
  if (CHANGE_BEFORE.test(before)) return 'other';
  if (SHARE_BEFORE.test(before) || (WITH_BEFORE.test(before) && GOING_AFTER.test(after))) return 'part';
  if (CUMULATIVE_BEFORE.test(before) || CUMULATIVE_AFTER.test(after)) return 'cumulative';
  if (ESTIMATE_BEFORE.test(before) || ESTIMATE_AFTER.test(after)) return 'estimate';
  if (/^(?:increase|rise|difference|gap)$/.test(quantityHead(figure.quantity) ?? '')) return 'other';
  return figure.period === 'total' ? 'total' : 'other';
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
    // A government's budget is a yearly level ("a federal budget of $3.6 trillion").
    if (figure.period === 'total' && figure.years === null && YEARLY_BUDGET.test(figure.quantity ?? '')) {
      figure.period = 'annual';
      figure.role = figure.role === 'total' ? 'annual' : figure.role;
    }
    // A price, a limit, a balance, an aim or a vague amount is not a sum over time.
    const near = paragraph.slice(
      Math.max(clause[0], figure.start - 60),
      Math.min(clause[1], figure.end + 40),
    );
    if (
      figure.role === 'per-unit' ||
      figure.role === 'threshold' ||
      (figure.amount === null &&
        !SUM_VERB_BEFORE.test(paragraph.slice(Math.max(0, figure.start - 20), figure.start))) ||
      ((figure.role === 'other' || figure.role === 'earlier') &&
        (NOT_A_FLOW.test(near) ||
          isBalance(
            paragraph,
            figure,
            paragraph.slice(Math.max(clause[0], figure.start - 60), figure.start),
          )))
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
