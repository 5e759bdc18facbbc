// compare/outlet-terms: the story's term counts behind each outlet's distinctive words. The terms an
// outlet uses once are kept sorted and matched against the sorted repeated terms in one walk; the
// counts must be those of looking every once-used term up (the straightforward sum), whatever the
// terms' characters, prefixes and order. Real input too: the bundled story's articles.
import { describe, expect, it } from 'vitest';
import { articleFeatures } from '../../src/pipeline/compare/features.ts';
import { outletTerms, storyCounts, type OutletTerms } from '../../src/pipeline/compare/outlet-terms.ts';
import { analyseDocuments } from '../../src/pipeline/ingest.ts';
import { readStory } from '../../src/pipeline/read/index.ts';
import { outletName } from '../../src/lib/outlet.ts';

/** The sum as it was written before the sorted walk: every once-used term looked up. */
function lookedUp(byOutlet: ReadonlyMap<string, OutletTerms>): { story: Map<string, number>; total: number } {
  const story = new Map<string, number>();
  let total = 0;
  for (const terms of byOutlet.values()) {
    total += terms.total;
    terms.terms.forEach((term, i) => story.set(term, (story.get(term) ?? 0) + terms.counts[i]!));
  }
  for (const terms of byOutlet.values())
    for (const term of terms.once === '' ? [] : terms.once.split('\n'))
      if (story.has(term)) story.set(term, story.get(term)! + 1);
  return { story, total };
}

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => (a < b ? -1 : 1));

/** OutletTerms from term counts, as outletTerms builds it (background rates are not read here). */
function termsOf(counts: Record<string, number>): OutletTerms {
  const entries = Object.entries(counts);
  const repeated = entries.filter(([, n]) => n >= 2);
  return {
    total: entries.reduce((sum, [, n]) => sum + n, 0),
    terms: repeated.map(([term]) => term),
    counts: repeated.map(([, n]) => n),
    background: repeated.map(() => 0),
    once: entries
      .filter(([, n]) => n === 1)
      .map(([term]) => term)
      .sort()
      .join('\n'),
  };
}

describe('story term counts', () => {
  it('counts once-used terms some outlet repeats, with prefixes, phrases and non-ASCII terms', () => {
    const byOutlet = new Map([
      ['A', termsOf({ a: 2, ab: 1, 'a b': 3, zürich: 2, é: 1, nato: 4, z: 1 })],
      ['B', termsOf({ a: 1, ab: 2, 'a b': 1, zürich: 1, é: 2, 'nato summit': 1, zz: 1 })],
      ['C', termsOf({ a: 1, 'a b': 1, zürich: 1, é: 1, nato: 1, 'nato summit': 2, z: 1 })],
      ['D', termsOf({})],
      ['E', termsOf({ only: 1, once: 1 })],
    ]);
    const { story, total } = storyCounts(byOutlet);
    expect(total).toBe(lookedUp(byOutlet).total);
    expect(sorted(story)).toEqual(sorted(lookedUp(byOutlet).story));
    expect(story.get('a')).toBe(4);
    expect(story.get('zürich')).toBe(4);
    expect(story.get('nato summit')).toBe(3);
    expect(story.has('z')).toBe(false);
  });

  it('gives the looked-up counts on random terms', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = ['a', 'b', 'é', 'z', ' ', 'ß', 'A'];
    const word = () =>
      Array.from(
        { length: 1 + Math.floor(random() * 3) },
        () => letters[Math.floor(random() * letters.length)],
      )
        .join('')
        .trim() || 'a';
    const byOutlet = new Map(
      Array.from({ length: 12 }, (_, o) => {
        const counts: Record<string, number> = {};
        for (let i = 0; i < 60; i++) counts[word()] = 1 + Math.floor(random() * 3);
        return [`outlet ${o}`, termsOf(counts)] as const;
      }),
    );
    expect(sorted(storyCounts(byOutlet).story)).toEqual(sorted(lookedUp(byOutlet).story));
  });

  it("gives the looked-up counts on the bundled story's outlets", () => {
    const { documents } = readStory('sources/nato-ukraine-aid');
    const articles = analyseDocuments(documents, []);
    const features = articles.map(articleFeatures);
    const members = new Map<string, number[]>();
    articles.forEach((article, a) =>
      members.set(outletName(article), [...(members.get(outletName(article)) ?? []), a]),
    );
    const byOutlet = new Map([...members].map(([outlet, list]) => [outlet, outletTerms(list, features)]));
    const { story } = storyCounts(byOutlet);
    expect(story.size).toBeGreaterThan(100);
    expect(sorted(story)).toEqual(sorted(lookedUp(byOutlet).story));
    // Some repeated term is used once by another outlet: the walk is exercised.
    expect(
      [...story].some(
        ([term, n]) =>
          n > Math.max(...[...byOutlet.values()].map((t) => t.counts[t.terms.indexOf(term)] ?? 0)),
      ),
    ).toBe(true);
  });
});
