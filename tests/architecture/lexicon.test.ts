// The lexicon's rule: one word list a file under src/lib/lexicon/, each saying where its words come
// from ("Source:" in its header) and checked by a test (a test file imports it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, files, importsOf } from './source-files.ts';

describe('lexicon', () => {
  const lists = readdirSync(join(ROOT, 'src/lib/lexicon')).filter((file) => file.endsWith('.ts'));
  const tested = new Set(
    files('tests').flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.includes('/lib/lexicon/'))
        .map((specifier) => specifier.split('/').at(-1)!),
    ),
  );

  it('every list says its source in its header', () => {
    expect(lists.length).toBeGreaterThan(10);
    const unsourced = lists.filter((file) => {
      const header = /^\/\*\*[\s\S]*?\*\//.exec(readFileSync(join(ROOT, 'src/lib/lexicon', file), 'utf8'));
      return !header || !header[0].includes('Source:');
    });
    expect(unsourced).toEqual([]);
  });

  it('every list is imported by a test', () => {
    expect(lists.filter((file) => !tested.has(file))).toEqual([]);
  });
});
