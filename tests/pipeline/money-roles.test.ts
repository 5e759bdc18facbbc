/**
 * What each money figure is of: its period (total | annual | null) and role, read by
 * extract/figures (period.ts, roles.ts, role-cues.ts, relations.ts) from the grammar around it.
 *
 * Each case is an invented sentence (no corpus text) with one cue, the figure as written, and what a
 * careful annotator would label it under bench/gold/ANNOTATION.md. Grouped by the cue family the
 * rule reads, so a failing case names the cue that broke.
 */
import { describe, expect, test } from 'vitest';
import type { Figure } from '../../src/lib/model.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';

interface Case {
  paragraphs: string[];
  text: string;
  period: Figure['period'];
  role: Figure['role'];
  years?: number;
  /** The text of the figure this one is part of. */
  partOf?: string;
}

function figureOf(paragraphs: string[], text: string): { figure: Figure; all: Figure[] } {
  const all = extractFigures(paragraphs).filter((f) => f.kind === 'money');
  const figure = all.find((f) => f.text === text);
  if (!figure) throw new Error(`no money figure "${text}" in ${JSON.stringify(paragraphs)}`);
  return { figure, all };
}

const one = (sentence: string, text: string, period: Figure['period'], role: Figure['role'], extra = {}) =>
  ({ paragraphs: [sentence], text, period, role, ...extra }) as Case;

