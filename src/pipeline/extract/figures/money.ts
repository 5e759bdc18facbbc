/**
 * figures/money: one paragraph -> money candidates (amount in units, currency as written or null).
 *
 * Forms recognised (each a small regex, run once over the paragraph, so the cost is linear):
 *   prefix  "$60-billion", "US$60 billion", "€40bn", "$8B", "£2.5m", "EUR 5 million", "¥3 trillion"
 *   suffix  "100 billion euros", "107 billion US dollars", "two billion dollars", "half a billion
 *           dollars", "5 million USD", "a 100-billion-euro fund"
 *   range   "$3.5-4bn", "5 to 10 million euros": both ends, the first borrowing scale/currency
 *   vague   "billions of dollars" (amount null)
 *   bare    "A 100 billion proposal": a scaled number with no currency, kept only when the words
 *           around it make it money (proposal, package, worth, spent…); currency inferred later.
 *   cents   "10 cents a pack", "36¢": hundredths of the article's currency (inferred later).
 * Period, conversions and currency inference are article-level passes in ../figures.ts.
 */
import { NO_LETTER_BEFORE, matchesAt } from './anchors.ts';
import { centsMoney } from './cents.ts';
import { isWeightPounds } from './pounds.ts';
import { candidateAt, type Candidate } from './candidate.ts';
import { CURRENCY_PREFIX, CURRENCY_SUFFIX, currencyOfPrefix, currencyOfSuffix } from './currency.ts';
import {
  DIGIT_NUMBER,
  SCALE_ONLY_NUMBER,
  SCALE_WORD,
  WORD_NUMBER,
  parseNumber,
  parseScale,
  scaled,
} from './numbers.ts';

/** Money-specific priority: on the same span, a money reading beats a count or a bare number. */
const PRIORITY = { range: 40, explicit: 30, vague: 25, bare: 20 } as const;

/** Nouns that make a preceding scaled number a sum of money ("a 100 billion proposal"). */
export const MONEY_NOUNS = new Set(
  (
    'proposal package fund funds funding budget budgets plan deal aid assistance loan loans grant grants ' +
    'bailout bill contract contracts investment investments commitment commitments pledge pledges deficit ' +
    'debt debts surplus revenue revenues profit profits loss losses sales turnover payment payments payout ' +
    'fee fees fine fines settlement price tab credit credits facility programme program scheme stimulus ' +
    'subsidy subsidies injection tranche spending windfall bond bonds tax taxes bid offer takeover ' +
    'acquisition valuation salary wages reserves support compensation reparations donation donations ' +
    'financing capital cash ransom damages allocation envelope contribution contributions check cheque ' +
    'reward rewards bounty jackpot refund refunds rebate rebates restitution'
  ).split(' '),
);

/** Words before a scaled number that make it money ("worth 100 billion", "spent 5 million"). */
const MONEY_LEAD = new RegExp(
  `\\b(?:worth|cost|costs|costing|valued\\s+at|priced\\s+at|spend|spends|spent|spending|paid|pay|pays|paying|` +
    `raise|raised|raising|pledged|pledging|allocated|allocating|budgeted|invested|investing|donated|` +
    `borrowed|lent|owed|owes|earmarked|disbursed|committed|committing|asked\\s+for|requested|sought|seeking|` +
    `demanded|received|receive|gave|give|giving|provided|provide|providing|offered|promised|approved|` +
    `secured|needs|needed|earned|earns|saved|totalling|totaling|amounting\\s+to|sum\\s+of|tune\\s+of)\\s+(?:(?:about|around|roughly|some|` +
    `nearly|almost|over|more\\s+than|less\\s+than|up\\s+to|at\\s+least|approximately|an\\s+estimated|a\\s+further|` +
    `another|an\\s+additional|a\\s+total\\s+of|the)\\s+)*$`,
);

/** Words that may follow an amount without naming what is counted ("gave 5 billion to Kyiv"). */
const LINKING_WORDS = new Set(
  'to for in on over from by and or as this last next a an the each per into with since until of annually'.split(
    ' ',
  ),
);

const MULTI_LETTER_ABBREVIATION = '(?:bn|Bn|BN|bln|mn|Mn|mln|mio|tn|trn)';
const SINGLE_LETTER_ABBREVIATION = '[mMbBkKtT]';
/**
 * Scale after digits: " billion", "-billion", "bn", " bn", "B" (a lone letter only when glued), and a
 * glued word ("£71.6million", a common British house style).
 */
