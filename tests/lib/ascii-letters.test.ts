// asciiTwin must find exactly what its pattern finds on any text ASCII_LETTERS_ONLY accepts, and
// refuse what it cannot translate. Checked on the patterns the pipeline twins, over the bundled
// story's articles (real text with curly quotes and dashes) and lines built to stress the edges.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASCII_LETTERS_ONLY, asciiTwin } from '../../src/lib/ascii-letters.ts';
import { NAME_RUN } from '../../src/pipeline/extract/people/names.ts';
import * as entities from '../../src/pipeline/compare/entities.ts';
import * as features from '../../src/pipeline/compare/features.ts';
import { WORD_OR_YEAR } from '../../src/pipeline/compare/figures/evidence.ts';
import { FIRST_WORD, NAME_START } from '../../src/pipeline/compare/naming.ts';
import { WORD } from '../../src/pipeline/compare/text.ts';

const STORY = join(import.meta.dirname, '../../sources/nato-ukraine-aid');
const PATTERNS = [
  NAME_RUN,
  /(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu,
  /[\p{Ll},;”"’'»“]\s+(\p{Lu}[\p{L}\p{M}-]*)/gu,
  /\p{N}+\s*\p{M}?x/gu,
  // compare/ (articleFeatures' scans): patterns without the g flag are checked as global ones.
  entities.NAME_RUN,
  entities.FOLLOWING_WORD,
  entities.LOWER_AFTER_SPACE,
  features.COUNTED_WORD,
  features.CAPITALISED_RUN,
  WORD_OR_YEAR,
  NAME_START,
  FIRST_WORD,
  WORD,
].map((pattern) =>
  pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags.replace('y', '')}g`),
);
const EDGES = [
  'Jens Stoltenberg’s call — “a stronger NATO” — said Mr. Doe, of U.S. fame; al-Assad and van der Berg.',
  'ALL CAPS HEADLINE… with «guillemets» • bullets · dots and 12,000 euros\u00a0in 2024',
  "it's O'Brien’s turn: Dr. Smith-Jones, Sen. Lee, J.R.R. Tolkien and bin-Laden?",
  '',
];

function lines(): string[] {
  const texts = readdirSync(STORY)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(STORY, name), 'utf8'));
  return [...texts.flatMap((text) => text.split('\n')), ...EDGES];
}

describe('asciiTwin', () => {
  it('finds the same matches as the pattern on every ASCII-letter line', () => {
    const checked = lines().filter((line) => ASCII_LETTERS_ONLY.test(line));
    expect(checked.length).toBeGreaterThan(20);
    for (const pattern of PATTERNS) {
      const twin = asciiTwin(pattern);
      expect(twin.flags).not.toContain('u');
      for (const line of checked) {
        const want = [...line.matchAll(pattern)].map((m) => [m.index, ...m]);
        expect([...line.matchAll(twin)].map((m) => [m.index, ...m])).toEqual(want);
      }
    }
  });

  it('tells ASCII letters from others: curly punctuation passes, accented letters do not', () => {
    expect(ASCII_LETTERS_ONLY.test('“Yes” — it’s done…')).toBe(true);
    expect(ASCII_LETTERS_ONLY.test('Zelenskyy in Kyiv')).toBe(true);
    expect(ASCII_LETTERS_ONLY.test('Zelensky’s café')).toBe(false);
    expect(ASCII_LETTERS_ONLY.test('Kelvin \u212a')).toBe(false);
  });

  it('refuses a pattern it cannot translate instead of a wrong twin', () => {
    expect(() => asciiTwin(/\p{Script=Latin}/u)).toThrow(/no twin/);
    expect(() => asciiTwin(/\P{L}/u)).toThrow(/no twin/);
    expect(() => asciiTwin(/[a-z]/g)).toThrow(/no u flag/);
  });
});
