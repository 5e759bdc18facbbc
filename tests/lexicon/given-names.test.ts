/**
 * given-names.tsv is the gender-detection-from-name package's six name lists merged and sorted
 * (src/pipeline/extract/people/given-names.ts): it must be exactly what the installed package makes
 * (else, at run time, the list is built from the package again and the file only costs space), and
 * every name in it must be found by the search by halves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givenNamesText, listedGender } from '../../src/pipeline/extract/people/given-names.ts';

const FILE = new URL('../../src/pipeline/extract/people/given-names.tsv', import.meta.url);

describe('given names', () => {
  const shipped = readFileSync(FILE, 'utf8');

  it('the shipped file is what the installed package makes (if not: npx node src/pipeline/extract/people/given-names.ts)', () => {
    expect(shipped === givenNamesText()).toBe(true);
  });

  it('every listed name is found with its gender; unlisted ones are not', () => {
    const lines = shipped.split('\n').slice(1, -1);
    expect(lines.length).toBeGreaterThan(60_000);
    const wrong = lines.filter((line) => {
      const [name, gender] = line.split('\t');
      return listedGender(name!) !== gender;
    });
    expect(wrong).toEqual([]);
    expect(listedGender('juliette')).toBe('f');
    expect(listedGender('grover')).toBe('m');
    expect(listedGender('andrea')).toBe('x');
    for (const name of ['', 'zyxwv', 'qqqq', 'zzzzzz', 'Juliette', 'juliettes'])
      expect(listedGender(name)).toBeUndefined();
  });
});
