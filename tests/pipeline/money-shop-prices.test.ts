/**
 * Shop-price cues added in money round 10 from audit batch 3 (bench/gold/money-audit, deal and
 * gadget pages): a struck-out or regular price beside today's is `earlier`; a seller's verb further
 * back in the clause, a store credit handed with a purchase, a price written before a retail good
 * and a deal headline's "Now $X" are `per-unit` with no period. Every sentence is invented (no
 * corpus or page text); each expectation is the label ANNOTATION.md gives. Each cue has a sentence
 * it must leave alone.
 */
import { describe, expect, test } from 'vitest';
import type { Figure } from '../../src/lib/model.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';

const money = (paragraph: string): Figure[] => extractFigures([paragraph]).filter((f) => f.kind === 'money');

function label(paragraph: string, text: string): { period: Figure['period']; role: Figure['role'] } {
  const figure = money(paragraph).find((f) => f.text === text);
  if (!figure) throw new Error(`no money figure "${text}" in "${paragraph}"`);
  return { period: figure.period, role: figure.role };
}

const PRICE = { period: null, role: 'per-unit' };
const EARLIER = { period: null, role: 'earlier' };

describe('an earlier or regular shop price beside today’s', () => {
  test.each([
    ['The Contoso blender sells for $59 (originally $89) at most stores this week.', '$89'],
    ['The desk lamp costs $30 today. Usually selling for $40, it rarely drops this low.', '$40'],
    ['The router (regular $400, now on sale for $300) covers a large flat.', '$400'],
    ['Sign up for three months for just $1. Normally you’d be paying $12 a month for the plan.', '$12'],
    ['The kettle is down to $35. Our previous mention was at $42.', '$42'],
    ['This week you can even get $250 Contoso headphones for just $120.', '$250'],
  ])('"%s": %s is the earlier price', (paragraph, text) => {
    expect(label(paragraph, text)).toEqual(EARLIER);
  });
  test('today’s price beside it stays a price', () => {
    expect(label('The router (regular $400, now on sale for $300) covers a large flat.', '$300')).toEqual(
      PRICE,
    );
  });
  test('with no price to set it against, "regularly" is no earlier price', () => {
    expect(label('The museum regularly charges $20 for entry.', '$20').role).not.toBe('earlier');
  });
  test('a government sum is never a shop’s earlier price', () => {
    expect(
      label('The ministry usually spends $40 million on roads, against $30 million this year.', '$40 million')
        .role,
    ).not.toBe('earlier');
  });
});

describe('a seller’s verb further back in the clause', () => {
  test.each([
    [
      'Rakuten offers the new Contoso X2 12.9-inch tablet with keyboard cover in space gray for $640.',
      '$640',
    ],
    ['You can upgrade to the 1TB model with the faster chip for $900.', '$900'],
    ['Holiday pricing on the Contoso smart thermostat is now live at the big online store for $149.', '$149'],
  ])('"%s": %s is a price', (paragraph, text) => {
    expect(label(paragraph, text)).toEqual(PRICE);
  });
  test('"available" data putting a figure at a sum is no price', () => {
    expect(
      label(
        'The available federal, state and local data puts the figure at about $44 million.',
        '$44 million',
      ).role,
    ).not.toBe('per-unit');
  });
});

describe('store credit handed with a purchase', () => {
  test.each([
    ['Buy the console this week and get a $50 Contoso gift card.', '$50'],
    ['Pre-order the game and Get $10 Amazon Credit', '$10'],
    ['Clip the $15 off coupon on the product page.', '$15'],
  ])('"%s": %s is worth that to each buyer', (paragraph, text) => {
    expect(label(paragraph, text)).toEqual(PRICE);
  });
  test('a bank’s credit line is a sum, not a store credit', () => {
    expect(label('The bank extended a $10 billion credit line to the utility.', '$10 billion').role).not.toBe(
      'per-unit',
    );
  });
});

describe('a price written before a retail good', () => {
  test.each([
    ['The $49 charging brick fits in a coat pocket.', '$49'],
    ['She tested the $89 Contoso MX Pro 2 wireless mouse for a month.', '$89'],
  ])('"%s": %s is the good’s price', (paragraph, text) => {
    expect(label(paragraph, text)).toEqual(PRICE);
  });
  test('a fine for a broken phone is no phone price', () => {
    expect(label('The court ordered him to pay a $500 fine for a broken phone.', '$500').role).not.toBe(
      'per-unit',
    );
  });
});

describe('deal listing lines', () => {
  test('a deal headline’s "Now $X" is a price', () => {
    expect(label('45% Off Contoso 65" 4K Smart TV, Now $549', '$549')).toEqual(PRICE);
  });
  test('a listing line ending on a struck-out price: the price now, and the earlier one', () => {
    const line = 'Contoso Smart Watch 38mm for $169.99 (Originally $200)';
    expect(label(line, '$169.99')).toEqual(PRICE);
    expect(label(line, '$200')).toEqual(EARLIER);
  });
  test('a product called "Max" is no maximum', () => {
    expect(label('Contoso Phone 11 Pro Max for $999', '$999')).toEqual(PRICE);
  });
  test('a maximum is still a limit', () => {
    expect(label('Donors can give a maximum of $2,700 to each candidate.', '$2,700').role).toBe('threshold');
  });
});
