import { describe, expect, it } from 'vitest';
import { StoryAnalysisSchema } from '../../src/lib/model.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import { findEntities } from '../../src/pipeline/compare/entities.ts';
import { labelledNames } from '../../src/pipeline/compare/entity-merge.ts';
import { namingChoices } from '../../src/pipeline/compare/naming.ts';
import { attributionVerbs } from '../../src/pipeline/compare/outlets.ts';
import { loadedVerb } from '../../src/pipeline/compare/verbs.ts';
import { article, quote, sampleStory } from '../fixtures/compare/articles.ts';

describe('compare: the whole analysis', () => {
  const analysis = compare(sampleStory());

  it('matches the schema and is deterministic', () => {
    expect(() => StoryAnalysisSchema.parse(analysis)).not.toThrow();
    expect(compare(sampleStory())).toEqual(analysis);
  });

  it('has one profile per article, with outlet fallback, lede, agencies and translation flag', () => {
    expect(analysis.outlets.map((o) => o.outlet)).toEqual([
      'Al Mayadeen English',
      'VOI',
      'dpa',
      'ukrainian-outlet',
      'News blog',
    ]);
    const voi = analysis.outlets[1]!;
    expect(voi.machineTranslated).toBe(true);
    expect(voi.agencies).toEqual(['Reuters']);
    expect(voi.lede).toMatch(/^JAKARTA/);
    expect(voi.wordCount).toBeGreaterThan(60);
  });

  it('never lists an outlet as citing itself (its own name or the agency it is)', () => {
    const body = ['The council met on Tuesday and agreed the plan, officials said.'];
    const profiles = compare([
      article({ id: 'a', outlet: 'dpa', paragraphs: body, agencies: ['AP', 'dpa'] }),
      article({ id: 'b', outlet: 'The Associated Press', paragraphs: body, agencies: ['AP', 'Reuters'] }),
      article({ id: 'c', outlet: 'Australian Associated Press', paragraphs: body, agencies: ['AP', 'AAP'] }),
      article({ id: 'd', outlet: 'Guardian', paragraphs: body, agencies: ['The Guardian', 'AFP'] }),
    ]).outlets;
    expect(profiles.map((p) => p.agencies)).toEqual([['AP'], ['Reuters'], ['AP'], ['AFP']]);
    expect(analysis.outlets.find((o) => o.outlet === 'dpa')!.agencies).toEqual([]);
  });

  it('builds the coverage matrix: each article reports known groups, in the story order', () => {
    const figureOrder = analysis.figureGroups.map((g) => g.id);
    const quoteOrder = analysis.quoteGroups.map((g) => g.id);
    for (const profile of analysis.outlets) {
      const fig = profile.reports.figureGroups.map((id) => figureOrder.indexOf(id));
      const quote = profile.reports.quoteGroups.map((id) => quoteOrder.indexOf(id));
      expect(fig.every((i) => i >= 0) && quote.every((i) => i >= 0)).toBe(true);
      expect(fig).toEqual([...fig].sort((a, b) => a - b));
      expect(quote).toEqual([...quote].sort((a, b) => a - b));
      // A group is reported by exactly the articles among its members.
      for (const group of analysis.figureGroups)
        expect(profile.reports.figureGroups.includes(group.id)).toBe(
          group.members.some((m) => m.article === profile.article),
        );
    }
    const dpa = analysis.outlets.find((o) => o.article === 'dpa')!;
    expect(dpa.reports.figureGroups).toEqual(['f-eur-100bn-over-5-years']);
    expect(figureOrder).toContain('f-count-32-members'); // reported by others, omitted by dpa
    const blog = analysis.outlets.find((o) => o.article === 'blog')!;
    expect(blog.reports.quoteGroups).toEqual([]);
    expect(analysis.entities.map((e) => e.name)).toContain('Zelensky');
    expect(blog.reports.entities).not.toContain('Zelensky');
    expect(blog.reports.entities).toContain('Jens Stoltenberg');
  });

  it('counts attribution verbs of direct quotes only, and marks loaded ones', () => {
    const mayadeen = analysis.outlets[0]!;
    const direct = (id: string) => analysis.outlets.find((o) => o.article === id)!.verbs;
    // Every count is a direct (non-scare) quote's verb: no more verbs than quotes.
    for (const outlet of analysis.outlets) {
      const quotes = outlet.speakers.reduce((n, s) => n + s.count, 0);
      const verbs = Object.values(outlet.verbs).reduce((n, c) => n + c, 0);
      expect(verbs).toBeLessThanOrEqual(quotes + 1);
    }
    expect(Object.keys(mayadeen.verbs)).toContain('said');
    for (const outlet of analysis.outlets) {
      for (const [verb, why] of Object.entries(outlet.loadedVerbs)) {
        expect(direct(outlet.article)[verb]).toBeGreaterThan(0);
        expect(why).toBe(loadedVerb(verb));
      }
    }
    expect(loadedVerb('claimed')).toMatch(/doubt/);
    expect(loadedVerb('said')).toBeNull();
    // Indirect speech in the text is not counted; a scare quote's verb is not either.
    const states = article({
      id: 'x',
      paragraphs: ['The United States sent aid.', 'He insisted the aid was late.'],
      quotes: [
        quote('x y z', 'A B', { verb: 'insisted' }),
        quote('late', null, { verb: 'said', scare: true }),
      ],
    });
    expect(attributionVerbs(states)).toEqual({ insisted: 1 });
  });

  it('reports naming choices: Kiev vs Kyiv, never case variants (Nato/NATO, Ramstein group/Group)', () => {
    const naming = (id: string) => analysis.outlets.find((o) => o.article === id)!.naming;
    expect(naming('mayadeen')).toContainEqual({ concept: 'Kyiv', variant: 'Kiev', count: 3 });
    expect(naming('voi')).toContainEqual({ concept: 'Kyiv', variant: 'Kyiv', count: 2 });
    for (const outlet of analysis.outlets) {
      expect(outlet.naming.some((n) => n.concept === 'NATO' || n.concept === 'Ramstein group')).toBe(false);
    }
    // Surname vs full name is not a naming choice.
    expect(naming('mayadeen').some((n) => n.variant === 'Stoltenberg')).toBe(false);
  });

  it('summarises each outlet in clauses that each rest on a paragraph', () => {
    for (const outlet of analysis.outlets) {
      expect(outlet.summary.length).toBeGreaterThan(0);
      for (const clause of outlet.summary) expect(clause.paragraph).toBeGreaterThanOrEqual(0);
    }
    const mayadeen = analysis.outlets[0]!;
    expect(mayadeen.summary.map((c) => c.text).join('; ')).toMatch(/Kiev/);
  });

  it("detects spelling variants of the story's own names without the table", () => {
    const articles = [
      article({
        id: 'a',
        paragraphs: [
          'Shelling hit Odessa again. Officials in Odessa said the port was closed. Mr. Zorbenko spoke.',
        ],
      }),
      article({
        id: 'b',
        paragraphs: ['Shelling hit Odesa again. Officials in Odesa said the port was closed.'],
      }),
    ];
    const entities = findEntities(articles);
    // One entity for both spellings (a tie: named by the alphabetically first spelling).
    expect(entities.entities.filter((e) => /^Odess?a$/.test(e.name)).map((e) => e.name)).toEqual(['Odesa']);
    const naming = namingChoices(articles, entities.spellings);
    expect(naming[0]).toEqual([{ concept: 'Odesa', variant: 'Odessa', count: 2 }]);
    expect(naming[1]).toEqual([{ concept: 'Odesa', variant: 'Odesa', count: 2 }]);
  });

  it('a capitalised word that folding splits in two ("Ⰰﹴ") does not throw off where names start', () => {
    // Found by the pipeline fuzz test: U+FE74 folds to a space and a mark, and every name start after it
    // pointed one place too far, past the article's last paragraph.
    const articles = [
      article({
        id: 'a',
        paragraphs: ['ⰀﹴNorth officials in Odessa said the port was closed.', 'Odessa is calm.'],
      }),
      article({ id: 'b', paragraphs: ['Officials in Odesa said the port was closed. Odesa is calm.'] }),
    ];
    const naming = namingChoices(articles, findEntities(articles).spellings);
    expect(naming[0]).toEqual([{ concept: 'Odesa', variant: 'Odessa', count: 2 }]);
  });
});

