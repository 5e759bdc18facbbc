/**
 * The site's view-model helpers (src/site/): pure shaping of story.json for display.
 */
import { describe, expect, it } from 'vitest';
import {
  blankArticle,
  blankFigure,
  type Article,
  type Figure,
  type QuoteGroup,
  type StoryData,
} from '../../src/lib/model.ts';
import { formatMoney, spokenMoney } from '../../src/lib/money.ts';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import { statedRates } from '../../src/pipeline/compare/rates.ts';
import { figuresCsv, quotesCsv, toCsv } from '../../src/site/csv.ts';
import { groupBars, groupChart, isCharted } from '../../src/site/figures.ts';
import { dateRange, formatDate } from '../../src/site/format.ts';
import { paragraphWith } from '../../src/site/framing/index.ts';
import { quoteGroupView, storyView, timeline } from '../../src/site/story.ts';

const fig = (over: Partial<Figure>): Figure => blankFigure('', { end: 0, ...over });

const article = (id: string, over: Partial<Article>): Article =>
  blankArticle({
    id,
    source: `${id}.txt`,
    headline: id,
    outlet: id.toUpperCase(),
    language: 'en',
    paragraphs: ['Para one.', 'Para two with Kyiv.'],
    ...over,
  });

/** Each outlet describes the fund in its own sentence: the shared words are what make it one quantity. */
const FUND_A = 'Allies pledged a Ukraine fund of 100 billion euros ($107 billion) over five years.';
const FUND_B = 'Allies pledged a Ukraine fund of €96bn over five years.';
const at = (paragraph: string, text: string) => ({
  paragraph: 2,
  start: paragraph.indexOf(text),
  end: paragraph.indexOf(text) + text.length,
});

const a = article('a', {
  paragraphs: ['Para one.', 'Para two with Kyiv.', FUND_A],
  figures: [
    fig({
      text: '100 billion euros',
      amount: 100e9,
      currency: 'EUR',
      period: 'total',
      years: 5,
      quantity: 'fund',
      ...at(FUND_A, '100 billion euros'),
    }),
    fig({
      text: '$107 billion',
      amount: 107e9,
      currency: 'USD',
      period: 'total',
      years: 5,
      conversionOf: 0,
      ...at(FUND_A, '$107 billion'),
    }),
  ],
  quotes: [
    {
      text: 'We need more',
      speaker: 'Jens Stoltenberg',
      verb: 'said',
      paragraph: 1,
      start: 0,
      end: 12,
      partial: false,
      scare: false,
    },
  ],
});
const b = article('b', {
  paragraphs: ['Para one.', 'Para two with Kyiv.', FUND_B],
  figures: [
    fig({ text: '$40 billion', amount: 40e9, currency: 'USD', period: 'annual' }),
    fig({
      text: '€96bn',
      amount: 96e9,
      currency: 'EUR',
      period: 'total',
      years: 5,
      quantity: 'fund',
      ...at(FUND_B, '€96bn'),
    }),
  ],
  quotes: [
    {
      text: '=We need more',
      speaker: 'Jens Stoltenberg',
      verb: 'claimed',
      paragraph: 0,
      start: 0,
      end: 13,
      partial: false,
      scare: false,
    },
  ],
});
const data: StoryData = {
  slug: 's',
  title: 'S',
  summary: '',
  generatedAt: '2024-05-01T00:00:00Z',
  articles: [a, b],
  analysis: {
    quoteGroups: [
      {
        id: 'q1',
        speaker: 'Jens Stoltenberg',
        text: 'We need more',
        members: [
          { article: 'a', quote: 0, relation: 'verbatim' },
          { article: 'b', quote: 0, relation: 'verbatim' },
        ],
        diff: [
          {
            article: 'b',
            parts: [
              { value: '=', added: true, removed: false },
              { value: 'We need more', added: false, removed: false },
            ],
          },
        ],
        words: [],
      },
    ],
    // The real pipeline stage, not a hand-written group: the site only shapes what it stores.
    figureGroups: groupFigures([a, b]),
    rates: statedRates([a, b]),
    outlets: [],
    entities: [],
  },
};

