// fingerprintStart must give fingerprint's first character (or null) on any line: the title scan
// skips a line by it without fingerprinting it. Checked on every line of the bundled story's
// sources (real pages: menus, curly quotes, dashes, non-Latin labels) and lines built for the edges.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintStart } from '../../src/pipeline/normalize/text/lines.ts';

const STORY = join(import.meta.dirname, '../../sources/nato-ukraine-aid');
const EDGES = [
  '',
  '   ',
  '— “Quoted” headline',
  '...42 reasons',
  '«Ukraine» aid',
  'Émile Zola',
  '© 2024 Outlet',
  '_under_score',
  '[Z]ebra',
  'ΑΣ Βήτα',
  '¿Qué?',
  '***',
];

describe('fingerprintStart', () => {
  const lines = [
    ...EDGES,
    ...readdirSync(STORY)
      .filter((file) => /\.(?:txt|html?)$/u.test(file))
      .flatMap((file) => readFileSync(join(STORY, file), 'utf8').split('\n')),
  ];

  it('is the fingerprint’s first character whenever it answers', () => {
    let answered = 0;
    for (const line of lines) {
      const start = fingerprintStart(line);
      if (start === null) continue;
      answered++;
      expect(start, line).toBe(fingerprint(line).charAt(0));
    }
    // Most lines open with ASCII: the shortcut must answer for them, not only for the edges.
    expect(answered).toBeGreaterThan(lines.length / 2);
  });

  it('leaves a line that opens with a non-ASCII letter or mark to fingerprint', () => {
    expect(fingerprintStart('Émile Zola')).toBeNull();
    expect(fingerprintStart('— “Quoted” headline')).toBeNull();
    expect(fingerprintStart('...42 reasons')).toBe('4');
    expect(fingerprintStart('***')).toBe('');
  });
});
