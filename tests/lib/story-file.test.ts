/**
 * story.json reading: whether the model changed anything (canonical), and the hand-off by which
 * `explainer build` spares the Astro build a second check of a story.json it has checked.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHECKED_STORIES_ENV,
  isCheckedStory,
  stampOf,
  writeCheckedStories,
} from '../../src/lib/checked-stories.ts';
import { InputError } from '../../src/lib/errors.ts';
import { parseCheckedStoryFile, readStoryFile, sameJson } from '../../src/lib/story-file.ts';

const BUNDLED = 'content/stories/nato-ukraine-aid/story.json';
const text = readFileSync(BUNDLED, 'utf8');

describe('readStoryFile', () => {
  it('finds the bundled story.json canonical: JSON.parse alone gives what the model gives', () => {
    const { story, canonical } = readStoryFile(BUNDLED, text);
    expect(canonical).toBe(true);
    expect(parseCheckedStoryFile(BUNDLED, text)).toEqual(story);
  });

  it('finds a file the model fills a default into not canonical, and fills it', () => {
    const raw = JSON.parse(text) as { analysis: { figureGroups: Array<Record<string, unknown>> } };
    expect(raw.analysis.figureGroups.length).toBeGreaterThan(0);
    delete raw.analysis.figureGroups[0]!.variants;
    const { story, canonical } = readStoryFile(BUNDLED, JSON.stringify(raw));
    expect(canonical).toBe(false);
    expect(story.analysis.figureGroups[0]!.variants).toEqual([]);
  });

  it('refuses bad JSON naming the file, checked or not', () => {
    for (const read of [readStoryFile, parseCheckedStoryFile]) {
      const error = (() => {
        try {
          read('x/story.json', '{');
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).format()).toMatch(/^x\/story\.json: is not valid JSON/);
    }
  });
});

describe('sameJson', () => {
  it('compares values, not key order; a key holding undefined is absent', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: [] })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: null }, { a: 0 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});

describe('checked stories (explainer build -> Astro)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-checked-test-'));
  const file = join(dir, 'story.json');
  const handoff = join(dir, 'checked.json');
  afterEach(() => {
    delete process.env[CHECKED_STORIES_ENV];
  });

  it('vouches for a file only as the CLI stamped it, and only when the CLI said so', () => {
    writeFileSync(file, text);
    const stamp = stampOf(file);
    expect(isCheckedStory(file, stamp)).toBe(false); // no CLI: the site checks
    process.env[CHECKED_STORIES_ENV] = handoff;
    expect(isCheckedStory(file, stamp)).toBe(false); // the CLI has not written yet
    writeCheckedStories(handoff, { [file]: stamp });
    expect(isCheckedStory(file, stamp)).toBe(true);
    // Changed since the CLI read it: another modification time, or another size.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(isCheckedStory(file, stampOf(file))).toBe(false);
    expect(isCheckedStory(file, { ...stamp, size: stamp.size + 1 })).toBe(false);
    expect(isCheckedStory(join(dir, 'other.json'), stamp)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
