import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryAnalysisSchema } from '../../src/lib/model.ts';
import { findEntities } from '../../src/pipeline/compare/entities.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import {
  appositiveAfter,
  roleNames,
  roleSubject,
  titleBefore,
} from '../../src/pipeline/compare/role-names.ts';
import { article, quote } from '../fixtures/compare/articles.ts';

// Invented sentences: a made-up alliance head, "Maren Holt", and a made-up minister.
const P0 = 'Alliance Secretary-General Maren Holt arrived in Vienna on Monday.';
const P1 = '"We will deliver," the alliance chief said after the talks.';
const P2 = 'Holt, a former finance minister of Norland, met Peter Varga.';
const P3 = 'VIENNA - Holt, the alliance and the banks agreed nothing.';
const P4 = 'Ms. Holt met Peter Varga, the foreign minister, and left on Tuesday.';
const P5 = 'Maren Holt said the talks were hard. Later HOLT left.';

function story() {
  const a = article({
    id: 'a',
    paragraphs: [P0, P1, P2, P3],
    quotes: [quote('We will deliver,', 'Maren Holt', { paragraph: 1, start: 1, end: 17 })],
  });
  const b = article({ id: 'b', paragraphs: [P4, P5], quotes: [] });
  return [a, b];
}

describe('role-names: the signals', () => {
  it('finds a title run before a name, and nothing without a role noun', () => {
    expect(titleBefore(P0, P0.indexOf('Maren'))).toBe('Alliance Secretary-General');
    expect(titleBefore('On Monday Maren Holt left.', 10)).toBeNull();
    expect(titleBefore('said the NATO chief Maren Holt', 20)).toBe('the NATO chief');
    expect(titleBefore('the chairman of Maren Holt', 16)).toBeNull(); // a name after "of"
    expect(titleBefore('the president of the Maren Holt', 20)).toBeNull();
    expect(titleBefore('To Iranian President Maren Holt', 21)).toBe('Iranian President');
    expect(titleBefore('Washington (CNN) President Maren Holt', 27)).toBe('President');
    expect(titleBefore('Pope Benedict XVI Pope Maren Holt', 23)).toBe('Pope');
    expect(titleBefore('Secretary of State Maren Holt', 19)).toBe('Secretary of State');
  });

  it('takes appositives headed by a role noun, not lists or clauses', () => {
    expect(appositiveAfter(P2, 4)).toBe('a former finance minister of Norland');
    expect(appositiveAfter(P3, P3.indexOf('Holt') + 4)).toBeNull();
    expect(appositiveAfter(P4, P4.indexOf('Varga') + 5)).toBeNull(); // ", the foreign minister, and …"
    expect(appositiveAfter('met Holt, a day after the president said so.', 8)).toBeNull();
  });

  it('takes a definite role phrase as the subject of the attribution verb', () => {
    expect(roleSubject('," the alliance chief said after', '', 'said')).toBe('the alliance chief');
    expect(roleSubject('," said the alliance chief on Monday.', '', 'said')).toBe('the alliance chief');
    expect(roleSubject('', 'After the talks the alliance chief said: "', 'said')).toBe('the alliance chief');
    expect(roleSubject('," she said the talks were hard', '', 'said')).toBeNull();
    // Not next to the quote: another statement of the paragraph.
    expect(roleSubject('," Holt said. Later the alliance chief said', '', 'said')).toBeNull();
    expect(roleSubject('," warned the alliance chief', '', 'warned')).toBeNull(); // an object
    expect(roleSubject('," the alliance chief warned', '', 'warned')).toBe('the alliance chief');
  });
});

describe('role-names: per outlet', () => {
  const articles = story();
  const names = roleNames(articles, findEntities(articles));

  it('lists, per outlet, name forms and the roles tied to the person, with paragraphs', () => {
    const holtA = names[0]!.find((r) => r.person === 'Maren Holt')!;
    expect(holtA.names.map((n) => [n.name, n.kind, n.paragraph])).toEqual([
      ['Maren Holt', 'name', 0],
      ['Alliance Secretary-General', 'role', 0],
      ['the alliance chief', 'role', 1],
      ['Holt', 'name', 2],
      ['a former finance minister of Norland', 'role', 2],
    ]);
    const holtB = names[1]!.find((r) => r.person === 'Maren Holt')!;
    // "HOLT" (capitals) is no name of its own; "Ms. Holt" is the outlet's choice.
    expect(holtB.names.map((n) => n.name)).toEqual(['Ms. Holt', 'Maren Holt']);
  });
});

describe('role-names: the bundled story', () => {
  const stored = JSON.parse(readFileSync('content/stories/nato-ukraine-aid/story.json', 'utf8'));
  const analysis = compare(stored.articles);

  it('shows the NATO chief / secretary-general names each outlet gives Stoltenberg', () => {
    expect(() => StoryAnalysisSchema.parse(analysis)).not.toThrow();
    const roles = analysis.outlets.map((o) =>
      (o.roleNames.find((r) => r.person === 'Jens Stoltenberg')?.names ?? [])
        .filter((n) => n.kind === 'role')
        .map((n) => n.name),
    );
    expect(roles).toEqual([
      [
        'NATO Chief',
        'the secretary-general of the transatlantic military alliance',
        'a former prime minister of Norway',
      ],
      ['Secretary-General of the North Atlantic Treaty Organization (NATO)'],
      ['NATO boss', 'NATO Secretary General'],
      ['NATO Secretary General'],
      ['the secretary-general of NATO and chairman of Thursday’s meeting'],
    ]);
  });

  it('loads an older story.json without the field', () => {
    const profile = { ...stored.analysis.outlets[0] };
    delete profile.roleNames;
    const parsed = StoryAnalysisSchema.parse({ ...stored.analysis, outlets: [profile] });
    expect(parsed.outlets[0]!.roleNames).toEqual([]);
  });
});
