/**
 * normalizeText against hand-written fixtures: tests/fixtures/normalize-text/<case>/input.txt is a
 * whole page as pasted; expected.json lists the fields asserted (paragraphs exactly, in order), and
 * may carry "hints" passed to the normalizer. One test per folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuMs } from '../cpu-time.ts';
import { ArticleSchema } from '../../src/lib/model.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import type { NormalizeHints } from '../../src/pipeline/normalize/types.ts';

const root = join(import.meta.dirname, '../fixtures/normalize-text');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'expected.json')))
  .map((entry) => entry.name)
  .sort();

describe('normalizeText fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const { hints = {}, ...expected } = JSON.parse(
        readFileSync(join(root, name, 'expected.json'), 'utf8'),
      ) as { hints?: NormalizeHints } & Record<string, unknown>;
      const article = normalizeText(input, hints);
      // Whatever the page, the result must fit the shared model (dates, nullability...).
      ArticleSchema.omit({ id: true, source: true, quotes: true, figures: true }).parse(article);
      const actual = Object.fromEntries(
        Object.keys(expected).map((key) => [key, article[key as keyof typeof article]]),
      );
      expect(actual).toEqual(expected);
    });
  }
});

describe('normalizeText invariants', () => {
  it('keeps paragraphs verbatim and accounts for every other line', () => {
    const input = readFileSync(join(root, cases[0] ?? '', 'input.txt'), 'utf8');
    const article = normalizeText(input);
    const inputLines = new Set(input.split('\n').map((line) => line.trim()));
    for (const paragraph of article.paragraphs) expect(inputLines.has(paragraph)).toBe(true);
    const accounted = new Set([
      ...article.paragraphs,
      ...article.subheads,
      article.headline,
      article.standfirst ?? '',
      ...article.removed.flatMap((block) => block.text.split('\n')),
    ]);
    for (const line of inputLines) if (line) expect(accounted.has(line)).toBe(true);
  });

  it('returns an empty article for empty or blank text', () => {
    for (const text of ['', '\n\n  \n']) {
      const article = normalizeText(text);
      expect(article.paragraphs).toEqual([]);
      expect(article.headline).toBe('');
    }
  });

  it('lets hints win over what the page says', () => {
    const article = normalizeText(
      'Site | Headline of the story here\n\nHeadline of the story here\n\n30 April 2024\n\nThe body says something long enough to count as a real paragraph of prose, with words.\n',
      { outlet: 'Hinted', published: '2020-01-02', language: 'de', url: 'https://example.org/a' },
    );
    expect(article.outlet).toBe('Hinted');
    expect(article.published).toBe('2020-01-02');
    expect(article.language).toBe('de');
    expect(article.url).toBe('https://example.org/a');
  });

  it('stays linear on a huge input', () => {
    // A growth check on a 1 MB page against a 100 KB one in CPU time (not a wall-clock limit): linear
    // work grows about 9x, a backtracking rule 100x, and a rule quadratic in a page's repeated lines
    // 25x (a screen-header rule of outlet round 4 did); the best of two runs.
    const page = readFileSync(join(root, cases[0] ?? '', 'input.txt'), 'utf8');
    const time = (size: number): number => {
      const text = page.repeat(Math.ceil(size / page.length));
      let best = Infinity;
      for (let round = 0; round < 2; round += 1) {
        best = Math.min(
          best,
          cpuMs(() => normalizeText(text)),
        );
      }
      return best;
    };
    time(50_000); // warm up
    expect(time(1_000_000)).toBeLessThan(time(100_000) * 18);
  });
});