const SCALE_AFTER_DIGITS = `(?:[\\s-]?(?<scaleWord>${SCALE_WORD})s?|\\s?(?<scaleAbbr>${MULTI_LETTER_ABBREVIATION})|(?<scaleLetter>${SINGLE_LETTER_ABBREVIATION}))(?![\\p{L}\\p{N}])`;

const PREFIX_FORM = new RegExp(
  `${NO_LETTER_BEFORE}(?<currency>${CURRENCY_PREFIX})\\s?(?<number>${DIGIT_NUMBER})(?:${SCALE_AFTER_DIGITS})?(?![\\p{N}])`,
  'dyu',
);

const SUFFIX_FORM = new RegExp(
  `${NO_LETTER_BEFORE}(?<number>${DIGIT_NUMBER}|${WORD_NUMBER}|${SCALE_ONLY_NUMBER})` +
    `(?:[\\s-](?<scaleWord>${SCALE_WORD})|\\s?(?<scaleAbbr>${MULTI_LETTER_ABBREVIATION}|${SINGLE_LETTER_ABBREVIATION}))?` +
    `(?<separator>[\\s-]+)(?<currency>${CURRENCY_SUFFIX})(?![\\p{L}\\p{N}])`,
  'dyu',
);

/**
 * "billions of dollars", "hundreds of thousands of dollars", "billions of taxpayer dollars", a
 * quoted “billions” of dollars: one word may qualify the currency.
 */
const VAGUE_FORM = new RegExp(
  `(?<![\\p{L}])(?:[Hh]undreds|[Tt]ens|[Bb]illions|[Mm]illions|[Tt]rillions)["”’]?\\s+of\\s+` +
    `(?:(?:thousands|millions|billions|trillions)\\s+of\\s+)?(?:\\p{Ll}[\\p{L}'’]*\\s+)?` +
    `(?<currency>${CURRENCY_SUFFIX})(?![\\p{L}])`,
  'dyu',
);

/** "spent millions", "to spend billions": vague money named by its verb (currency inferred later). */
const VAGUE_BARE_FORM =
  /(?:(?:[Tt]ens|[Hh]undreds)\s+of\s+)?(?:[Mm]illions|[Bb]illions|[Tt]rillions)(?![\p{L}])(?!\s+(?:of|more|and)\b)/uy;
const VAGUE_BARE_LEAD =
  /\b(?:spend|spends|spent|spending|raise|raised|raising|cost|costs|costing|save|saves|saved|pay|paid|paying|lose|lost|losing|owe|owed|earn|earned|pour|poured|pouring|pump|pumped|pumping|funnel(?:l?ed|l?ing)?|invest|invested|invests|investing|worth)\s+$/i;

const BARE_FORM = new RegExp(
  `${NO_LETTER_BEFORE}(?<number>${DIGIT_NUMBER}|${WORD_NUMBER}|${SCALE_ONLY_NUMBER})` +
    `(?:[\\s-](?<scaleWord>[Mm]illion|[Bb]illion|[Tt]rillion)|\\s?(?<scaleAbbr>bn|tn|bln|trn))(?![\\p{L}\\p{N}])`,
  'dyu',
);

const RANGE_FORM = new RegExp(
  `${NO_LETTER_BEFORE}(?:(?<currency1>${CURRENCY_PREFIX})\\s?)?(?<number1>${DIGIT_NUMBER})` +
    `(?:[\\s-](?<scaleWord1>${SCALE_WORD})|\\s?(?<scaleAbbr1>${MULTI_LETTER_ABBREVIATION}|${SINGLE_LETTER_ABBREVIATION}))?` +
    `\\s*(?<connector>-|–|—|to|and)\\s*` +
    `(?:(?<currency2>${CURRENCY_PREFIX})\\s?)?(?<number2>${DIGIT_NUMBER})` +
    `(?:[\\s-](?<scaleWord2>${SCALE_WORD})|\\s?(?<scaleAbbr2>${MULTI_LETTER_ABBREVIATION}|${SINGLE_LETTER_ABBREVIATION}))` +
    `(?:[\\s-]+(?<currency3>${CURRENCY_SUFFIX}))?(?![\\p{L}\\p{N}])`,
  'dyu',
);

