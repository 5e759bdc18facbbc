// A value's hedge or bound as its outlet printed it ("nearly $2 billion") stays in the variant, the
// conflict sentence and the chart labels (issue #11): invented paragraphs through the real extract
// and compare stages.
import { describe, expect, it } from 'vitest';
import { printed, printedWithConversion } from '../../src/lib/figure-forms.ts';
import { FigureVariantSchema } from '../../src/lib/model.ts';
import { withQualifier } from '../../src/lib/money.ts';
import { qualifierOf } from '../../src/pipeline/compare/figures/precision.ts';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';
import { article } from '../fixtures/compare/articles.ts';

function sharedMoney(...outlets: [string, string][]) {
  const articles = outlets.map(([outlet, paragraph]) =>
    article({
      id: outlet.toLowerCase().replace(/\W+/g, '-'),
      outlet,
      paragraphs: [paragraph],
      figures: extractFigures([paragraph]),
    }),
  );
  const groups = groupFigures(articles).filter(
    (g) => g.kind === 'money' && new Set(g.members.map((m) => m.article)).size > 1,
  );
  return groups;
}

const at = (paragraph: string, figure: string) => {
  const start = paragraph.indexOf(figure);
  return qualifierOf(paragraph, { start, end: start + figure.length });
};

describe('qualifierOf reads the hedge or bound words printed with a figure', () => {
  it('before and after the number, as the comparison reads them', () => {
    expect(at('The port operator paid nearly $2 billion.', '$2 billion')).toBe('nearly');
    expect(at('It paid More  than $2bn for it.', '$2bn')).toBe('more than');
    expect(at('A fine of up to €8bn looms.', '€8bn')).toBe('up to');
    expect(at('A $5bn-plus deal was signed.', '$5bn')).toBe('-plus');
    expect(at('It cost $5bn or more to build.', '$5bn')).toBe('or more');
    expect(at('It paid $2 billion for it.', '$2 billion')).toBeNull();
    // A word merely ending in a hedge is no hedge.
    expect(at('The handsome $2 billion offer.', '$2 billion')).toBeNull();
  });

  it('withQualifier puts the words where the outlet printed them', () => {
    expect(withQualifier('$2bn', 'nearly')).toBe('nearly $2bn');
    expect(withQualifier('$5bn', 'or more')).toBe('$5bn or more');
    expect(withQualifier('$5bn', '-plus')).toBe('$5bn-plus');
    expect(withQualifier('$5bn', null)).toBe('$5bn');
  });
});

describe('a variant keeps the qualifier its outlet printed', () => {
  const groups = sharedMoney(
    ['Gulf Herald', 'The port operator agreed to pay nearly $2 billion for the terminal, the company said.'],
    ['Harbour Times', 'The port operator agreed to pay $2.3 billion for the terminal, the company said.'],
  );

  it('stores it, and every label shows it', () => {
    expect(groups).toHaveLength(1);
    const group = groups[0]!;
    const hedged = group.variants.find((v) => v.outlets.includes('Gulf Herald'))!;
    const bare = group.variants.find((v) => v.outlets.includes('Harbour Times'))!;
    expect(hedged.qualifier).toBe('nearly');
    expect(bare.qualifier).toBeNull();
    expect(printed(hedged)).toBe('nearly $2bn');
    // The pipeline's conflict sentence and the site's.
    expect(group.conflict).toMatch(/^Nearly \$2bn \(Gulf Herald\)/);
    expect(group.conflict).toMatch(/(?<!nearly )\$2\.3bn \(Harbour Times\)/);
    expect(group.sentences.conflict).toMatch(/^Nearly \$2bn \(Gulf Herald\)/);
  });

  it('the chart bar label (printedWithConversion, as groupBars uses it) shows it', () => {
    const group = groups[0]!;
    const hedged = group.variants.find((v) => v.outlets.includes('Gulf Herald'))!;
    expect(printedWithConversion(hedged, group.currency)).toBe('nearly $2bn');
  });

  it('an older story.json without the field still loads, as printed bare', () => {
    const old = { ...groups[0]!.variants[0]! } as Record<string, unknown>;
    delete old.qualifier;
    expect(FigureVariantSchema.parse(old).qualifier).toBeNull();
  });
});

describe('a variant shared by a hedged and a bare figure', () => {
  it('keeps only what every member prints', () => {
    const groups = sharedMoney(
      ['One', 'The city will spend about $40 million on the new bridge, officials said.'],
      ['Two', 'The city will spend $40 million on the new bridge, officials said.'],
    );
    const variant = groups[0]!.variants.find((v) => v.outlets.includes('One'))!;
    expect(variant.outlets).toEqual(['One', 'Two']);
    expect(variant.qualifier).toBeNull();
    // ...and each outlet's own form stays beside it (printedBy), so who hedged is not lost.
    expect(variant.printedBy.map((p) => [p.outlet, p.label])).toEqual([
      ['One', 'about $40m'],
      ['Two', '$40m'],
    ]);
  });
});

describe('the sentences the figures page shows are worded by the pipeline', () => {
  it('stores the rounding sentence with each outlet’s form, and nothing for a conflict', () => {
    const groups = sharedMoney(
      ['One', 'The regulator fined the bank $1.84 billion over the laundering scheme on Monday.'],
      ['Two', 'The regulator fined the bank $1.8 billion over the laundering scheme on Monday.'],
    );
    expect(groups[0]!.sentences).toEqual({
      title: 'Fine: $1.84bn',
      conflict: null,
      rounding: 'Only rounding: $1.84bn (One), $1.8bn (Two).',
      conversions: null,
      takeaway: '2 outlets report the fine; the differences are only rounding.',
      rates: [],
      uncharted: null,
      description: 'Bar chart, Fine: $1.84bn, in USD. One: $1.84bn; Two: $1.8bn.',
      periods: [
        { outlet: 'One', period: 'total' },
        { outlet: 'Two', period: 'total' },
      ],
    });
  });
});
