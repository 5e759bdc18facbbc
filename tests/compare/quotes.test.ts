import { describe, expect, it } from 'vitest';
import {
  groupQuotes,
  quoteItem,
  quoteSimilarity,
  sameStatement,
} from '../../src/pipeline/compare/quotes/index.ts';
import { article, quote, sampleStory } from '../fixtures/compare/articles.ts';

const item = (text: string, speaker: string | null = 'Jens Stoltenberg') => quoteItem(0, 0, text, speaker);

const ROBUST =
  'We need a more robust, institutionalized framework for our support to ensure predictability, to ensure more accountability and to ensure burden-sharing';
const STRONGER =
  'We need a stronger and institutional framework to support us to ensure predictability, ensure greater accountability, and ensure burden sharing';
const DENT =
  'Of course, the fact that we have not delivered what we promised has put a dent ... into the trust';
const UNDERMINED = "Of course, the fact that we haven't fulfilled what we promised has undermined trust";

describe('quote alignment: pairs', () => {
  it('groups two translations of the same statement', () => {
    expect(sameStatement(item(ROBUST), item(STRONGER, 'Stoltenberg'))).toBe(true);
  });

  it('groups a paraphrase-level edit with an elided version', () => {
    expect(sameStatement(item(DENT), item(UNDERMINED))).toBe(true);
  });

  it('groups a truncated version with its full form', () => {
    const full =
      'And NATO can then play a bigger role in ensuring allies actually deliver what they have announced';
    expect(
      sameStatement(item(full), item('NATO can then play a bigger role in ensuring allies actually deliver')),
    ).toBe(true);
  });

  it("groups a fragment woven into another outlet's sentence with the full quote, whoever it is credited to", () => {
    const full =
      'We will not sign any agreement that leaves our fishermen worse off than they were before the talks began';
    const fragment = item('leaves our fishermen worse off than they were', null);
    expect(sameStatement(item(full, 'Ines Moreau'), fragment)).toBe(true);
    expect(
      sameStatement(item(full, 'Ines Moreau'), item('leaves our fishermen worse off', 'Karl Weber')),
    ).toBe(true);
  });

  it('leaves a group unattributed when its outlets credit different speakers equally', () => {
    const text = 'We will not sign any agreement that leaves our fishermen worse off than before';
    const [split] = groupQuotes([
      article({ id: 'a', quotes: [quote(text, 'Ines Moreau')] }),
      article({ id: 'b', quotes: [quote(text, 'Karl Weber')] }),
    ]);
    expect(split!.speaker).toBeNull();
    const [majority] = groupQuotes([
      article({ id: 'a', quotes: [quote(text, 'Ines Moreau')] }),
      article({ id: 'b', quotes: [quote(text, 'Moreau')] }),
      article({ id: 'c', quotes: [quote(text, 'Karl Weber')] }),
    ]);
    expect(majority!.speaker).toBe('Ines Moreau');
  });

  it('does not group a stock phrase found inside another quote', () => {
    const full = 'We believe in the rule of law and we will defend it in every court of this country';
    expect(sameStatement(item(full, 'Ines Moreau'), item('the rule of law', 'Karl Weber'))).toBe(false);
  });

  it('finds a fragment of a long quote through the index, not only pairwise', () => {
    const long =
      'Our harbour has waited thirty years for this bridge, and the families who cross the water every morning deserve better than another study';
    const groups = groupQuotes([
      article({ id: 'a', quotes: [quote(long, 'Ines Moreau')] }),
      article({
        id: 'b',
        quotes: [quote('the families who cross the water every morning deserve better', null)],
      }),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('does not group unrelated statements by the same speaker', () => {
    const unrelated = [
      ROBUST,
      DENT,
      'Any delay in providing support currently has consequences on the battlefield',
      'We must ensure reliable and predictable security assistance to Ukraine in the long term',
      'The longer this war goes on, the more we need predictability and responsibility',
      'There we speak about trillions and ... in Ukraine, we are speaking about billions',
    ];
    for (let i = 0; i < unrelated.length; i++) {
      for (let j = i + 1; j < unrelated.length; j++) {
        expect(sameStatement(item(unrelated[i]!), item(unrelated[j]!)), `${i} vs ${j}`).toBe(false);
      }
    }
  });

  it('is stricter when the speakers differ', () => {
    // A looser rewording than UNDERMINED (which the synonym sets make a near-exact match).
    const looser = 'The fact that we did not deliver what we promised has hurt trust';
    const a = item(DENT, 'Jens Stoltenberg');
    expect(sameStatement(a, item(looser, 'Stoltenberg'))).toBe(true);
    const b = item(looser, 'Volodymyr Zelensky');
    expect(quoteSimilarity(a, b)).toBeGreaterThan(0.5);
    expect(sameStatement(a, b)).toBe(false);
  });
});

describe('groupQuotes', () => {
  const groups = groupQuotes(sampleStory());

  it('aligns the same statements across outlets and keeps others apart', () => {
    const robust = groups.find((g) => g.text === ROBUST)!;
    // VOI's machine translation rewords the statement: labelled, not word-diffed, by the site.
    expect(robust.members).toEqual([
      { article: 'mayadeen', quote: 0, relation: 'verbatim' },
      { article: 'voi', quote: 0, relation: 'paraphrase' },
    ]);
    const dent = groups.find((g) => g.text === DENT)!;
    expect(dent.members.map((m) => m.article)).toEqual(['mayadeen', 'voi']);
    // 5 distinct statements among 7 non-scare quotes.
    expect(groups).toHaveLength(5);
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(7);
  });

  it('leaves scare quotes out', () => {
    expect(groups.some((g) => g.text === 'dented')).toBe(false);
  });

  it('uses the longest version as reference and the fullest common speaker', () => {
    const robust = groups.find((g) => g.members.some((m) => m.article === 'voi' && m.quote === 0))!;
    expect(robust.text).toBe(ROBUST);
    expect(robust.speaker).toBe('Jens Stoltenberg');
  });

  it('diffs each other version against the reference, word by word', () => {
    const dent = groups.find((g) => g.text === DENT)!;
    expect(dent.diff).toHaveLength(1);
    const { article: id, parts } = dent.diff[0]!;
    expect(id).toBe('voi');
    const reference = parts
      .filter((p) => !p.added)
      .map((p) => p.value)
      .join('');
    const version = parts
      .filter((p) => !p.removed)
      .map((p) => p.value)
      .join('');
    expect(reference).toBe(DENT);
    expect(version).toBe(UNDERMINED);
    expect(parts.some((p) => p.removed && p.value.includes('delivered'))).toBe(true);
    expect(parts.some((p) => p.added && p.value.includes('fulfilled'))).toBe(true);
    expect(parts.some((p) => !p.added && !p.removed && p.value.includes('promised'))).toBe(true);
  });

  it('gives ids that are readable, unique and stable across runs and input order', () => {
    const ids = groups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(groups.find((g) => g.text === ROBUST)!.id).toMatch(
      /^q-stoltenberg-we-need-a-more-robust-[0-9a-f]{6}$/,
    );
    expect(groupQuotes(sampleStory()).map((g) => g.id)).toEqual(ids);
    const reversed = groupQuotes([...sampleStory()].reverse());
    expect(new Set(reversed.map((g) => g.id))).toEqual(new Set(ids));
  });

  it('scales: many copies of a few statements stay a few groups', () => {
    const statements = [
      ROBUST,
      DENT,
      'Any delay in providing support currently has consequences on the battlefield',
    ];
    const articles = Array.from({ length: 600 }, (_, i) =>
      article({
        id: `a${i}`,
        quotes: statements.map((text, k) =>
          quote(
            i % 3 === k ? text.split(' ').slice(0, -2).join(' ') : text,
            i % 2 ? 'Stoltenberg' : 'Jens Stoltenberg',
          ),
        ),
      }),
    );
    const started = performance.now();
    const result = groupQuotes(articles);
    expect(result).toHaveLength(3);
    expect(result.every((g) => g.members.length === 600)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('wordDiff', () => {
  it('round-trips both versions and keeps phrase changes whole', async () => {
    const { wordDiff } = await import('../../src/pipeline/compare/word-diff.ts');
    const parts = wordDiff(ROBUST, STRONGER);
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(ROBUST);
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(STRONGER);
    expect(parts[0]).toEqual({ value: 'We need a ', added: false, removed: false });
    // One phrase change, not word-by-word pieces split at shared spaces.
    expect(parts[1]).toEqual({ value: 'more robust, institutionalized', added: false, removed: true });
    expect(parts[2]).toEqual({ value: 'stronger and institutional', added: true, removed: false });
    expect(wordDiff('same words', 'same words')).toEqual([
      { value: 'same words', added: false, removed: false },
    ]);
  });
});