const families: Record<string, Case[]> = {
  'annual: a stated yearly rate': [
    one('The district spends $40 million a year on buses.', '$40 million', 'annual', 'annual'),
    one('The charity receives about £2 million per year from the lottery.', '£2 million', 'annual', 'annual'),
    one('Farmers will get €300 million annually under the scheme.', '€300 million', 'annual', 'annual'),
    one('Congress set spending at $1.1 trillion for fiscal 2014.', '$1.1 trillion', 'annual', 'annual'),
    one("The council's budget for 2019 was $45 million.", '$45 million', 'annual', 'annual'),
    one('The town adopted a yearly budget of $12 million.', '$12 million', 'annual', 'annual'),
    one(
      'The agency, with 20,000 staff and a budget of $9 billion, is the largest in the state.',
      '$9 billion',
      'annual',
      'annual',
    ),
    one(
      'The $2 billion in aid the island gets from the mainland pays for its schools.',
      '$2 billion',
      'annual',
      'annual',
    ),
    one(
      "The Pentagon's budget of $700 billion is the largest in the world.",
      '$700 billion',
      'annual',
      'annual',
    ),
    one("The department's $3 billion budget covers 12,000 staff.", '$3 billion', 'annual', 'annual'),
    one('Egypt receives $1.3 billion in military aid from Washington.', '$1.3 billion', 'annual', 'annual'),
  ],
  'not yearly: one-off sums received, project budgets': [
    one('The winner receives $1 million.', '$1 million', 'total', 'total'),
    one("The city's budget for the new stadium is $900 million.", '$900 million', 'total', 'total'),
  ],
  'total over N years': [
    one('The state will invest $5 billion over five years in roads.', '$5 billion', 'total', 'total', {
      years: 5,
    }),
    one('The mayor unveiled a five-year, $2 billion housing plan.', '$2 billion', 'total', 'total', {
      years: 5,
    }),
    // "in this fiscal year" is what happened within the year, not a yearly level.
    one('The cuts come to about $30 billion in this fiscal year.', '$30 billion', 'total', 'total'),
  ],
  'per unit and thresholds': [
    one('Tickets cost $25 per person.', '$25', null, 'per-unit'),
    one('Workers earn $15 an hour.', '$15', null, 'per-unit'),
    one('Each family receives $500 in aid.', '$500', null, 'per-unit'),
    one('Every worker will get $1,200 under the deal.', '$1,200', null, 'per-unit'),
    one('Shares closed at $41 on Friday, the share price up 3%.', '$41', null, 'per-unit'),
    one('She paid the registration fee of $75 and left.', '$75', null, 'per-unit'),
    one('Banks must report withdrawals of less than $10,000.', '$10,000', null, 'threshold'),
    one('Families earning at least $250,000 will pay more.', '$250,000', null, 'threshold'),
    one('Companies with more than $25 million in revenue must comply.', '$25 million', null, 'threshold'),
    // "up to" is a hedge on a sum, not a limit, unless the amount itself is one.
    one('The fund paid out up to $5 million in claims.', '$5 million', 'total', 'total'),
  ],
  'parts of a larger sum': [
    {
      paragraphs: ['The bill provides $900 million, of which $200 million goes to schools.'],
      text: '$200 million',
      period: 'total',
      role: 'part',
      partOf: '$900 million',
    },
    {
      paragraphs: [
        'The package costs $60 billion, including $14 billion for the border and $5 billion for ports.',
      ],
      text: '$5 billion',
      period: 'total',
      role: 'part',
      partOf: '$60 billion',
    },
    {
      paragraphs: [
        'The regulator fined the firm €1.84 billion, made up of a basic amount of €40 million and a lump sum of €1.8 billion.',
      ],
      text: '€1.8 billion',
      period: 'total',
      role: 'part',
      partOf: '€1.84 billion',
    },
    one('The city was forced to cut $50 million from its budget.', '$50 million', 'total', 'part'),
    one('Of that, $2 million went to lawyers.', '$2 million', 'total', 'part'),
    one('Most of the money, $3 billion, went to Egypt.', '$3 billion', 'total', 'part'),
    // "One of them" may pick from people: without a larger sum before it, no part.
    one('One of them, John Smith, paid $5,000.', '$5,000', 'total', 'total'),
    {
      paragraphs: [
        'Officials spent $90 million on 100 events. One of those, a retreat in Denver, cost $2 million.',
      ],
      text: '$2 million',
      period: 'total',
      role: 'part',
      partOf: '$90 million',
    },
    one(
      'Big items included $300,000 for travel; $450,000 to rent offices in three towns and two cities; and $90,000 on hats.',
      '$90,000',
      'total',
      'part',
    ),
  ],
  'cumulative: a running total': [
    one('The campaign has raised $12 million so far.', '$12 million', 'total', 'cumulative'),
    one('The charity has collected $3 million to date.', '$3 million', 'total', 'cumulative'),
  ],
  'estimates and needs': [
    one('Repairs are estimated at $4 million.', '$4 million', 'total', 'estimate'),
    one('The wall could cost $25 billion.', '$25 billion', 'total', 'estimate'),
    one('The library needs around $2 million in repairs.', '$2 million', null, 'estimate'),
  ],
  'earlier values': [
    one('Sales reached $5 million, up from $4 million.', '$4 million', 'total', 'earlier'),
    one(
      'The deficit was $500 billion, compared with $600 billion a year earlier.',
      '$600 billion',
      'total',
      'earlier',
    ),
    // "last year" beside this year's value of the same thing; alone, a past sum is the story's own.
    // Spending over a named year is that year's level (round 13: a yearly amount is annual).
    one(
      'Last year the city spent $30 million on parks, and this year it plans to spend $36 million.',
      '$30 million',
      'annual',
      'earlier',
    ),
    one('Last year the city spent $30 million on parks.', '$30 million', 'annual', 'annual'),
    one('Last year the city paid $30 million to settle the lawsuit.', '$30 million', 'total', 'total'),
  ],
  'balances and money in general': [
    // A stock held by anyone is a total, with no period (round 13).
    one('Her stake, worth $2 billion, makes her the richest woman in town.', '$2 billion', null, 'total'),
    // Shares bought "worth $2 billion" are a deal, not a balance.
    one('The fund bought shares worth $2 billion.', '$2 billion', 'total', 'total'),
    one('Her stock options in Acme are worth more than $3 million.', '$3 million', null, 'total'),
    one('The campaign started the month with $1.3 million in cash.', '$1.3 million', null, 'total'),
    one('"A million dollars is not what it used to be," she said.', 'A million dollars', null, 'other'),
    one('A million dollars was stolen from the bank.', 'A million dollars', 'total', 'total'),
    one('Candidates need to spend billions to win.', 'billions', null, 'other'),
  ],
  // figures/coordination: the unit, limit or comparison is written once, beside the first figure.
  'carried from a neighbour': [
    one('Wheat costs fell from $0.40/kg today to $0.25 by 2030.', '$0.25', null, 'per-unit'),
    one("The startup's valuation was cut from $20 billion to $5 billion.", '$5 billion', null, 'total'),
    one('The fare was $12, up from $10 a year ago and from $8 in 2015.', '$8', null, 'earlier'),
    one('Savers can deposit up to $5,000 in a bond and $2,000 in a fund.', '$2,000', null, 'threshold'),
    one(
      'The bidder offered $16 per share. The board held out for the $19 its chairman wanted.',
      '$19',
      null,
      'per-unit',
    ),
    // A restatement of a share price as the whole deal is no price: amounts far apart.
    one('It bought the stake for $13 a share, or $117 million.', '$117 million', 'total', 'total'),
    // A rate's new value keeps its own reading when it has a cue ("a year").
    one('Spending rose from $3 billion to $5 billion a year.', '$5 billion', 'annual', 'annual'),
  ],
  'limits and class bounds written around the figure': [
    one('He could be fined up to $100,000 for each breach.', '$100,000', null, 'threshold'),
    one('The maximum fine for the offence was $10,000.', '$10,000', null, 'threshold'),
    one('Those earning $1 million or more would pay a higher rate.', '$1 million', null, 'threshold'),
    one('Banks must hold at least $10 billion in reserves.', '$10 billion', null, 'threshold'),
    one('Firms with revenue above $25 million must file the report.', '$25 million', null, 'threshold'),
    one('The car was worth four times the $10,000 maximum fine.', '$10,000', null, 'threshold'),
    one('He faces up to 20 years in prison and a $250,000 fine.', '$250,000', null, 'threshold'),
    one('She could face up to 10 years in prison and have to pay $250,000.', '$250,000', null, 'threshold'),
    one('He faces up to 5 years and paid $3,000 in restitution.', '$3,000', 'total', 'total'),
    // After a verb of a sum, "or more" is a hedge on the sum.
    one('Donors gave $1 million or more to the campaign.', '$1 million', 'total', 'total'),
    one('The army got $700 billion a year, up from $634 billion.', '$634 billion', 'annual', 'earlier'),
  ],
  'sums by what was done with them': [
    one('The suspect stole $2,000 from the register.', '$2,000', 'total', 'total'),
    one('The FBI is offering a $25,000 reward.', '$25,000', 'total', 'total'),
  ],
  'each year is a rate, "each" alone a share': [
    one(
      'The program costs taxpayers millions of dollars each year.',
      'millions of dollars',
      'annual',
      'annual',
    ),
  ],
  'a vague sum at stake is a sum; in a quotation it is rhetoric': [
    one(
      'The state could lose billions of dollars in federal funding.',
      'billions of dollars',
      'total',
      'total',
    ),
    one('"We could lose billions," he said.', 'billions', null, 'other'),
  ],
  'estimates named after the sum': [
    one(
      'The shutdown cost the economy $11 billion, the budget office estimated.',
      '$11 billion',
      'total',
      'estimate',
    ),
    one(
      'The shutdown cost the economy $11 billion, the budget office said.',
      '$11 billion',
      'total',
      'total',
    ),
    one('Analysts expect revenue of $5 billion.', '$5 billion', 'total', 'estimate'),
    one('The damage could run as high as $10 billion.', '$10 billion', 'total', 'estimate'),
    one('The plan is likely to cost $500 million.', '$500 million', 'total', 'estimate'),
    // "set to" is a plan, not a forecast.
    one('The company is set to raise up to $12.9bn.', '$12.9bn', 'total', 'total'),
    one('Revenue was $23.1 billion, ahead of analysts’ forecasts.', '$23.1 billion', 'total', 'total'),
  ],
  'earlier values and yearly levels': [
    // A price by the year is a price; one person's pay by the year is yearly (round 13).
    one('Tuition runs $50,000 per academic year.', '$50,000', null, 'per-unit'),
    // Round 13 cues, sentences invented (none from a probe).
    one('The water utility needs to invest $900 million by 2035.', '$900 million', null, 'estimate'),
    one('The need to spend billions worries investors.', 'billions', null, 'other'),
    one('Member clubs may spend no more than $40 million on wages.', '$40 million', null, 'threshold'),
    one('Bankers expect the offering to value the group at $3 billion.', '$3 billion', null, 'total'),
    one(
      'The sponsorship for the arena is worth $150 million over ten years.',
      '$150 million',
      'total',
      'total',
    ),
    one('The charity owes its lenders $12 million.', '$12 million', null, 'total'),
    one('The trust manages $800 million in assets.', '$800 million', null, 'total'),
    one('The utility reported revenue of $2.2 billion for 2023.', '$2.2 billion', 'annual', 'annual'),
    one(
      'Revenue was $600 million in the quarter, the company said last year.',
      '$600 million',
      'total',
      'total',
    ),
    one('She paid $9,000 in taxes after she sold the house in 2019.', '$9,000', 'total', 'total'),
    one('Teachers earn an average salary of $61,500.', '$61,500', 'annual', 'annual'),
    one('The average salary rose to 1,500 euros gross per month.', '1,500 euros', null, 'per-unit'),
    // A forecast of a yearly amount is annual (round 13, (a)); of a quarter, an estimate.
    one('The company expects sales of $3.5bn-$4bn next year.', '$4bn', 'annual', 'annual'),
    one('The company expects sales of $3.5bn-$4bn in the quarter.', '$4bn', 'total', 'estimate'),
    one('The deficit fell to $1.4 trillion from $1.7 trillion.', '$1.7 trillion', 'total', 'earlier'),
    one(
      'The operating budget for the 2023-24 school year is $450 million.',
      '$450 million',
      'annual',
      'annual',
    ),
    one(
      "The budget of $5 billion is larger than last year's $4.5 billion.",
      '$4.5 billion',
      'total',
      'earlier',
    ),
    one("Sales were $5 billion, up from last year's $4.5 billion.", '$4.5 billion', 'total', 'earlier'),
    // Alone, a past sum is the story's own.
    one("Last year's $7 million bounty still stands.", '$7 million', 'total', 'total'),
    one('Each worker will receive a $1,000 bonus.', '$1,000', null, 'per-unit'),
  ],
  'levels: quoted prices and balances': [
    one('Brent crude was last at $61.20, down 2% on the day.', '$61.20', null, 'per-unit'),
    one('"The stock is $9 now," he said.', '$9', null, 'per-unit'),
    one('The firm reported long-term debt of more than $500 million.', '$500 million', null, 'total'),
    one('Credit card debts in the country total $1 trillion.', '$1 trillion', null, 'total'),
    one("Apple's market capitalization topped $1 trillion.", '$1 trillion', null, 'total'),
    one('Police seized his pickup truck, worth $42,000.', '$42,000', null, 'total'),
    one('They signed their deal, worth $2 billion, on Monday.', '$2 billion', 'total', 'total'),
    one('The stock closed at $210.50, up 3%.', '$210.50', null, 'per-unit'),
    one('The tax cut is worth $2,000 for a family of four.', '$2,000', null, 'per-unit'),
    one('The bar charges Rs 299 for fifteen minutes of pure air.', 'Rs 299', null, 'per-unit'),
    one('The chain reported $2.53 in per-share earnings.', '$2.53', null, 'per-unit'),
    // Money moved as debt is a sum.
    one('The bank issued debt of $2 billion last week.', '$2 billion', 'total', 'total'),
    one('The investor agreed to inject $6 billion in debt and equity.', '$6 billion', 'total', 'total'),
  ],
  'sums by their verb': [
    one('He agreed to reimburse the state about $3,000.', '$3,000', 'total', 'total'),
    one('The project ate up billions of dollars.', 'billions of dollars', 'total', 'total'),
    one('The company signed a deal worth millions of dollars.', 'millions of dollars', 'total', 'total'),
  ],
  'round 9: a share of a named money noun, a tally over a past span, an earlier value by its verb, a holding, each paying':
    [
      one('About $500 million of the aid will be spent on food.', '$500 million', 'total', 'part'),
      one('Lawyers will keep $2 million of the settlement in fees.', '$2 million', 'total', 'part'),
      one("Of the city's money, $5 million went to parks.", '$5 million', 'total', 'total'),
      one(
        'Over the past decade the city has spent $900 million on the project.',
        '$900 million',
        'total',
        'cumulative',
      ),
      one('In the last five years the charity has raised $12 million.', '$12 million', 'total', 'cumulative'),
      one(
        'Over the next decade the city will spend $900 million on roads.',
        '$900 million',
        'total',
        'total',
      ),
      one(
        'The state had previously offered $2 million to settle the case.',
        '$2 million',
        'total',
        'earlier',
      ),
      one('The club first sought $40 million for the striker.', '$40 million', 'total', 'earlier'),
      one('The state offered $2 million to settle the case.', '$2 million', 'total', 'total'),
      one('He arrived in the city with just $20 to his name.', '$20', null, 'total'),
      one('The judge ordered that each post $50,000 bond before release.', '$50,000', null, 'per-unit'),
    ],
};