describe('figures view model', () => {
  const view = storyView(data);
  const fund = data.analysis.figureGroups.find((g) => g.amount === 100e9)!;

  it('stores the rate the articles state, once, in the analysis', () => {
    expect(data.analysis.rates).toHaveLength(1);
    expect(data.analysis.rates[0]).toMatchObject({ from: 'EUR', to: 'USD', article: 'a' });
  });

  it('gives each outlet one bar labelled as it printed the value, and flags the other outlet’s value', () => {
    expect(isCharted(fund)).toBe(true);
    const bars = groupBars(view, fund);
    expect(bars.map((r) => [r.outlet, r.label, r.value, r.disputed])).toEqual([
      ['A', '€100bn', 100e9, false],
      ['B', '€96bn', 96e9, true],
    ]);
    expect(bars[0]!.alsoStated).toEqual(['$107 billion']);
    const chart = groupChart(fund, bars);
    expect(chart.currency).toBe('EUR');
    // The title is the stored one: the site words nothing itself.
    expect(chart.title).toBe(fund.sentences.title);
    expect(chart.title).toMatch(/€100bn/);
    expect(fund.sentences.description).toBe(
      `Bar chart, ${chart.title}, in EUR. A: €100bn; B (disputed): €96bn.`,
    );
    expect(chart.valueLabels.every((label) => label.includes('€'))).toBe(true);
    expect(fund.sentences.conflict).toMatch(/€100bn \(A\) vs €96bn \(B\)/);
    expect(fund.sentences.conversions).toMatch(/\$107bn \(A\)/);
  });

  it('stores each bar’s period as the data table says it', () => {
    expect(fund.sentences.periods).toEqual([
      { outlet: 'A', period: 'total over 5 years' },
      { outlet: 'B', period: 'total over 5 years' },
    ]);
    const annual = data.analysis.figureGroups.find((g) => g.period === 'annual')!;
    expect(annual.sentences.periods).toEqual([{ outlet: 'B', period: 'a year' }]);
  });

  it('a value one outlet reports is not charted', () => {
    const annual = data.analysis.figureGroups.find((g) => g.period === 'annual')!;
    expect(isCharted(annual)).toBe(false);
  });

  it('downloads carry the stored values and relations', () => {
    const csv = figuresCsv(view);
    expect(csv.split('\r\n')[0]).toContain('relation');
    expect(csv).toContain('conflict');
  });

  it('quotes download says how each version relates to its group (verbatim, excerpt, paraphrase)', () => {
    const [header = '', ...rows] = quotesCsv(view).trim().split('\r\n');
    const column = header.split(',').indexOf('relation');
    expect(column).toBeGreaterThan(0);
    const relations = new Set(rows.map((row) => row.split(',')[column]));
    const stored = new Set(
      view.data.analysis.quoteGroups.flatMap((group) => group.members.map((m) => m.relation)),
    );
    expect(relations).toEqual(stored);
    expect(stored.has('verbatim')).toBe(true);
  });

  it('writes CSV that spreadsheets cannot execute', () => {
    expect(toCsv(['x'], [['a,b'], ['say "hi"'], ['=SUM(A1)'], [null], [3]])).toBe(
      'x\r\n"a,b"\r\n"say ""hi"""\r\n\'=SUM(A1)\r\n\r\n3\r\n',
    );
    expect(quotesCsv(view)).toContain("'=We need more");
  });
});

