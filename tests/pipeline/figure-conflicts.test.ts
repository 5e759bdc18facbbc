// Conflict precision and recall on invented multi-outlet stories (tests/fixtures/conflicts/): real
// disagreements between outlets on one quantity are flagged; parts, yearly levels, conversions,
// earlier values, bounds met, rounding and different quantities sharing a unit are not (issue #11,
// BENCHMARKS.md "Money conflicts on invented stories").
import { describe, expect, it } from 'vitest';
import { scoreConflicts, storyArticles } from '../../bench/money-conflicts.ts';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import { CHECK_STORIES } from '../fixtures/conflicts/check-stories.ts';
import { ROUND11_STORIES } from '../fixtures/conflicts/round11-stories.ts';
import { CONFLICT_STORIES } from '../fixtures/conflicts/stories.ts';

describe.each([...CONFLICT_STORIES, ...CHECK_STORIES, ...ROUND11_STORIES])(
  'conflicts in story $id',
  (story) => {
    const expected = story.conflicts.length - (story.missedToday ?? 0);
    it(`flags ${expected} of its ${story.conflicts.length} real disagreements and no other`, () => {
      const score = scoreConflicts(story);
      expect({ false: score.flagged - score.right, found: score.found }, score.lines.join('\n')).toEqual({
        false: 0,
        found: expected,
      });
    });
  },
);

describe('the issue #11 cases', () => {
  const groupsOf = (id: string) => {
    const story = CONFLICT_STORIES.find((s) => s.id === id)!;
    return groupFigures(storyArticles(story)).filter((g) => g.kind === 'money');
  };

  it('"$20 billion" vs "$23 billion" for one settlement is a conflict, not rounding', () => {
    const group = groupsOf('emissions-settlement').find((g) => g.conflict !== null)!;
    expect(group.conflict).toMatch(/\$23bn .* vs \$20bn|\$20bn .* vs \$23bn/);
    expect(group.variants.filter((v) => v.relation === 'rounding')).toHaveLength(0);
  });

  it('"$63bn" vs "$65bn" over two years is joined and flagged; the per-year level is not in it', () => {
    const group = groupsOf('budget-caps').find((g) => g.conflict !== null)!;
    expect(group.conflict).toBe(
      '$63bn over 2 years (Capitol Wire) vs $65bn over 2 years (Daily Ledger): a difference beyond rounding and any stated exchange rate.',
    );
  });

  it('"$12bn" and "$12.6bn" in one article are two quantities: each meets its own, no conflict', () => {
    const shared = groupsOf('aid-pledge').filter((g) => new Set(g.members.map((m) => m.article)).size > 1);
    expect(shared.map((g) => [g.label, g.conflict])).toEqual(
      expect.arrayContaining([
        ['$12.6bn over 5 years', null],
        ['$12bn', null],
      ]),
    );
  });

  it('a hedge reaches 10%: "about $20 billion" vs "$23 billion" disagree, "about $300 million" rounds $320 million', () => {
    const articles = storyArticles({
      id: 'hedges',
      conflicts: [],
      articles: [
        {
          outlet: 'One',
          paragraphs: [
            'The carmaker agreed to pay about $20 billion to settle the diesel emissions claims of owners and regulators.',
            'The state set aside about $300 million from its emergency fund for the flood cleanup.',
          ],
        },
        {
          outlet: 'Two',
          paragraphs: [
            'The carmaker agreed to pay $23 billion to settle the diesel emissions claims of owners and regulators.',
            'The state set aside $320 million from its emergency fund for the flood cleanup.',
          ],
        },
      ],
    });
    const groups = groupFigures(articles).filter((g) => g.members.length === 2);
    expect(groups.map((g) => [g.label, g.variants.map((v) => v.relation)])).toEqual([
      ['$20bn', ['same', 'conflict']],
      ['$300m', ['same', 'rounding']],
    ]);
  });

  it('names far from the figure keep a conflict apart only when neither side names anything the other mentions', () => {
    const flagged = (one: string, two: string) =>
      groupFigures(
        storyArticles({
          id: 'names',
          conflicts: [],
          articles: [
            { outlet: 'One', paragraphs: [one] },
            { outlet: 'Two', paragraphs: [two] },
          ],
        }),
      ).filter((g) => g.conflict !== null).length;
    // Places apart: two plants, two sums.
    expect(
      flagged(
        'The carmaker will invest $3 billion over two years in a new battery plant in Texas, it said.',
        'The carmaker will invest $3.5 billion over two years in a new battery plant in Ohio, it said.',
      ),
    ).toBe(0);
    // One shared name ("Star Trek") beside others each side lacks, more than five words away: one
    // sum, two values.
    expect(
      flagged(
        'The inquiry widened to include the agency spending roughly $60,000 on training videos that parodied the TV series "Star Trek" and "Gilligan\'s Island."',
        'A conference in Denver, Colorado, for its 2,000 staff cost $4 million, and the agency spent $50,000 to make two training videos, including one parodying "Star Trek."',
      ),
    ).toBe(1);
  });
});