for (const [family, cases] of Object.entries(families))
  describe(family, () => {
    for (const c of cases)
      test(`"${c.text}" in "${c.paragraphs.join(' ')}"`, () => {
        const { figure, all } = figureOf(c.paragraphs, c.text);
        expect({ period: figure.period, role: figure.role }).toEqual({ period: c.period, role: c.role });
        if (c.years !== undefined) expect(figure.years).toBe(c.years);
        if (c.partOf !== undefined) {
          const whole = extractFigures(c.paragraphs)[figure.partOf ?? -1];
          expect(whole?.text, `partOf of "${c.text}" among ${all.length} money figures`).toBe(c.partOf);
        }
      });
  });

describe('the noun phrase a figure measures', () => {
  const quantity = (sentence: string, text: string) => figureOf([sentence], text).figure.quantity;
  test('a compound after the figure is its quantity; a preposition after it starts another phrase', () => {
    expect(quantity('The $95 billion foreign aid bill passed.', '$95 billion')).toBe('foreign aid bill');
    expect(quantity('He paid $5m in other costs.', '$5m')).toBe('other costs');
    expect(quantity('The city was forced to cut $50 million from its budget.', '$50 million')).toBeNull();
    expect(quantity('Every worker will get $1,200 under the deal.', '$1,200')).toBeNull();
  });
});

