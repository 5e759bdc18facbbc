// fold: the one folding every compare step keys words by. Plain ASCII takes a shortcut (lower-case
// only) and short Unicode words a cache: each path must give what the rule says.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/pipeline/compare/text.ts';

describe('fold', () => {
  it('lower-cases plain ASCII, short or long', () => {
    expect(fold('NATO')).toBe('nato');
    expect(fold('already lower')).toBe('already lower');
    expect(fold('A Sentence Longer Than Forty Characters, With Capitals')).toBe(
      'a sentence longer than forty characters, with capitals',
    );
  });

  it('straightens a backtick or a typographic apostrophe and drops diacritics', () => {
    expect(fold('it`s')).toBe("it's");
    expect(fold('it’s')).toBe("it's");
    expect(fold('Zelenskyy’s Kyïv')).toBe("zelenskyy's kyiv");
    expect(fold('São Paulo')).toBe('sao paulo');
    expect(fold('burden‐sharing')).toBe('burden-sharing');
  });

  it('gives the same answer the second time (cached) as the first', () => {
    for (const word of ['Émile', 'Straße', 'NATO', 'it`s', '']) expect(fold(word)).toBe(fold(word));
  });
});
