/**
 * Money cue families the blind-annotated events showed the rules missing (bench/gold/ANNOTATION.md,
 * "Money: blind events"): weights in pounds, per-person amounts, legal maximums, vague sums in plain
 * reporting, parts named before their total, estimates and values of holdings. Every sentence is
 * invented (no corpus text); each case is the label a careful annotator gives under ANNOTATION.md.
 */
import { describe, expect, test } from 'vitest';
import type { Figure } from '../../src/lib/model.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';

const money = (sentence: string): Figure[] => extractFigures([sentence]).filter((f) => f.kind === 'money');

function label(sentence: string, text: string): { period: Figure['period']; role: Figure['role'] } {
  const figure = money(sentence).find((f) => f.text === text);
  if (!figure) throw new Error(`no money figure "${text}" in "${sentence}"`);
  return { period: figure.period, role: figure.role };
}

describe('"pounds" is sterling only in a money sense', () => {
  test.each([
    'The truck carried 900 pounds of fertiliser across the border.',
    'The inspectors found 300 kilograms (660 pounds) of enriched material.',
    'A man who weighs 250 pounds could not fit in the seat.',
    'She lost 40 pounds before the race.',
    'The crate was heavy, nearly 70 pounds.',
    'Engineers fitted a 2,000-pound door.',
  ])('no money in "%s"', (sentence) => {
    expect(money(sentence).map((f) => f.text)).toEqual([]);
  });
  test.each([
    ['He paid 500 pounds for the ticket.', '500 pounds'],
    ['The club was fined 20,000 pounds by the league.', '20,000 pounds'],
    ['The bank lent 40 million pounds to the mill.', '40 million pounds'],
    ['She sold the painting for 3,000 pounds sterling.', '3,000 pounds sterling'],
    ['The club lost 5 million pounds last season.', '5 million pounds'],
    ['The mill reported heavy losses of 2 million pounds.', '2 million pounds'],
  ])('"%s" keeps %s', (sentence, text) => {
    expect(money(sentence).find((f) => f.text === text)?.currency).toBe('GBP');
  });
});

describe('a scale word glued to the digits is read ("£71.6million")', () => {
  test.each([
    ['The club paid the £48.5million fee on Friday.', '£48.5million', 48.5e6],
    ['The budget grew to $3billion last year.', '$3billion', 3e9],
  ])('"%s": %s', (sentence, text, amount) => {
    expect(money(sentence).map((f) => [f.text, f.amount])).toEqual([[text, amount]]);
  });
});

describe('an adjective of magnitude with no digits is a vague figure', () => {
  test.each([
    'The firm won a billion-dollar contract from the navy.',
    'Critics called it a trillion-dollar illusion.',
  ])('"%s" has no amount', (sentence) => {
    expect(money(sentence).map((f) => f.amount)).toEqual([null]);
  });
  test('"a 100-billion-euro fund" states its amount', () => {
    expect(money('They set up a 100-billion-euro fund.').map((f) => f.amount)).toEqual([100e9]);
  });
});