describe('a restatement is the same thing', () => {
  test('the same value held and raised are two things ("had $3 million" … "$3 million raised")', () => {
    const paragraphs = [
      'Several rivals had more cash. Smith had $3 million, Jones reported $2.2 million.',
      'The party raised $3 million for its national committee, and Jones lent $2.2 million.',
    ];
    const money = extractFigures(paragraphs).filter((f) => f.kind === 'money');
    expect(money.map((f) => [f.text, f.period, f.role, f.restatementOf])).toEqual([
      ['$3 million', null, 'total', null],
      ['$2.2 million', null, 'total', null],
      ['$3 million', 'total', 'total', null],
      ['$2.2 million', 'total', 'total', null],
    ]);
  });

  test('"not including" leaves a sum out: no part', () => {
    const money = (sentence: string) =>
      extractFigures([sentence])
        .filter((f) => f.kind === 'money')
        .map((f) => [f.text, f.role]);
    expect(money('It will start at $44,000, not including a $7,500 tax credit.')).toEqual([
      ['$44,000', 'per-unit'],
      ['$7,500', 'total'],
    ]);
    expect(money('The deal is worth $44 million, including a $7 million bonus.')).toEqual([
      ['$44 million', 'total'],
      ['$7 million', 'part'],
    ]);
  });

  test('"the $53 million figure" names the weekly amount said before', () => {
    const paragraphs = [
      'He said $53 million a week in drugs crosses the border.',
      'That is more than the $53 million figure the agency gave in March.',
    ];
    const money = extractFigures(paragraphs).filter((f) => f.kind === 'money');
    expect(money.map((f) => [f.period, f.role])).toEqual([
      [null, 'per-unit'],
      [null, 'per-unit'],
    ]);
  });

  test('a later mention of a yearly budget is yearly too ("a $200 billion bureaucracy")', () => {
    const paragraphs = [
      'He will run an agency with a budget of nearly $200 billion.',
      'Critics doubt he can manage a $200 billion bureaucracy.',
    ];
    const money = extractFigures(paragraphs).filter((f) => f.kind === 'money');
    expect(money.map((f) => [f.period, f.role])).toEqual([
      ['annual', 'annual'],
      ['annual', 'annual'],
    ]);
  });
});