describe('entities', () => {
  const { entities } = findEntities(sampleStory());
  const names = entities.map((e) => e.name);

  it('merges surnames into full names and titles out of names', () => {
    const stoltenberg = entities.find((e) => e.name === 'Jens Stoltenberg')!;
    expect(stoltenberg.kind).toBe('person');
    expect(stoltenberg.articles).toEqual(['mayadeen', 'voi', 'dpa', 'ukrainian', 'blog']);
    expect(names).not.toContain('Stoltenberg');
    expect(names).not.toContain('Mr');
    expect(names.some((n) => /Secretary|President|Chief/.test(n))).toBe(false);
  });

  it('finds acronyms and merges case variants', () => {
    const nato = entities.find((e) => e.name === 'NATO')!;
    expect(nato.kind).toBe('organisation');
    expect(names).not.toContain('Nato');
  });

  it('keeps only meaningful entities, most mentioned first, no sentence-initial words', () => {
    expect(names.slice(0, 2).sort()).toEqual(['Jens Stoltenberg', 'NATO']);
    expect(names).not.toContain('Washington'); // one mention in one article
    expect(names).not.toContain('Diplomats');
    expect(names).not.toContain('He');
    expect(entities.find((e) => e.name === 'Kyiv' || e.name === 'Kiev')?.kind).toBe('place');
  });
});