type Row = [sentence: string, text: string, period: Figure['period'], role: Figure['role']];
const families: Record<string, Row[]> = {
  'per person or per unit': [
    ['The senator held a $2,500-a-person dinner in the suburbs.', '$2,500', null, 'per-unit'],
    ['Supporters paid $300 a plate to hear her speak.', '$300', null, 'per-unit'],
    ['The best seats went on sale, with tickets at $900 for the final.', '$900', null, 'per-unit'],
    // A fine of so much each is still a one-off sum; only its role says "each".
    // A per-unit figure has no period, a fine each included (ANNOTATION.md, money round 13).
    ['The two clerks were fined $500 each for missing the deadline.', '$500', null, 'per-unit'],
    ['The court upheld the $750 fines against four protesters.', '$750', null, 'per-unit'],
  ],
  'legal maximums and minimums': [
    ['He could face a fine of up to $250,000 if convicted.', '$250,000', null, 'threshold'],
    ['The law sets a maximum fine of $10,000 for each violation.', '$10,000', null, 'threshold'],
    // "up to a year in prison" is a sentence, not a yearly rate of the fine beside it.
    ['She could serve up to a year in prison or pay a fine of up to $5,000.', '$5,000', null, 'threshold'],
  ],
  'vague sums in reporting and in rhetoric': [
    [
      'Prosecutors say he hid millions of dollars from the tax office.',
      'millions of dollars',
      'total',
      'total',
    ],
    ['The campaign is backed by millions of dollars from donors.', 'millions of dollars', 'total', 'total'],
    [
      'Tens of millions of dollars have been spent on the race.',
      'Tens of millions of dollars',
      'total',
      'cumulative',
    ],
    ['“They are diverting billions of dollars,” the mayor said.', 'billions of dollars', null, 'other'],
    ['Migrants will contribute billions of dollars to the economy.', 'billions of dollars', null, 'other'],
  ],
  'parts, estimates and values': [
    ['The state alone could lose more than $900 million.', '$900 million', 'total', 'total'],
    [
      'The region risks losing up to $3 billion. The port alone could lose $800 million in trade.',
      '$800 million',
      'total',
      'part',
    ],
    ['They signed deals including the $4 billion purchase of new trains.', '$4 billion', 'total', 'part'],
    [
      'An estimated loss in wages for those workers because of the closure of $2.3 billion was cited.',
      '$2.3 billion',
      'total',
      'estimate',
    ],
    [
      'The levy would raise $80 billion over the next ten years, the budget office said.',
      '$80 billion',
      'total',
      'estimate',
    ],
    ['The ruler controls a private fund, Baytul, worth $40bn.', '$40bn', null, 'total'],
    ['Her uncle is worth millions after the sale.', 'millions', null, 'total'],
  ],
  'a budget named by its year is a yearly level': [
    [
      "Lawmakers weighed the agency's 2020 budget request for $22.6 billion.",
      '$22.6 billion',
      'annual',
      'annual',
    ],
    ['The president sent Congress a 2015 budget of $3.9 trillion.', '$3.9 trillion', 'annual', 'annual'],
    // A deal named by a year is not a budget; its span makes it a total.
    ['The 2011 budget deal cut $2.1 trillion over ten years.', '$2.1 trillion', 'total', 'total'],
  ],
  'last year in another clause': [
    [
      'His arrest last year on charges that he took $20,000 in bribes shocked the town.',
      '$20,000',
      'total',
      'total',
    ],
  ],
};

for (const [family, rows] of Object.entries(families))
  describe(family, () => {
    test.each(rows)('"%s": %s', (sentence, text, period, role) => {
      expect(label(sentence, text)).toEqual({ period, role });
    });
  });

describe('a class bound by its price, and a tally since a date (branch money6)', () => {
  test.each([
    ['Get free shipping on orders over $25.', '$25'],
    ['Orders over $35 ship free.', '$35'],
    ['Loans above $500,000 need approval from the board.', '$500,000'],
    ['Homes priced above $1 million saw the steepest drop.', '$1 million'],
  ])('"%s": %s is a cut-off', (sentence, text) => {
    expect(label(sentence, text)).toEqual({ period: null, role: 'threshold' });
  });
  test('a verb\'s object is no class: "pushed shares above $50" is not a cut-off', () => {
    expect(label('The rally pushed shares above $50.', '$50').role).not.toBe('threshold');
  });
  test.each([
    ['Since 2001 the war has cost taxpayers more than $1 trillion.', '$1 trillion'],
    ['The fund has distributed $4 billion to victims since it was set up in 2011.', '$4 billion'],
  ])('"%s": %s is a running total', (sentence, text) => {
    expect(label(sentence, text)).toEqual({ period: 'total', role: 'cumulative' });
  });
  test('a perfect with no "since" stays a total (the tune gold calls "has spent" a total)', () => {
    expect(label('It has spent $5 billion on the program.', '$5 billion').role).toBe('total');
  });
});

// Money round 11: "N cents" and "N¢" are money (hundredths of the article's currency); "per cent",
// an idiom and a trifle denied are not.
describe('cents', () => {
  test.each([
    ['The new levy adds 10 cents a pack to cigarettes.', '10 cents', 0.1],
    ['Shares fell 36 cents to $4.10 in early trading.', '36 cents', 0.36],
    ['Petrol rose 4.5 cents a litre last week, the motoring group said.', '4.5 cents', 0.045],
  ])('"%s" has %s', (sentence, text, amount) => {
    expect(money(sentence).find((f) => f.text === text)?.amount).toBe(amount);
  });
  test('a price per unit has no period', () => {
    expect(label('The new levy adds 10 cents a pack to cigarettes.', '10 cents')).toEqual({
      period: null,
      role: 'per-unit',
    });
  });
  test.each([
    'Turnout rose 5 per cent on the year.',
    'He gave his two cents on the matter.',
    'They never gave us 10 cents for the bridge.',
    'It was not worth 50 cents to them.',
  ])('no cents in "%s"', (sentence) => {
    expect(money(sentence).filter((f) => /cent/u.test(f.text))).toEqual([]);
  });
});
