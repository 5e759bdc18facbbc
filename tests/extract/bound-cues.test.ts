/**
 * figures/bound-cues: the plural-noun patterns are written `\p{L}{4,}(?<=s)` because V8 compiled the
 * same patterns written `\p{L}{3,}s` 20-60 times slower under the i and u flags (BENCHMARKS.md,
 * "Cold ingest round 10"). Here: they match what the old form matched, on generated phrases; and
 * compiling them stays cheap. The phrases are invented.
 */
import { describe, expect, test } from 'vitest';
import {
  CLASS_NOUN_BOUND_BEFORE,
  CLASS_NOUN_BOUND_OPENING,
  CLASS_WITH_BOUND,
} from '../../src/pipeline/extract/figures/bound-cues.ts';
import { cpuMs } from '../cpu-time.ts';

const PATTERNS = { CLASS_WITH_BOUND, CLASS_NOUN_BOUND_BEFORE, CLASS_NOUN_BOUND_OPENING };

/** The pattern as it was written before: a plural noun as `\p{L}{3,}s`. */
const oldForm = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source.replaceAll(String.raw`\p{L}{4,}(?<=s)`, String.raw`\p{L}{3,}s`), pattern.flags);

const WORDS = [
  'on',
  'for',
  'the',
  'all',
  'any',
  'among',
  'in',
  'with',
  'more',
  'less',
  'fewer',
  'than',
  'over',
  'above',
  'under',
  'priced',
  'worth',
  'at',
  'least',
  'up',
  'to',
  'incomes',
  'orders',
  'homes',
  'bus',
  'abs',
  'as',
  'cats',
  'CATS',
  'catS',
  'caſ',
  'ſs',
  'éés',
  'ab\u0345s',
  'a-b',
  'busy',
  'x',
  '',
];
const SEPARATORS = [' ', '  ', '\t', '\u00a0', '', ',', '-'];

describe('bound-cues plural nouns', () => {
  test('match what the \\p{L}{3,}s form matched, on 60,000 generated phrases', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let w = 1 + next(8); w > 0; w--)
        text += WORDS[next(WORDS.length)]! + SEPARATORS[next(SEPARATORS.length)]!;
      const end = next(4); // half the phrases end with a bound, a quarter with a space
      if (end < 2) text += ['more than ', 'over ', 'above ', 'at least ', 'under '][next(5)]!;
      else if (end === 2) text += ' ';
      for (const pattern of Object.values(PATTERNS)) {
        const now = pattern.test(text);
        expect(now, text).toBe(oldForm(pattern).test(text));
        if (now) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  test.each([
    ['households with more than ', CLASS_WITH_BOUND, true],
    ['companies with revenue above ', CLASS_WITH_BOUND, true],
    ['buses with more than ', CLASS_WITH_BOUND, true],
    ['a bus with more than ', CLASS_WITH_BOUND, false],
    ['on orders priced above ', CLASS_NOUN_BOUND_BEFORE, true],
    ['for all incomes above ', CLASS_NOUN_BOUND_BEFORE, true],
    ['pushed shares above ', CLASS_NOUN_BOUND_BEFORE, false],
    ['Orders over ', CLASS_NOUN_BOUND_OPENING, true],
    ['Abs over ', CLASS_NOUN_BOUND_OPENING, false],
  ])('%j', (text, pattern, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });

  test('compile in a few milliseconds of CPU (the old form took ~85 ms for the three)', () => {
    const sample =
      'WASHINGTON - The company paid more than $25 million to households with incomes above $250,000 a year, for all orders priced above ';
    const ms = cpuMs(() => {
      for (const pattern of Object.values(PATTERNS))
        new RegExp(`${pattern.source}|\\u{10FFFD}`, pattern.flags).test(sample);
    });
    expect(ms).toBeLessThan(30);
  });
});
