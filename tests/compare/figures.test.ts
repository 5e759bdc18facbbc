import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/lib/money.ts';
import { groupFigures, roundingRelation, writtenStep } from '../../src/pipeline/compare/figures.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';
import { article, count, money as moneyFigure, sampleStory } from '../fixtures/compare/articles.ts';

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

  it('€40bn vs $40bn with nothing but the number in common (in this fixture) stay apart (no invented conflict)', () => {
    // "We are talking about 40 billion euros annually" and "the annual equipment value is
    // approximately $40 billion" share no word that says they are one sum.
    const annual = groups.filter((g) => g.period === 'annual');
    expect(annual.map((g) => g.members.length)).toEqual([1, 1]);
    expect(annual.every((g) => g.conflict === null)).toBe(true);
  });

  it('is stable', () => {
    expect(groupFigures(sampleStory())).toEqual(groups);
  });
});

describe('groupFigures: rounding vs conflict', () => {
  /** Two outlets, one invented sentence each, through the real extract stage. */
  const pair = (one: string, two: string) =>
    groupFigures(story(['Outlet One', [one]], ['Outlet Two', [two]]));

  it('1.375bn vs 1.4bn is rounding', () => {
    const [group, ...rest] = money(
      pair(
        'The carmaker paid $1.375 billion to settle the emissions lawsuit.',
        'The carmaker paid $1.4bn to settle the emissions lawsuit.',
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toBeNull();
    expect(group!.rounding).toMatch(/\$1\.375bn \(Outlet One\).*\$1\.4bn \(Outlet Two\)/);
  });

  describe('one face value in two currencies (€40bn vs $40bn)', () => {
    // The figure's own sentence names the sum by what came before it; the paragraphs say what it is.
    const euros =
      'The allies want to keep support for the fleet at the level reached since the harbour strike began. We are talking about 40 billion euros annually.';
    const dollars =
      'The ministers hope to keep paying for the fleet at the same level as since the harbour strike. The annual figure is approximately $40 billion.';

    it('is a conflict when the two paragraphs say it is the same sum', () => {
      const [group, ...rest] = money(pair(euros, dollars));
      expect(rest).toHaveLength(0);
      expect(group!.conflict).toMatch(
        /About €40bn a year \(Outlet One\) vs approximately \$40bn a year \(Outlet Two\).*different currencies/,
      );
    });

    it('stays apart when the paragraphs share no words, the periods differ or the value is round', () => {
      const unrelated = 'Shipyards in the south expect orders worth $40 billion a year from airlines.';
      expect(money(pair(euros, unrelated))).toHaveLength(2);
      const once = dollars.replace('The annual figure is', 'The one-off bill is');
      expect(money(pair(euros, once)).every((g) => g.conflict === null)).toBe(true);
      const round = (text: string) =>
        text.replace('40 billion', '1 billion').replace('$40 billion', '$1 billion');
      expect(money(pair(round(euros), round(dollars)))).toHaveLength(2);
    });
  });

  it('$3.5bn vs $3.6bn of the same quantity is a conflict', () => {
    const [group, ...rest] = money(
      pair(
        'The airline reported a loss of $3.5 billion for the pandemic quarter.',
        'The airline reported a loss of $3.6 billion for the pandemic quarter.',
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toMatch(/\$3\.5bn \(Outlet One\) vs \$3\.6bn \(Outlet Two\)/);
    expect(group!.rounding).toBeNull();
  });

  it('$3.5bn vs $3.6bn that say nothing of what they measure stay apart (no conflict is invented)', () => {
    const groups = money(pair('It came to $3.5 billion.', 'That was $3.6 billion.'));
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => g.conflict === null)).toBe(true);
  });

  it('the same value for different things stays apart: nothing but the number says they are one', () => {
    const groups = money(
      pair(
        'The strike cost the carmaker $1.5 billion in lost output.',
        'Separately, the city approved a $1.5 billion stadium bond.',
      ),
    );
    expect(groups).toHaveLength(2);
  });

  it('an owner or a year says two fines are different sums ("Apple\'s" vs "Google\'s")', () => {
    const owners = money(
      pair(
        "Regulators said Apple's $1.8 billion fine for music streaming was upheld.",
        "Regulators said Google's $1.8 billion fine for music streaming was upheld.",
      ),
    );
    expect(owners).toHaveLength(2);
    const years = money(
      pair(
        'The agency spent $4.2 billion on the programme in 2019.',
        'The agency spent $4.2 billion on the programme in 2021.',
      ),
    );
    expect(years).toHaveLength(2);
  });

  it('a round unnamed sum does not join a named one of the same value ("$1bn in aid" vs "a billion dollars")', () => {
    const groups = money(pair('Congress approved $1 billion in aid.', 'It may cost a billion dollars.'));
    expect(groups).toHaveLength(2);
  });

  it('two round sums need two signs to join; distinctive ones one', () => {
    const round = money(
      pair('Officials announced $100 million for schools.', 'Officials announced $100m for hospitals.'),
    );
    expect(round).toHaveLength(2);
    const roundSameThing = money(
      pair(
        'The county set aside $100 million for flood barriers along the river.',
        'The county set aside $100m for flood barriers.',
      ),
    );
    expect(roundSameThing).toHaveLength(1);
    const distinctive = money(
      pair('GM pledged $8.3 billion for its plants.', 'GM promised to invest $8.3bn in its plants.'),
    );
    expect(distinctive).toHaveLength(1);
  });

  it('€40bn vs $40bn is a conflict even with no rate stated anywhere', () => {
    const [group, ...rest] = money(
      pair(
        'NATO allies pledged 40 billion euros a year in military aid for Ukraine.',
        'NATO allies pledged $40 billion a year in military aid for Ukraine.',
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toMatch(/€40bn a year \(Outlet One\) vs \$40bn a year \(Outlet Two\)/);
  });

  it('an independent report matching a stated conversion agrees', () => {
    const groups = money(
      groupFigures(
        story(
          ['One', ['The recovery fund is worth 100 billion euros ($107 billion).']],
          ['Two', ['The recovery fund is worth $107bn.']],
          ['Three', ['The recovery fund is worth €100bn.']],
        ),
      ),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toHaveLength(4);
    expect(groups[0]!.conflict).toBeNull();
    expect(groups[0]!.currency).toBe('EUR');
  });

  it('different spans are different figures', () => {
    const groups = groupFigures([
      article({
        id: 'one',
        figures: [moneyFigure('€100bn', 100e9, 'EUR', { period: 'total', years: 5, quantity: 'aid' })],
      }),
      article({
        id: 'two',
        figures: [moneyFigure('€100bn', 100e9, 'EUR', { period: 'total', years: 4, quantity: 'aid' })],
      }),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('unrelated amounts and kinds stay apart', () => {
    const articles = [
      article({
        id: 'one',
        figures: [
          moneyFigure('$60 billion', 60e9, 'USD'),
          count('six months', 6, 'months', { kind: 'duration' }),
        ],
      }),
      article({
        id: 'two',
        figures: [
          moneyFigure('$40 billion', 40e9, 'USD'),
          count('6 months', 6, 'months', { kind: 'duration' }),
        ],
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
    // Intl keeps a code and its number together with a no-break space.
    expect(formatMoney(1.2e12, 'CHF')).toBe('CHF\u00a01.2tn');
    expect(formatMoney(1e11, 'CNY')).toBe('CN¥100bn');
    expect(formatMoney(1.375e9, 'USD', { decimals: 3 })).toBe('$1.375bn');
  });
});

/** Articles through the real extract stage: invented paragraphs in the shapes. */
function story(...outlets: [string, string[]][]) {
  return outlets.map(([outlet, paragraphs]) =>
    article({
      id: outlet.toLowerCase().replace(/\W+/g, '-'),
      outlet,
      paragraphs,
      figures: extractFigures(paragraphs),
    }),
  );
}
const money = (groups: ReturnType<typeof groupFigures>) => groups.filter((g) => g.kind === 'money');

describe('groupFigures: what each figure is of', () => {
  it('one fine reported four ways is one quantity, with no invented conflict', () => {
    const groups = money(
      groupFigures(
        story(
          ['Wire', ['The European Commission fined Google €1.84 billion on Tuesday.']],
          [
            'Daily',
            ['The penalty consists of a basic amount of €40 million and a lump sum of €1.8 billion.'],
          ],
          [
            'Courier',
            [
              'Brussels fined the company €1.8 billion ($1.95 billion) for abusing its dominance.',
              'The $1.95 billion fine is the largest of its kind.',
            ],
          ],
          ['Gazette', ['Regulators fined Google £1.6 billion.']],
        ),
      ),
    );
    expect(groups.every((g) => g.conflict === null)).toBe(true);
    expect(groups.flatMap((g) => g.variants).every((v) => v.relation !== 'conflict')).toBe(true);
    const fine = groups.find((g) => g.amount === 1.84e9)!;
    expect(fine.quantity).toBe('fine');
    expect(fine.variants.map((v) => [v.text, v.relation])).toEqual([
      ['€1.84 billion', 'same'],
      ['€1.8 billion', 'rounding'],
      ['$1.95 billion', 'conversion'],
    ]);
    // The Courier's own later "$1.95 billion" is its restatement, converted with its own rate.
    expect(fine.members.filter((m) => m.article === 'courier')).toHaveLength(3);
    // A lump sum is not the fine; the pound figure has no stated rate and stays on its own.
    expect(groups.find((g) => g.quantity === 'lump sum')?.members).toHaveLength(1);
    expect(groups.find((g) => g.currency === 'GBP')?.members).toHaveLength(1);
  });

  it("a round value repeated with no noun does not carry an unrelated sum into another outlet's group", () => {
    const articles = story(
      [
        'One',
        [
          'The council paid $1 million to settle the flooding lawsuit.',
          'Separately, the mayor said volunteers raised $1 million for the library roof.',
        ],
      ],
      ['Two', ['Donors and volunteers raised $1 million for the library roof, the mayor said.']],
    );
    // Extraction links the second "$1 million" to the first (same value, no noun on either side)…
    expect(articles[0]!.figures[1]!.restatementOf).toBe(0);
    // …but the link is not sure enough to pull the settlement in with the roof money.
    const groups = money(groupFigures(articles));
    const roof = groups.find((g) => g.members.some((m) => m.article === 'two'))!;
    expect(roof.members).toEqual([
      { article: 'one', figure: 1 },
      { article: 'two', figure: 0 },
    ]);
  });

  it('$20bn vs $23bn and $63bn vs $65bn for one quantity are conflicts, not rounding', () => {
    for (const [x, y] of [
      ['$20 billion', '$23 billion'],
      ['$63 billion', '$65 billion'],
    ] as const) {
      const [group, ...rest] = money(
        groupFigures(
          story(
            ['One', [`Congress approved ${x} in aid for the region.`]],
            ['Two', [`Congress approved ${y} in aid.`]],
          ),
        ),
      );
      expect(rest).toHaveLength(0);
      expect(group!.members).toHaveLength(2);
      expect(group!.variants[1]!.relation).toBe('conflict');
      expect(group!.conflict).toMatch(new RegExp(`\\(One\\) vs .*\\(Two\\)`));
    }
  });

  it('two values in one article are two quantities, never a conflict', () => {
    const groups = money(
      groupFigures(
        story(
          ['One', ['The agency spent $12 billion on roads and requested $12.6 billion for next year.']],
          ['Two', ['The agency spent $12 billion on roads.']],
        ),
      ),
    );
    expect(groups.every((g) => g.conflict === null)).toBe(true);
    expect(groups.find((g) => g.amount === 12e9)!.members).toHaveLength(2);
  });

  it('a part never conflicts with its total', () => {
    const groups = money(
      groupFigures(
        story(
          ['One', ['The $95 billion foreign aid bill, including $61 billion for Ukraine, was signed.']],
          ['Two', ['The $95 billion bill was signed on Wednesday.']],
          ['Three', ['The bill holds $60 billion for Ukraine.']],
        ),
      ),
    );
    expect(groups.every((g) => g.conflict === null)).toBe(true);
    const total = groups.find((g) => g.amount === 95e9)!;
    expect(total.members).toHaveLength(2);
    expect(total.variants).toHaveLength(1);
  });

  it('stores the rates the articles state, preferring an outlet’s own', () => {
    const articles = story(
      ['One', ['The EU recovery fund is worth €100 billion ($107 billion).']],
      ['Two', ['The EU recovery fund is worth €100 billion ($110 billion).', 'It is a $110 billion fund.']],
    );
    const group = money(groupFigures(articles)).find((g) => g.amount === 100e9)!;
    expect(group.conflict).toBeNull();
    expect(group.variants.filter((v) => v.relation === 'conversion').map((v) => v.outlets)).toEqual([
      ['One'],
      ['Two'],
    ]);
  });

  it('a hyphen is spelling: "fund-raiser" and "fundraiser" are one word of evidence', () => {
    // A round value needs two shared words the story does not use everywhere: Miami and fundraiser.
    const groups = money(
      groupFigures(
        story(
          ['One', ['The banker held a $100,000 fund-raiser for the senator in Miami.']],
          ['Two', ['The closed-door fundraiser in Miami brought in $100,000.']],
        ),
      ),
    );
    expect(groups.map((g) => g.members.length)).toEqual([2]);
  });
});
