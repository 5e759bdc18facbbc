// Which figures of different outlets are joined as one quantity, and when a difference is a
// conflict: invented paragraphs through the real extract stage (issue #11, BENCHMARKS.md "Money
// grouping: only real pairs").
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';
import { article } from '../fixtures/compare/articles.ts';

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
const moneyGroups = (...outlets: [string, string[]][]) =>
  groupFigures(story(...outlets)).filter((g) => g.kind === 'money');
const shared = (groups: ReturnType<typeof moneyGroups>) =>
  groups.filter((g) => new Set(g.members.map((m) => m.article)).size > 1);

describe('rounding is read from the printed precision', () => {
  it('an unhedged "$300" is three hundred dollars: $278 vs $300 for one TV is a conflict', () => {
    const [group, ...rest] = shared(
      moneyGroups(
        ['One', ['The retailer now sells the 43-inch television for $278, its lowest price.']],
        ['Two', ['The retailer now sells the 43-inch television for $300, its lowest price.']],
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toMatch(/\$278 \(One\) vs \$300 \(Two\)/);
  });

  it('"about $300" rounds $278: no conflict', () => {
    const [group] = shared(
      moneyGroups(
        ['One', ['The retailer now sells the 43-inch television for $278, its lowest price.']],
        ['Two', ['The retailer now sells the 43-inch television for about $300, its lowest price.']],
      ),
    );
    expect(group!.conflict).toBeNull();
    expect(group!.rounding).toMatch(/\$278.*\$300|\$300.*\$278/);
  });

  it('whole dollars for a price with cents is rounding ("$35" vs "$35.50")', () => {
    const [group, ...rest] = shared(
      moneyGroups(
        ['One', ['The couple paid the county clerk a marriage licence fee of $35 on Friday.']],
        ['Two', ['The couple paid the county clerk a marriage licence fee of $35.50 on Friday.']],
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.conflict).toBeNull();
  });

  it('a bound the other value meets is no disagreement ("up to $8 billion" vs "$7 billion")', () => {
    const [group, ...rest] = shared(
      moneyGroups(
        ['One', ['SoftBank agreed a rescue package for the office-sharing startup worth up to $8 billion.']],
        ['Two', ['SoftBank agreed a rescue package for the office-sharing startup worth $7 billion.']],
      ),
    );
    expect(rest).toHaveLength(0);
    expect(group!.members).toHaveLength(2);
    expect(group!.conflict).toBeNull();
  });
});

describe('joining needs evidence from the group, not from one member', () => {
  it('a bound reaches one way: "more than $50 million" does not take in "$45.7 million" on one word', () => {
    const groups = shared(
      moneyGroups(
        ['One', ['Both sides have spent more than $50 million on the race.']],
        ['Two', ['The developer has loaned $45.7 million to his race.']],
      ),
    );
    expect(groups).toHaveLength(0);
  });

  it('a price among the article\'s other prices of about that size needs one more sign ("$199" in a deal list)', () => {
    const groups = shared(
      moneyGroups(
        [
          'One',
          [
            'The wireless earbuds are down to $199 at one retailer this week.',
            'The smart speaker is down to $219 this week, and the tablet to $349.',
          ],
        ],
        ['Two', ['A thermostat with voice control is $199 at one retailer.']],
      ),
    );
    // "retailer" is the only word the two $199 sentences share: a coincidence in a list of prices.
    expect(groups).toHaveLength(0);
  });

  it('another term is another sum: "$500bn in one-month loans" is not "$500bn in three-month loans"', () => {
    const groups = shared(
      moneyGroups(
        [
          'One',
          [
            'The central bank offered $500 billion in one-month loans to banks on Thursday.',
            'On Friday it offered banks another $500 billion, in three-month loans.',
          ],
        ],
        ['Two', ['The central bank offered $500 billion in one-month loans to banks on Thursday.']],
      ),
    );
    for (const group of groups) expect(group.members.filter((m) => m.article === 'one')).toHaveLength(1);
  });

  it('a difference ("$200 off") never joins a price ("$200")', () => {
    const groups = shared(
      moneyGroups(
        ['One', ['The laptop is $200 off the regular price at the electronics chain this weekend.']],
        ['Two', ['The basic laptop costs $200 at the electronics chain this weekend.']],
      ),
    );
    expect(groups).toHaveLength(0);
  });
});
