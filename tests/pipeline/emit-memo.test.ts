// What emit remembers in the MDX memo (src/pipeline/mdx-memo.ts) besides each article's MDX:
// each article's group-member keys (emit/group-ids.ts) and which index/note texts had no problem
// (emit/check.ts). Both change speed, never results: the same pins and the same problems with and
// without the memo, after a change, and with a corrupt entry. Also: the story record's hash of
// story.json, now taken while the file is written, is the file's. Real input: the bundled story.
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryData } from '../../src/lib/model.ts';
import { CACHE_DIR } from '../../src/pipeline/cache.ts';
import { checkStoryContent } from '../../src/pipeline/emit/check.ts';
import type { StringMemo } from '../../src/pipeline/emit/files.ts';
import { pinGroupIds } from '../../src/pipeline/emit/group-ids.ts';
import { ingestStory } from '../../src/pipeline/ingest.ts';

let work: string;
let sources: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'explainer-emit-memo-'));
  sources = join(work, 'nato-ukraine-aid');
  cpSync('sources/nato-ukraine-aid', sources, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A StringMemo in memory that counts its hits. */
function memoryMemo(): StringMemo & { entries: Map<string, string>; hits: number } {
  const entries = new Map<string, string>();
  const memo = {
    entries,
    hits: 0,
    get(key: string) {
      const value = entries.get(key);
      if (value !== undefined) memo.hits++;
      return value;
    },
    set(key: string, value: string) {
      entries.set(key, value);
    },
  };
  return memo;
}

/** The story as compare left it: the bundled story ingested, with compare's own group ids. */
function story(content: string): { story: StoryData; storyDir: string } {
  const result = ingestStory({ sourcesDir: sources, contentDir: content, force: true });
  return { story: result.story, storyDir: result.storyDir };
}

describe('group-member keys in the memo', () => {
  it('gives the same ids and pins as hashing every key, and hashes again what it cannot use', () => {
    const { story: data } = story(join(work, 'pins'));
    const keys = data.articles.map((article) => `key-of-${article.id}`);
    const pinned = { 'q-old-id': [] as string[] };
    const plain = pinGroupIds(data, pinned);
    const memo = memoryMemo();
    expect(pinGroupIds(data, pinned, { articleKeys: keys, memo })).toEqual(plain);
    expect(memo.entries.size).toBe(data.articles.length);
    expect(memo.hits).toBe(0);
    expect(pinGroupIds(data, pinned, { articleKeys: keys, memo })).toEqual(plain);
    expect(memo.hits).toBe(data.articles.length);
    // Pins that carry ids over give the same ids again.
    expect(pinGroupIds(data, plain.pins, { articleKeys: keys, memo })).toEqual(pinGroupIds(data, plain.pins));
    // Corrupt entries (a stray character, a missing key) are hashed again; so is an article with no key.
    const [first, second] = data.articles.map((article) => `pin\0key-of-${article.id}`);
    memo.entries.set(first!, memo.entries.get(first!)!.replace(/[0-9a-f]/, 'x'));
    memo.entries.set(second!, memo.entries.get(second!)!.replace(/,[0-9a-f]{16}/, ''));
    const partial = keys.map((key, a) => (a === 2 ? undefined : key));
    expect(pinGroupIds(data, pinned, { articleKeys: partial, memo })).toEqual(plain);
    expect(memo.entries.get(first!)).toMatch(/^[0-9a-f,]*\|[0-9a-f,]*$/);
  });

  it('are kept by ingest, and a re-ingest after a change pins the same ids as a forced one', () => {
    const content = join(work, 'pins-ingest');
    ingestStory({ sourcesDir: sources, contentDir: content, force: false });
    const storyDir = join(content, 'stories', 'nato-ukraine-aid');
    const memo = JSON.parse(readFileSync(join(storyDir, CACHE_DIR, 'mdx-memo.json'), 'utf8')) as {
      entries: Record<string, string>;
    };
    expect(Object.keys(memo.entries).filter((key) => key.startsWith('pin\0'))).toHaveLength(5);
    const name = readdirSync(sources).find((file) => file.endsWith('.txt'))!;
    appendFileSync(join(sources, name), '\n\n"We will pin this," said Jane Doe.\n');
    const changed = ingestStory({ sourcesDir: sources, contentDir: content, force: false });
    const forced = ingestStory({ sourcesDir: sources, contentDir: join(work, 'pins-forced'), force: true });
    expect(changed.story.analysis.quoteGroups.map((g) => g.id)).toEqual(
      forced.story.analysis.quoteGroups.map((g) => g.id),
    );
    expect(changed.story.analysis.figureGroups.map((g) => g.id)).toEqual(
      forced.story.analysis.figureGroups.map((g) => g.id),
    );
    // The record's hash of story.json (taken while writing it) is the file's.
    const record = JSON.parse(readFileSync(join(storyDir, CACHE_DIR, 'story-inputs.json'), 'utf8')) as {
      data: string;
    };
    const bytes = readFileSync(join(storyDir, 'story.json'));
    expect(record.data).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(ingestStory({ sourcesDir: sources, contentDir: content, force: false }).report.written).toEqual(
      [],
    );
  });
});

describe('checked index and notes in the memo', () => {
  it('skips only a text it found clean against the same ids, and finds every problem again', () => {
    const { story: data, storyDir } = story(join(work, 'check'));
    const memo = memoryMemo();
    expect(checkStoryContent(storyDir, data, { memo })).toEqual([]);
    expect([...memo.entries.values()]).toEqual(['clean']);
    expect(checkStoryContent(storyDir, data, { memo })).toEqual([]);
    expect(memo.hits).toBe(1);

    // A group the index names is gone: the same problem as without the memo.
    const index = join(storyDir, 'index.mdx');
    const source = readFileSync(index, 'utf8');
    const named = /<QuoteGroup id="([^"]+)"/.exec(source)![1]!;
    const without: StoryData = {
      ...data,
      analysis: { ...data.analysis, quoteGroups: data.analysis.quoteGroups.filter((g) => g.id !== named) },
    };
    const problems = checkStoryContent(storyDir, without, { memo });
    expect(problems.map((p) => p.message)).toEqual(
      checkStoryContent(storyDir, without).map((p) => p.message),
    );
    expect(problems.some((p) => p.message.includes(named))).toBe(true);

    // An edited index with a problem: found, and not remembered as clean.
    writeFileSync(index, `${source}\n<QuoteGroup id="q-no-such-group" />\n`);
    const edited = checkStoryContent(storyDir, data, { memo });
    expect(edited.map((p) => p.message)).toEqual(checkStoryContent(storyDir, data).map((p) => p.message));
    expect(edited).toHaveLength(1);
    expect(checkStoryContent(storyDir, data, { memo })).toHaveLength(1);
    expect([...memo.entries.values()]).toEqual(['clean']);
  });
});
