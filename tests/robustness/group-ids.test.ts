/**
 * Quote and figure group ids are the same after a first ingest, a re-ingest and a --force
 * re-ingest of the same sources (the real CLI, temp folders). An article that prints the same
 * words twice, once attributed and once not, has two statements in two groups; both had one
 * member key in the manifest, so a forced re-ingest (which pins ids again, where a normal one
 * finds the story unchanged) swapped their ids or gave them `-2` suffixes. Sources are written
 * here (no article text from the shared corpus).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir } from '../helpers/cli.ts';

const work = tempDir('explainer-group-ids-');
afterAll(() => removeDir(work));

const SHOCKED = 'I am shocked and saddened by what happened in our town this week';
const ANGEL = 'She was a true angel to everyone who knew her';
/**
 * Three outlets; the first repeats two statements, once attributed and once in passing. The
 * second statement is in no other article: its two occurrences make two groups of one member each,
 * the case whose shared member key swapped ids.
 */
const ARTICLES = [
  [
    'Town mourns after the flood',
    `"${SHOCKED}," said Mayor Anna Young on Tuesday.`,
    `Rescue teams worked through the night. The council set aside $2 million for repairs.`,
    `"${ANGEL}," said neighbour Tom Reed of the woman who died.`,
    `Residents repeated the words "${SHOCKED}" at the vigil, and a card read "${ANGEL}".`,
    `The council said the $2 million would be spent within 6 months.`,
  ],
  [
    'Flood leaves town in shock',
    `"${SHOCKED}," Mayor Anna Young told reporters.`,
    `The council has set aside $2 million for repairs.`,
    `Neighbours laid flowers outside the house.`,
  ],
  [
    'Mayor speaks after deadly flood',
    `Mayor Anna Young said: "${SHOCKED}."`,
    `Neighbours gathered at the church.`,
    `Repairs will cost $2 million, the council said.`,
  ],
];

function writeSources(): string {
  const dir = join(work, 'sources');
  mkdirSync(dir, { recursive: true });
  const yaml = ['title: Town flood', 'slug: town-flood', 'sources:'];
  ARTICLES.forEach(([title, ...paragraphs], i) => {
    const name = `${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(dir, name), `${title}\n\n${paragraphs.join('\n\n')}\n`);
    yaml.push(
      `  ${name}:`,
      `    outlet: Outlet ${i + 1}`,
      '    language: en',
      `    published: 2026-11-2${i + 1}`,
    );
  });
  writeFileSync(join(dir, 'story.yaml'), `${yaml.join('\n')}\n`);
  return dir;
}

const SOURCES = writeSources();
const CONTENT = join(work, 'content');

/** Ingests (exit 0 expected) and returns the story's group ids, each with its members. */
function ingest(...flags: string[]): Record<string, string[]> {
  const run = runCli(['ingest', SOURCES, '--content', CONTENT, '--quiet', ...flags]);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.code).toBe(0);
  const story = JSON.parse(readFileSync(join(CONTENT, 'stories', 'town-flood', 'story.json'), 'utf8'));
  const groups: Record<string, string[]> = {};
  const members = (list: Array<{ article: string; quote?: number; figure?: number }>) =>
    list.map((m) => `${m.article}#${m.quote ?? m.figure}`).sort();
  for (const g of story.analysis.quoteGroups) groups[g.id] = members(g.members);
  for (const g of story.analysis.figureGroups) groups[g.id] = members(g.members);
  return groups;
}

describe('group ids across re-ingests of the same sources', () => {
  it('a first ingest, a re-ingest and two --force re-ingests give every group the same id', () => {
    const first = ingest();
    // The case this guards: one article's two prints of a statement, in two groups of one.
    const angel = Object.entries(first).filter(([id]) => id.includes('-she-was-a-true-angel-'));
    expect(angel).toHaveLength(2);
    expect(angel.map(([, members]) => members.length)).toEqual([1, 1]);
    expect(ingest()).toEqual(first);
    expect(ingest('--force')).toEqual(first);
    expect(ingest('--force')).toEqual(first);
  }, 120_000);
});