function span(match: RegExpExecArray, group: string): [number, number] | undefined {
  return match.indices?.groups?.[group];
}

/** "$60-billion", "US$60 billion", "€40bn", "EUR 5 million". */
function prefixMoney(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(PREFIX_FORM, paragraph, anchors)) {
    const groups = match.groups ?? {};
    const value = parseNumber(groups.number ?? '');
    if (value === null) continue;
    const scale = parseScale(groups.scaleWord ?? groups.scaleAbbr ?? groups.scaleLetter);
    found.push(
      candidateAt(paragraph, match.index, match.index + match[0].length, {
        kind: 'money',
        amount: scaled(value, scale),
        currency: currencyOfPrefix(groups.currency ?? ''),
        unit: null,
        priority: PRIORITY.explicit,
      }),
    );
  }
  return found;
}

/** "100 billion euros", "107 billion US dollars", "half a billion dollars", "5 million USD". */
function suffixMoney(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(SUFFIX_FORM, paragraph, anchors)) {
    const groups = match.groups ?? {};
    const scaleText = groups.scaleWord ?? groups.scaleAbbr;
    const value = parseNumber(groups.number ?? '');
    const currency = currencyOfSuffix(groups.currency ?? '', scaleText !== undefined);
    if (value === null || currency === null) continue;
    // "a" and "half a" are numbers only in front of a scale ("a billion dollars", not "a dollar").
    if (scaleText === undefined && !/\d/.test(groups.number ?? '') && value < 2) continue;
    const end = match.index + match[0].length;
    // "in constant 2012 dollars": a unit of account, not an amount.
    if (
      scaleText === undefined &&
      /^(?:19|20)\d\d$/.test(groups.number ?? '') &&
      /\b(?:constant|real|nominal|inflation-adjusted|current|today['’]s)\s+$/i.test(
        paragraph.slice(Math.max(0, match.index - 25), match.index),
      )
    )
      continue;
    // "a 2,000-pound bomb", "500 pounds of uranium", "weighs 400 pounds": weights, not money.
    if (/^[Pp]ound/.test(groups.currency ?? '') && isWeightPounds(paragraph, match.index, end, groups))
      continue;
    // "a billion-dollar contract", "a trillion-dollar lie": an adjective of magnitude with no digits
    // is a vague figure, like "multimillion-dollar" (bench/gold/ANNOTATION.md); "a 100-billion-euro
    // fund" states its amount.
    const magnitude =
      !/\d/.test(groups.number ?? '') &&
      scaleText !== undefined &&
      /-$/.test(groups.separator ?? '') &&
      !/s$/i.test(groups.currency ?? '');
    found.push(
      candidateAt(paragraph, match.index, end, {
        kind: 'money',
        amount: magnitude ? null : scaled(value, parseScale(scaleText)),
        currency,
        unit: null,
        priority: magnitude ? PRIORITY.vague : PRIORITY.explicit,
      }),
    );
  }
  return found;
}

/** "billions of dollars": money, but no amount to report. */
function vagueMoney(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(VAGUE_FORM, paragraph, anchors)) {
    const currency = currencyOfSuffix(match.groups?.currency ?? '', true);
    if (currency === null) continue;
    found.push(
      candidateAt(paragraph, match.index, match.index + match[0].length, {
        kind: 'money',
        amount: null,
        currency,
        unit: null,
        priority: PRIORITY.vague,
      }),
    );
  }
  return found;
}

function vagueBareMoney(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(VAGUE_BARE_FORM, paragraph, anchors)) {
    if (!VAGUE_BARE_LEAD.test(paragraph.slice(Math.max(0, match.index - 20), match.index))) continue;
    found.push(
      candidateAt(paragraph, match.index, match.index + match[0].length, {
        kind: 'money',
        amount: null,
        currency: null,
        unit: null,
        priority: PRIORITY.vague,
      }),
    );
  }
  return found;
}