describe('vague amounts are money figures', () => {
  const vague = (sentence: string) =>
    extractFigures([sentence])
      .filter((f) => f.kind === 'money')
      .map((f) => [f.text, f.amount, f.period, f.role]);
  test('by a verb that moves money ("pumping millions behind a candidate")', () => {
    expect(vague('Donors were pumping millions behind the challenger.')).toEqual([
      ['millions', null, 'total', 'total'],
    ]);
  });
  test('with a word before the currency, or quote marks ("billions of taxpayer dollars", “billions” of dollars)', () => {
    expect(vague('The city keeps sending billions of taxpayer dollars to the contractor.')).toEqual([
      ['billions of taxpayer dollars', null, null, 'other'],
    ]);
    expect(vague('He said the fees bring “billions” of dollars into the treasury.')).toEqual([
      ['billions” of dollars', null, null, 'other'],
    ]);
  });
  test('"hundreds of thousands of dollars", quoted after "would cost", is an estimate of a sum', () => {
    expect(vague('She said a new vote would cost "hundreds of thousands of dollars."')).toEqual([
      ['hundreds of thousands of dollars', null, 'total', 'estimate'],
    ]);
  });
  test('counts of people stay counts', () => {
    expect(vague('Millions of people lost power and tens of thousands of voters waited.')).toEqual([]);
  });
});

/** What the rules do not read yet; each asserts today's value, so a change shows up here. */
describe("money roles: known gaps (today's value)", () => {
  test('"by 2030" does not give a span in years (years stays null)', () => {
    const { figure } = figureOf(['The utility will spend $8 billion by 2030.'], '$8 billion');
    expect([figure.period, figure.years]).toEqual(['total', null]);
  });
  test('a payment whose price was named elsewhere ("took their $35") reads as a sum, not a price', () => {
    const { figure } = figureOf(['The clerk took their $35 and handed them the form.'], '$35');
    expect([figure.period, figure.role]).toEqual(['total', 'total']);
  });
  test('a loss "in 2020" per household is not read as yearly', () => {
    const { figure } = figureOf(['The tariffs mean a loss of $490 per household in 2020.'], '$490');
    expect([figure.period, figure.role]).toEqual([null, 'per-unit']);
  });
});
