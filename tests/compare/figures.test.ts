import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  groupFigures,
  roundingRelation,
  writtenStep,
} from '../../src/pipeline/compare/figures.ts';
import { article, count, money, sampleStory } from '../fixtures/compare/articles.ts';

describe('groupFigures on the sample story', () => {
  const groups = groupFigures(sampleStory());
  const byId = new Map(groups.map((g) => [g.id, g]));

  it('puts stated conversions in their original figure group, not in a group of their own', () => {
    const eur = byId.get('f-eur-100bn-over-5-years')!;
    expect(eur).toBeDefined();
    expect(eur.members).toEqual([
      { article: 'mayadeen', figure: 1 },
      { article: 'mayadeen', figure: 2 },
      { article: 'voi', figure: 1 },
      { article: 'voi', figure: 2 },
      { article: 'dpa', figure: 0 },
    ]);
    expect(groups.some((g) => g.currency === 'USD' && g.amount === 107e9)).toBe(false);
    expect(eur.conflict).toBeNull();
    expect(eur.rounding).toBeNull();
  });

  it('labels and computes per-year values', () => {
    const eur = byId.get('f-eur-100bn-over-5-years')!;
    expect(eur.label).toBe('€100bn over 5 years');
    expect(eur.perYear).toBe(20e9);
    expect(byId.get('f-count-32-members')!.label).toBe('32 members');
    expect(byId.get('f-count-32-members')!.members).toHaveLength(2);
  });

  it('flags €40bn vs $40bn as a conflict naming outlets and values', () => {
    const annual = groups.find((g) => g.period === 'annual')!;
    expect(annual.members).toHaveLength(2);
    expect(annual.perYear).toBe(40e9);
    expect(annual.conflict).toMatch(/€40bn a year \(ukrainian-outlet\)/);
    expect(annual.conflict).toMatch(/\$40bn a year \(News blog\)/);
    expect(annual.conflict).toMatch(/different currencies/);
    expect(annual.rounding).toBeNull();
  });

  it('is stable', () => {
    expect(groupFigures(sampleStory())).toEqual(groups);
  });
});

describe('groupFigures: rounding vs conflict', () => {
  const story = (a: ReturnType<typeof money>, b: ReturnType<typeof money>) => [
    article({ id: 'one', outlet: 'Outlet One', figures: [a] }),
    article({ id: 'two', outlet: 'Outlet Two', figures: [b] }),
  ];

  it('1.375bn vs 1.4bn is rounding', () => {
    const [group, ...rest] = groupFigures(
      story(money('$1.375 billion', 1.375e9, 'USD'), money('$1.4bn', 1.4e9, 'USD')),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toBeNull();
    expect(group!.rounding).toMatch(/\$1\.375bn \(Outlet One\).*\$1\.4bn \(Outlet Two\)/);
  });

  it('$3.5bn vs $3.6bn is a conflict', () => {
    const [group, ...rest] = groupFigures(
      story(money('$3.5 billion', 3.5e9, 'USD'), money('$3.6 billion', 3.6e9, 'USD')),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toMatch(/\$3\.5bn \(Outlet One\) vs \$3\.6bn \(Outlet Two\)/);
    expect(group!.rounding).toBeNull();
  });

  it('€40bn vs $40bn is a conflict even with no rate stated anywhere', () => {
    const [group, ...rest] = groupFigures(
      story(
        money('40 billion euros', 40e9, 'EUR', { period: 'annual' }),
        money('$40 billion', 40e9, 'USD', { period: 'annual' }),
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toMatch(/€40bn a year \(Outlet One\) vs \$40bn a year \(Outlet Two\)/);
  });

  it('an independent report matching a stated conversion agrees', () => {
    const articles = [
      article({
        id: 'one',
        outlet: 'One',
        figures: [
          money('100 billion euros', 100e9, 'EUR'),
          money('$107 billion', 107e9, 'USD', { conversionOf: 0 }),
        ],
      }),
      article({ id: 'two', outlet: 'Two', figures: [money('$107bn', 107e9, 'USD')] }),
      article({ id: 'three', outlet: 'Three', figures: [money('€100bn', 100e9, 'EUR')] }),
    ];
    const groups = groupFigures(articles);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toHaveLength(4);
    expect(groups[0]!.conflict).toBeNull();
    expect(groups[0]!.currency).toBe('EUR');
  });

  it('different spans are different figures', () => {
    const groups = groupFigures(
      story(
        money('€100bn', 100e9, 'EUR', { period: 'total', years: 5 }),
        money('€100bn', 100e9, 'EUR', { period: 'total', years: 4 }),
      ),
    );
    expect(groups).toHaveLength(2);
  });

  it('unrelated amounts and kinds stay apart', () => {
    const articles = [
      article({
        id: 'one',
        figures: [money('$60 billion', 60e9, 'USD'), count('six months', 6, 'months', { kind: 'duration' })],
      }),
      article({
        id: 'two',
        figures: [money('$40 billion', 40e9, 'USD'), count('6 months', 6, 'months', { kind: 'duration' })],
      }),
    ];
    const groups = groupFigures(articles);
    expect(groups.map((g) => g.label).sort()).toEqual(['$40bn', '$60bn', '6 months']);
  });
});

describe('figure helpers', () => {
  it('reads the written precision', () => {
    expect(writtenStep({ text: '$1.4bn', amount: 1.4e9 })).toBeCloseTo(0.1e9);
    expect(writtenStep({ text: '1.375 billion', amount: 1.375e9 })).toBeCloseTo(0.001e9);
    expect(writtenStep({ text: '32 members', amount: 32 })).toBe(1);
    expect(writtenStep({ text: '1,000-kilometer', amount: 1000 })).toBe(1000);
  });

  it('relates values', () => {
    expect(roundingRelation(1.375, 0.001, 1.4, 0.1)).toBe('rounding');
    expect(roundingRelation(3.5, 0.1, 3.6, 0.1)).toBe('conflict');
    expect(roundingRelation(36, 1, 40, 10)).toBe('rounding');
    expect(roundingRelation(35, 1, 40, 10)).toBe('conflict');
  });

  it('formats money', () => {
    expect(formatMoney(100e9, 'EUR')).toBe('€100bn');
    expect(formatMoney(2.5e6, 'GBP')).toBe('£2.5m');
    expect(formatMoney(1.2e12, 'CHF')).toBe('CHF 1.2tn');
  });
});