/** The words right after a bare scaled number make it money: "proposal", "in aid", "Ukraine aid package". */
function moneyNounFollows(after: string): boolean {
  const words = after.match(/^[\s-]+([\p{L}'’]+(?:[\s-]+[\p{L}'’]+){0,2})/u)?.[1]?.split(/[\s-]+/u) ?? [];
  for (const [index, word] of words.slice(0, 3).entries()) {
    const lower = word.toLowerCase();
    if (MONEY_NOUNS.has(lower)) return true;
    if (index === 0 && lower === 'in') continue; // "100 billion in aid"
    if (/^\p{Lu}/u.test(word)) continue; // "100 billion Ukraine aid package"
    if (
      /^(?:new|annual|military|financial|defence|defense|economic|humanitarian|emergency|aid|rescue|recovery|reconstruction|support)$/.test(
        lower,
      )
    )
      continue;
    return false;
  }
  return false;
}

/** "A 100 billion proposal", "worth 100 billion": money with no currency written. */
function bareMoney(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(BARE_FORM, paragraph, anchors)) {
    const groups = match.groups ?? {};
    const value = parseNumber(groups.number ?? '');
    if (value === null) continue;
    const end = match.index + match[0].length;
    const after = paragraph.slice(end, end + 80);
    const before = paragraph.slice(Math.max(0, match.index - 60), match.index);
    // After a money verb, the number is money unless a noun follows ("received 1 million doses").
    const nextWord = after.match(/^[\s-]+(\p{Ll}+)/u)?.[1];
    const nounFollows = nextWord !== undefined && !LINKING_WORDS.has(nextWord);
    const isMoney = moneyNounFollows(after) || (MONEY_LEAD.test(before) && !nounFollows);
    if (!isMoney) continue;
    found.push(
      candidateAt(paragraph, match.index, end, {
        kind: 'money',
        amount: scaled(value, parseScale(groups.scaleWord ?? groups.scaleAbbr)),
        currency: null,
        unit: null,
        priority: PRIORITY.bare,
      }),
    );
  }
  return found;
}

/** "$3.5-4bn", "€3bn to €4bn", "between 5 and 10 million euros": two figures, ends share scale/currency. */
function rangeMoney(paragraph: string, anchors: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesAt(RANGE_FORM, paragraph, anchors)) {
    const groups = match.groups ?? {};
    if (groups.connector === 'and' && !/\bbetween\s+$/i.test(paragraph.slice(0, match.index))) continue;
    const tailCurrency =
      (groups.currency2 && currencyOfPrefix(groups.currency2)) ||
      (groups.currency3 && currencyOfSuffix(groups.currency3, true)) ||
      (groups.currency1 && currencyOfPrefix(groups.currency1)) ||
      null;
    if (tailCurrency === null) continue;
    const headCurrency = (groups.currency1 && currencyOfPrefix(groups.currency1)) || tailCurrency;
    const tailScale = parseScale(groups.scaleWord2 ?? groups.scaleAbbr2);
    const headScaleText = groups.scaleWord1 ?? groups.scaleAbbr1;
    const headScale = headScaleText ? parseScale(headScaleText) : tailScale;
    const head1 = parseNumber(groups.number1 ?? '');
    const tail2 = parseNumber(groups.number2 ?? '');
    const headEnd = span(
      match,
      headScaleText ? (groups.scaleWord1 ? 'scaleWord1' : 'scaleAbbr1') : 'number1',
    );
    const tailStart = span(match, groups.currency2 ? 'currency2' : 'number2');
    if (head1 === null || tail2 === null || !headEnd || !tailStart) continue;
    const base = { kind: 'money' as const, unit: null, priority: PRIORITY.range };
    found.push(
      candidateAt(paragraph, match.index, headEnd[1], {
        ...base,
        amount: scaled(head1, headScale),
        currency: headCurrency,
      }),
      candidateAt(paragraph, tailStart[0], match.index + match[0].length, {
        ...base,
        amount: scaled(tail2, tailScale),
        currency: tailCurrency,
      }),
    );
  }
  return found;
}

/** Every money reading of the paragraph; overlaps are resolved by the caller. */
export function findMoney(paragraph: string, anchors: number[]): Candidate[] {
  return [
    ...prefixMoney(paragraph, anchors),
    ...suffixMoney(paragraph, anchors),
    ...vagueMoney(paragraph, anchors),
    ...vagueBareMoney(paragraph, anchors),
    ...bareMoney(paragraph, anchors),
    ...rangeMoney(paragraph, anchors),
    ...centsMoney(paragraph, anchors, PRIORITY.explicit),
  ];
}
