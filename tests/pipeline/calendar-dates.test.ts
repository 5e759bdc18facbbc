// A published date is a day on the calendar, in the model itself (src/lib/model.ts): an article's
// edited frontmatter with "2024-02-30" is refused by the checks ingest and build run, at its file
// and line, as story.yaml's hints already were; a real leap day passes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/lib/model.ts';
import { parseStoryFile } from '../../src/lib/story-file.ts';
import { checkStoryContent } from '../../src/pipeline/emit/check.ts';

const STORY = resolve(import.meta.dirname, '../../content/stories/nato-ukraine-aid');
const ARTICLE = 'articles/arms-delivery-failures-delays-dented-ukraines-trust.mdx';
const work = mkdtempSync(join(tmpdir(), 'explainer-dates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The problems the checks find in a copy of the bundled story whose article says `published`. */
function problemsWith(published: string): string[] {
  const dir = join(work, published);
  cpSync(STORY, dir, { recursive: true });
  const file = join(dir, ARTICLE);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^published: "2024-04-30"$/m);
  writeFileSync(file, text.replace(/^published: .*$/m, `published: "${published}"`));
  const story = parseStoryFile(join(dir, 'story.json'), readFileSync(join(dir, 'story.json'), 'utf8'));
  return checkStoryContent(dir, story, { articles: true }).map((problem) => problem.format());
}

describe('published dates', () => {
  it('tells a calendar day from a date-shaped string', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-12-31')).toBe(true);
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-2-3')).toBe(false);
    expect(isCalendarDate('30 April 2024')).toBe(false);
  });

  it('an edited "2024-02-30" in an article is refused at its file and line', () => {
    const problems = problemsWith('2024-02-30');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${ARTICLE}:6`);
    expect(problems[0]).toContain('published');
    expect(problems[0]).toContain('not a day on the calendar');
  });

  it('a real leap day passes', () => {
    expect(problemsWith('2024-02-29')).toEqual([]);
  });
});