describe('entities: a page label glued to a name', () => {
  // Invented text: a column heading ("Morning Wire") left before two unrelated headlines.
  const story = [
    article({
      id: 'a',
      paragraphs: [
        'Lawmakers met on Monday. Senator Velkova said the vote would pass.',
        'Read more: Morning Wire Velkova allies press for a quick vote',
        'Also: Morning Wire Harbour Board Plans stall again',
        'Velkova told reporters the hospital plan was ready, and Mount Cedar Hospital agreed.',
      ],
    }),
    article({ id: 'b', paragraphs: ['Velkova spoke after the vote, and Velkova thanked voters.'] }),
  ];
  const { entities, spellings } = findEntities(story);

  it('is no entity: the name after it is counted as itself', () => {
    const names = entities.map((e) => e.name);
    expect(names).toContain('Velkova');
    expect(names.some((n) => n.startsWith('Morning Wire'))).toBe(false);
    expect(spellings.get('Velkova')?.get('Morning Wire Velkova')).toBe(1);
  });

  it('but a shared start whose rest is a common noun or no name stays a name', () => {
    expect(
      labelledNames(
        new Map([
          ['Mount Cedar Hospital', 1],
          ['Mount Cedar Clinic', 1],
          ['Hospital', 1],
        ]),
        new Set(['hospital']),
      ),
    ).toEqual(new Map());
    expect(
      labelledNames(
        new Map([
          ['Major Cup Final', 1],
          ['Major Cup Series', 1],
        ]),
        new Set(),
      ),
    ).toEqual(new Map());
    expect(
      labelledNames(
        new Map([
          ['Grand Hall Lodge', 1],
          ['Grand Hall Inn', 1],
          ['Grand Hall', 1],
          ['Lodge', 1],
        ]),
        new Set(),
      ),
    ).toEqual(new Map());
  });
});
