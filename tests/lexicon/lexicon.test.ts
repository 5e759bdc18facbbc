/**
 * The lexicon lists: each is non-empty, lower-case, without duplicates where duplicates would be a
 * mistake, and holds a few words every reader knows belong there.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS } from '../../src/lib/lexicon/function-words.ts';
import { MONTHS } from '../../src/lib/lexicon/months.ts';

describe('lexicon/months', () => {
  const names = MONTHS.flatMap(([, list]) => list.split(' '));

  it('has twelve months numbered 1..12, each non-empty', () => {
    expect(MONTHS.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const [, list] of MONTHS) expect(list.trim().length).toBeGreaterThan(0);
  });

  it('is lower-case and names no month twice', () => {
    for (const name of names) expect(name).toBe(name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows common names', () => {
    const monthOf = new Map(MONTHS.flatMap(([n, list]) => list.split(' ').map((w) => [w, n] as const)));
    expect(monthOf.get('january')).toBe(1);
    expect(monthOf.get('märz')).toBe(3);
    expect(monthOf.get('outubro')).toBe(10);
    expect(monthOf.get('dec')).toBe(12);
  });
});

describe('lexicon/function-words', () => {
  it('has a non-empty, lower-case, duplicate-free list per language', () => {
    expect(Object.keys(FUNCTION_WORDS).length).toBeGreaterThanOrEqual(8);
    for (const list of Object.values(FUNCTION_WORDS)) {
      const words = list.split(' ');
      expect(words.length).toBeGreaterThan(20);
      for (const word of words) expect(word).toBe(word.toLowerCase());
      expect(new Set(words).size).toBe(words.length);
    }
  });

  it('knows common function words', () => {
    expect(FUNCTION_WORDS.en?.split(' ')).toContain('the');
    expect(FUNCTION_WORDS.de?.split(' ')).toContain('und');
    expect(FUNCTION_WORDS.fr?.split(' ')).toContain('les');
  });
});
