/**
 * Money groups across outlets (compare/figures + compare/figures/evidence) on invented sentences
 * through the real extract stage: two figures are one quantity only with positive evidence, and a
 * conflict is flagged only when that evidence is strong.
 */
import { describe, expect, it } from 'vitest';
import { blankArticle, type Article } from '../../src/lib/model.ts';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import {
  commonStems,
  contradicts,
  evidence,
  readContext,
} from '../../src/pipeline/compare/figures/evidence.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';

function story(...outlets: [string, string[]][]): Article[] {
  return outlets.map(([outlet, paragraphs]) =>
    blankArticle({
      id: outlet.toLowerCase().replace(/\W+/g, '-'),
      source: `${outlet}.txt`,
      outlet,
      language: 'en',
      paragraphs,
      figures: extractFigures(paragraphs),
    }),
  );
}
const moneyGroups = (articles: Article[]) => groupFigures(articles).filter((g) => g.kind === 'money');

/** The context of the first money figure of a sentence. */
function contextOf(sentence: string) {
  const fig = extractFigures([sentence]).find((f) => f.kind === 'money')!;
  return readContext(sentence, fig);
}

describe('evidence between two money figures', () => {
  it('reads the quantity key, the nearby content words, years, owners and purpose', () => {
    const context = contextOf("In 2018 regulators upheld Google's $1.8 billion fine for search ads.");
    expect(context.quantity).toBe('fine');
    expect(context.years).toEqual(new Set(['2018']));
    expect(context.owners).toEqual(new Set(['google']));
    expect(context.purpose).toEqual(new Set(['searc']));
    expect(context.stems.has('regul')).toBe(true);
  });

  it('folds synonyms of the quantity noun and irregular verbs ("penalty" is a fine; "spent" is spend)', () => {
    const a = contextOf('The agency spent $50,000 on training videos.');
    const b = contextOf('The agency was spending $60,000 on training videos.');
    expect(evidence(a, b, new Set()).distinctive).toBeGreaterThanOrEqual(3);
    expect(contextOf('A penalty of $2 million was imposed.').quantity).toBe('fine');
  });

  it('a different year, owner or purpose contradicts; words common to the story do not count as distinctive', () => {
    expect(contradicts(contextOf("Apple's $1.8 billion fine"), contextOf("Google's $1.8 billion fine"))).toBe(
      true,
    );
    expect(
      contradicts(contextOf('It spent $4.2 billion in 2019.'), contextOf('It spent $4.2 billion in 2021.')),
    ).toBe(true);
    expect(contradicts(contextOf('$100 million for schools'), contextOf('$100 million for hospitals'))).toBe(
      true,
    );
    const common = commonStems([
      'Tariffs rose.',
      'Tariffs fell.',
      'Tariffs stayed.',
      'Tariffs again.',
      'Markets.',
    ]);
    expect(common.has('tarif')).toBe(true);
    const a = contextOf('Tariffs on $60 billion of imports rose.');
    const b = contextOf('Tariffs on $60bn of imports rose.');
    const ev = evidence(a, b, common);
    expect(ev.any).toBeGreaterThan(ev.distinctive);
  });
});

describe('money groups and conflicts across outlets', () => {
  it("flags a real disagreement: one outlet's hedged value against another's, same videos, same agency", () => {
    const groups = moneyGroups(
      story(
        [
          'Wire',
          [
            'The inspector general found the agency spent $50,000 to produce two training videos shown at the conference.',
            'The conference itself cost the agency $4 million.',
          ],
        ],
        [
          'Daily',
          [
            'The report widened to include revelations about the agency spending roughly $60,000 on training videos that spoofed television shows.',
          ],
        ],
      ),
    );
    const videos = groups.find((g) => g.members.length === 2)!;
    expect(videos.variants.map((v) => [v.text, v.relation])).toEqual([
      ['$50,000', 'same'],
      ['$60,000', 'conflict'],
    ]);
    expect(groups.filter((g) => g.conflict !== null)).toHaveLength(1);
  });

  it('one distinctive word among shared topic words is not enough to call two values a conflict', () => {
    const groups = moneyGroups(
      story(
        [
          'Wire',
          [
            'The agency spent $50,000 on videos.',
            'The agency spent more on travel.',
            'Critics said the agency spending was lavish.',
          ],
        ],
        [
          'Daily',
          [
            'The agency spent roughly $60,000 on videos and travel last spring.',
            'An agency official declined to comment.',
          ],
        ],
      ),
    );
    expect(groups.filter((g) => g.conflict !== null)).toEqual([]);
  });

  it('rounding is not a conflict ("$1.8bn" vs "$1.84bn" of one fine)', () => {
    const [group, ...rest] = moneyGroups(
      story(
        [
          'Wire',
          ['The European Commission fined the search company $1.84 billion for abusing its dominance.'],
        ],
        ['Daily', ['The European Commission fined the search company $1.8bn for abusing its dominance.']],
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toBeNull();
    expect(group!.variants[1]!.relation).toBe('rounding');
  });

  it('a stated conversion is not a conflict, and a lump sum (a part) stays apart from the fine', () => {
    const groups = moneyGroups(
      story(
        ['Wire', ['The European Commission fined the search company €1.84 billion ($2 billion) on Tuesday.']],
        ['Daily', ['The fine includes a lump sum of €1.5 billion imposed by the European Commission.']],
      ),
    );
    expect(groups.every((g) => g.conflict === null)).toBe(true);
    const fine = groups.find((g) => g.amount === 1.84e9)!;
    expect(fine.members).toHaveLength(2);
    expect(fine.variants.map((v) => v.relation)).toEqual(['same', 'conversion']);
  });

  it('the same value for two things in one story stays apart when nothing but the number links them', () => {
    const groups = moneyGroups(
      story(
        ['Wire', ['The strike has cost the carmaker $1.5 billion in lost output, analysts said.']],
        ['Daily', ['Separately, voters approved a $1.5 billion bond for the new stadium.']],
      ),
    );
    expect(groups).toHaveLength(2);
  });

  it('a different value with only a topic word in common is no conflict: the figures stay apart', () => {
    const groups = moneyGroups(
      story(
        ['Wire', ['Tariffs went up on $200 billion of goods.', 'Tariffs hit farmers.', 'Tariffs hurt.']],
        ['Daily', ['Tariffs now cover $230 billion of trade.', 'Tariffs again.']],
      ),
    );
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => g.conflict === null)).toBe(true);
  });
});
