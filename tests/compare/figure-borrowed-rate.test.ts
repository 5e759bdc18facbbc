// A stated conversion converts its own article's figures first; a rate from elsewhere in the story
// is used only with its source named, and a value that comes close to another outlet's only at a
// rate some outlet states for an unrelated sum is never called "only rounding" (issue #11). Invented
// paragraphs (no corpus text) through the real extract and compare stages.
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';
import { article } from '../fixtures/compare/articles.ts';

function fineGroup(...outlets: [string, string[]][]) {
  const articles = outlets.map(([outlet, paragraphs]) =>
    article({
      id: outlet.toLowerCase().replace(/\W+/g, '-'),
      outlet,
      paragraphs,
      figures: extractFigures(paragraphs),
    }),
  );
  const groups = groupFigures(articles).filter((g) => g.kind === 'money' && g.quantity === 'fine');
  expect(groups).toHaveLength(1);
  return groups[0]!;
}

const post: [string, string[]] = [
  'Harbour Post',
  ['The maritime regulator fined the shipping group £1.6bn on Monday over the oil spill off the coast.'],
];
const wire: [string, string[]] = [
  'Wire Daily',
  ['The shipping group was fined $2.1bn by the maritime regulator over the oil spill off the coast.'],
];

describe('a rate stated for another sum', () => {
  it('converts with its source named, and the closeness is not called rounding', () => {
    const group = fineGroup(post, wire, [
      'City Ledger',
      ['The port authority will spend £40m ($52m) on new cranes this year, its chairman said.'],
    ]);
    const wireVariant = group.variants.find((v) => v.outlets.includes('Wire Daily'))!;
    expect(wireVariant.rate?.outlet).toBe('City Ledger');
    expect(group.conflict).toBeNull();
    expect(group.rounding).not.toMatch(/only rounding/u);
    expect(group.rounding).toMatch(/at the rate City Ledger states for another sum/u);
    expect(group.sentences?.rounding).toBe(
      'Close only at a rate stated for another sum, so not known to agree: £1.6bn (Harbour Post), $2.1bn (Wire Daily; ≈ £1.62bn at the rate City Ledger states for another sum).',
    );
    expect(group.sentences?.takeaway).toBe(
      '2 outlets report the fine; they are close only at an exchange rate stated for another sum.',
    );
    expect(group.sentences?.description).toBe(
      'Bar chart, Fine: £1.6bn, in GBP. Harbour Post: £1.6bn; Wire Daily: $2.1bn (≈ £1.62bn at the rate City Ledger states for another sum).',
    );
    expect(group.sentences?.rates[0]?.lead).toMatch(
      /the rate City Ledger states \(its own article gives none\)/u,
    );
  });

  it('a rate stated for the same fine by a third outlet makes the difference rounding', () => {
    const group = fineGroup(post, wire, [
      'City Ledger',
      ['The regulator fined the shipping group £1.6bn ($2.08bn) over the oil spill off the coast.'],
    ]);
    expect(group.conflict).toBeNull();
    expect(group.sentences?.rounding).toMatch(/^Only rounding: /u);
    expect(group.sentences?.rounding).not.toMatch(/another sum/u);
  });

  it("an article's own rate converts its own figure first", () => {
    const group = fineGroup(
      [
        'Harbour Post',
        ['The maritime regulator fined the shipping group £1.6bn ($2.1bn) over the oil spill off the coast.'],
      ],
      wire,
      [
        'City Ledger',
        ['The port authority will spend £40m ($60m) on new cranes this year, its chairman said.'],
      ],
    );
    const rates = group.variants.map((v) => v.rate?.outlet ?? null);
    expect(rates).not.toContain('City Ledger');
    expect(group.conflict).toBeNull();
  });
});