describe('quotes and framing view model', () => {
  const view = storyView(data);
  it('pairs each version with its diff and source paragraph', () => {
    const group = quoteGroupView(view, data.analysis.quoteGroups[0]!);
    expect(group.outlets).toEqual(['A', 'B']);
    expect(group.versions.map((v) => [v.reference, v.paragraph, v.verb])).toEqual([
      [true, 1, 'said'],
      [false, 0, 'claimed'],
    ]);
    expect(group.changed).toBe(1);
  });

  it('shows another sentence of the statement as printed: no word diff, not counted as reworded', () => {
    const stored = data.analysis.quoteGroups[0]!;
    const joined = {
      ...stored,
      members: [stored.members[0]!, { ...stored.members[1]!, relation: 'sentence' as const }],
      diff: [{ article: 'b', parts: [] }],
    };
    const group = quoteGroupView(view, joined);
    expect(group.versions.map((v) => [v.relation, v.parts])).toEqual([
      ['verbatim', null],
      ['sentence', null],
    ]);
    expect(group.changed).toBe(0);
  });

  /** The stored group with two word members (a and b print 'More' / 'more.'), listed as one word. */
  const echoed = (): { data: StoryData; group: QuoteGroup } => {
    const stored = data.analysis.quoteGroups[0]!;
    const word = { text: 'more.', speaker: 'Jens Stoltenberg', verb: null, paragraph: 1, start: 0, end: 5 };
    const scare = { ...word, partial: false, scare: true };
    const story: StoryData = {
      ...data,
      articles: [
        { ...a, quotes: [...a.quotes, { ...scare, text: 'More' }] },
        { ...b, quotes: [...b.quotes, scare] },
      ],
    };
    const joined = {
      ...stored,
      members: [
        ...stored.members,
        { article: 'a', quote: 1, relation: 'word' as const },
        { article: 'b', quote: 1, relation: 'word' as const },
      ],
      diff: [...stored.diff, { article: 'a', parts: [] }, { article: 'b', parts: [] }],
      words: [{ text: 'More', members: [2, 3] }],
    };
    return { data: story, group: joined };
  };

  it('lists the stored scare-quoted words apart from the versions, each outlet with its paragraph', () => {
    const { data: story, group: joined } = echoed();
    const group = quoteGroupView(storyView(story), joined);
    expect(group.versions).toHaveLength(2);
    expect(group.outlets).toEqual(['A', 'B']);
    expect(group.changed).toBe(1);
    expect(group.words).toEqual([
      {
        text: 'More',
        sources: [
          { article: 'a', outlet: 'A', paragraph: 1 },
          { article: 'b', outlet: 'B', paragraph: 1 },
        ],
      },
    ]);
  });

  it('quotes download lists every quoted word with its relation, as the page does', () => {
    const { data: story, group } = echoed();
    const view = storyView({ ...story, analysis: { ...story.analysis, quoteGroups: [group] } });
    const [header = '', ...rows] = quotesCsv(view).trim().split('\r\n');
    const columns = header.split(',');
    const cell = (row: string, name: string) => row.split(',')[columns.indexOf(name)];
    expect(rows.map((row) => [cell(row, 'relation'), cell(row, 'article'), cell(row, 'text')])).toEqual([
      ['verbatim', 'a', 'We need more'],
      ['verbatim', 'b', "'=We need more"],
      ['word', 'a', 'More'],
      ['word', 'b', 'more.'],
    ]);
  });

  it('finds the paragraph that mentions a term, as a whole word', () => {
    expect(paragraphWith(a, 'kyiv')).toBe(1);
    expect(paragraphWith(a, 'Para')).toBe(0);
    expect(paragraphWith(a, 'ara')).toBeNull();
    // Case-insensitive beyond ASCII, and a term that is only part of a longer word is not found.
    const cyrillic = article('c', { paragraphs: ['Про Київ.', 'КИЇВ заявив'] });
    expect(paragraphWith(cyrillic, 'київ')).toBe(0);
    expect(paragraphWith(cyrillic, 'ки')).toBeNull();
  });

  it('names an article without a headline by its outlet (never an empty link)', () => {
    const untitled = storyView({
      ...data,
      articles: [article('u', { headline: '  ', outlet: 'Ukrainska Pravda' })],
    });
    expect(timeline(untitled)[0]!.headline).toBe('Untitled article from Ukrainska Pravda');
  });
});

describe('formatting', () => {
  it('formats money, dates and ranges for readers', () => {
    expect(formatMoney(100e9, 'EUR')).toBe('€100bn');
    expect(formatMoney(1.5e6, 'USD')).toBe('$1.5m');
    expect(formatMoney(2e9, 'CHF')).toBe('CHF\u00a02bn');
    expect(spokenMoney(107e9, 'USD')).toBe('107 billion US dollars');
    expect(formatDate('2024-04-30')).toBe('30 April 2024');
    expect(formatDate(null)).toBe('date not stated');
    expect(dateRange('2024-04-29', '2024-04-30')).toBe('29 April 2024 – 30 April 2024');
  });
});
