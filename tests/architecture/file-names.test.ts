// One file-name case: TypeScript modules are kebab-case ("log-odds.ts", not "logOdds.ts"), so a
// newcomer never wonders which of two spellings a module has. Astro components are PascalCase, as
// Astro's own docs name them; pages follow their routes.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files } from './source-files.ts';

/** Files allowed to keep another spelling for now (none left). */
const LATER = new Set<string>([]);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*\.(?:ts|mjs|js)$/;

describe('file names', () => {
  it('every TypeScript module under src/, bench/ and tests/ is kebab-case', () => {
    const modules = [...files('src'), ...files('bench'), ...files('tests')].filter(
      (file) => !file.endsWith('.astro'),
    );
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.filter((file) => !KEBAB.test(basename(file)) && !LATER.has(file))).toEqual([]);
  });

  it('the pattern tells the cases apart', () => {
    expect(KEBAB.test('log-odds.ts')).toBe(true);
    expect(KEBAB.test('log-odds.test.ts')).toBe(true);
    expect(KEBAB.test('logOdds.ts')).toBe(false);
    expect(KEBAB.test('log_odds.ts')).toBe(false);
  });
});
