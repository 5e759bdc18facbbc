// The ingest cache (src/pipeline/cache.ts) changes speed, never results: a story ingested with a
// warm cache, a cold one, a corrupt one or none gives the same files, byte for byte.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, analysisKey, openAnalysisCache } from '../../src/pipeline/cache.ts';
import { openConfigMemo } from '../../src/pipeline/config-memo.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import { FEATURES_VERSION, articleFeatures } from '../../src/pipeline/compare/features.ts';
import { analyseDocuments, ingestStory } from '../../src/pipeline/ingest.ts';
import { sameBytes } from '../../src/pipeline/emit/json-bytes.ts';
import { readStory } from '../../src/pipeline/read/index.ts';

let work: string;
let sources: string;
const ingest = (content: string, force = false) =>
  ingestStory({ sourcesDir: sources, contentDir: content, force });

/** Every file ingest wrote for the story (not the cache), with story.json's time stamp blanked. */
function output(content: string): Record<string, string> {
  const dir = join(content, 'stories', 'nato-ukraine-aid');
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (name.startsWith(CACHE_DIR) || name.startsWith('.') || !name.includes('.')) continue;
    files[name] = readFileSync(join(dir, name), 'utf8').replace(
      /"generatedAt": "[^"]*"/,
      '"generatedAt": ""',
    );
  }
  return files;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'explainer-cache-'));
  sources = join(work, 'nato-ukraine-aid');
  cpSync('sources/nato-ukraine-aid', sources, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest cache', () => {
  it('gives the same files with a warm cache, after a source changes, and with no cache at all', () => {
    const cached = join(work, 'cached');
    ingest(cached);
    const cacheDir = join(cached, 'stories', 'nato-ukraine-aid', CACHE_DIR);
    expect(readdirSync(join(cacheDir, 'analysis'))).toHaveLength(5);
    const again = ingest(cached);
    expect(again.report.written).toEqual([]);
    expect(again.story.articles).toHaveLength(5);

    const name = readdirSync(sources).find((file) => file.endsWith('.txt'))!;
    appendFileSync(join(sources, name), '\n\nA paragraph added by the test, said Jane Doe.\n');
    const changed = ingest(cached);
    expect(changed.report.written.length).toBeGreaterThan(0);
    expect(JSON.stringify(changed.story)).toContain('A paragraph added by the test');
    // The changed source's old entry is pruned: one entry per source, never more.
    expect(readdirSync(join(cacheDir, 'analysis'))).toHaveLength(5);
    // After a run that rewrote a file (here one deleted by hand), the record it left matches the
    // files (only those it wrote were hashed again): the next run reads the story back without
    // rewriting anything, the record included.
    const mdx = `articles/${changed.story.articles[0]!.id}.mdx`;
    rmSync(join(cached, 'stories', 'nato-ukraine-aid', mdx));
    expect(ingest(cached).report.written).toEqual([mdx]);
    const record = join(cacheDir, 'story-inputs.json');
    const recordFile = statSync(record).ino;
    expect(ingest(cached).report.written).toEqual([]);
    expect(statSync(record).ino).toBe(recordFile);

    const uncached = join(work, 'uncached');
    ingest(uncached, true);
    expect(output(cached)).toEqual(output(uncached));
  });

  it('--force trusts no entry but leaves one per source, so the next re-ingest is incremental', () => {
    const forced = join(work, 'forced');
    const dir = join(forced, 'stories', 'nato-ukraine-aid', CACHE_DIR, 'analysis');
    ingest(forced);
    const stale = readdirSync(dir)[0]!;
    writeFileSync(join(dir, stale), '{"key": "trunc');
    ingest(forced, true);
    const entries = readdirSync(dir);
    expect(entries).toHaveLength(5);
    // Written again by the forced run (it did not trust it), and whole.
    expect(deserialize(readFileSync(join(dir, stale)))).toHaveProperty('key');
    const files = new Map(entries.map((name) => [name, statSync(join(dir, name)).ino]));
    const name = readdirSync(sources).find((file) => file.endsWith('.txt'))!;
    appendFileSync(join(sources, name), '\n\nAnother paragraph added by the test.\n');
    ingest(forced);
    // Only the changed source was analysed again: the other four entries are the forced run's.
    const after = readdirSync(dir);
    expect(after).toHaveLength(5);
    expect(after.filter((entry) => files.get(entry) === statSync(join(dir, entry)).ino)).toHaveLength(4);
  });

  it('ignores corrupt entries and entries written for another key', () => {
    const content = join(work, 'corrupt');
    ingest(content);
    const dir = join(content, 'stories', 'nato-ukraine-aid', CACHE_DIR, 'analysis');
    const [first, second] = readdirSync(dir);
    writeFileSync(join(dir, first!), readFileSync(join(dir, first!)).subarray(0, 200));
    const foreign = deserialize(readFileSync(join(dir, second!))) as {
      key: string;
      analysed: { article: { headline: string } };
    };
    const analysed = { ...foreign.analysed, article: { ...foreign.analysed.article, headline: 'X' } };
    writeFileSync(join(dir, second!), serialize({ key: 'another', analysed }));
    rmSync(join(content, 'stories', 'nato-ukraine-aid', CACHE_DIR, 'story-inputs.json'));
    ingest(content);
    const reference = join(work, 'reference');
    ingest(reference, true);
    expect(output(content)).toEqual(output(reference));

    const cache = openAnalysisCache(join(content, 'stories', 'nato-ukraine-aid'));
    const [document] = readStory(sources).documents;
    expect(cache.get(analysisKey(document!))?.article).toMatchObject({ headline: expect.any(String) });
    expect(cache.get('0'.repeat(64))).toBeUndefined();
  });

  it('does not rewrite anything when nothing changed, and notices a hand edit', () => {
    const content = join(work, 'edits');
    const first = ingest(content);
    const article = join(first.storyDir, 'articles', `${first.story.articles[0]!.id}.mdx`);
    const stamp = statSync(join(first.storyDir, 'story.json')).mtimeMs;
    const second = ingest(content);
    expect(second.report.written).toEqual([]);
    expect(statSync(join(first.storyDir, 'story.json')).mtimeMs).toBe(stamp);
    // Three mentions of a new name: a key entity only if compare reads the edited text, not the
    // features cached for the source.
    const name = 'Zbigniew Quodlibet';
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace(
        '<P n={0}>',
        `<P n={0}>EDITED. In Warsaw, ${name} spoke; ${name} left, and ${name} came back. `,
      ),
    );
    const third = ingest(content);
    expect(third.report.kept).toContain(`articles/${first.story.articles[0]!.id}.mdx`);
    expect(third.story.articles[0]!.paragraphs[0]).toMatch(/^EDITED\. /);
    expect(first.story.analysis.entities.map((e) => e.name)).not.toContain(name);
    expect(third.story.analysis.entities.map((e) => e.name)).toContain(name);
  });

  it("caches each article's compare features, and compare gives the same analysis with them", () => {
    const content = join(work, 'features');
    const ingested = ingest(content);
    const cache = openAnalysisCache(ingested.storyDir);
    const { documents } = readStory(sources);
    const keys = documents.map(analysisKey);
    const features: ReturnType<typeof articleFeatures>[] = [];
    const articles = analyseDocuments(documents, [], new Map(), () => {}, cache, keys, undefined, features);
    expect(features).toHaveLength(articles.length);
    articles.forEach((article, i) => {
      expect(features[i]).toEqual(articleFeatures(article));
      expect(cache.get(keys[i]!)?.features).toEqual(features[i]);
    });
    // The features are real work (not empty): terms, entity candidates, capitalised words.
    expect(features[0]!.counts.length).toBeGreaterThan(50);
    expect(features[0]!.entities.flags.length).toBeGreaterThan(5);
    // Each paragraph's content stems, from which figure grouping tells the story's common words.
    expect(features[0]!.paragraphStems.stems.length).toBeGreaterThan(50);
    expect(Math.max(...features.flatMap((f) => f.paragraphStems.counts))).toBeGreaterThan(1);
    expect(JSON.stringify(compare(articles, features))).toBe(JSON.stringify(compare(articles)));
  });

  it('ignores an entry whose features are missing or of another version, and recomputes a corrupt deferred part', () => {
    const content = join(work, 'bad-features');
    ingest(content);
    const storyDir = join(content, 'stories', 'nato-ukraine-aid');
    const dir = join(storyDir, CACHE_DIR, 'analysis');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    type Packed = { eager: Record<string, unknown>; deferred: Uint8Array };
    const entry = (file: string) =>
      deserialize(readFileSync(join(dir, file))) as {
        key: string;
        analysed: { article: { paragraphs: string[] }; features: Packed };
      };
    const tamper = (file: string, change: (features: Packed) => unknown) => {
      const e = entry(file);
      const analysed = { ...e.analysed, features: change(e.analysed.features) };
      writeFileSync(join(dir, file), serialize({ ...e, analysed }));
      return e.key;
    };
    const deferred = (f: Packed) => deserialize(f.deferred) as Record<string, unknown>;
    // Missing features, or eager fields of another version: the entry is not trusted.
    const refused = [
      tamper(files[0]!, () => undefined),
      tamper(files[1]!, (f) => ({ ...f, eager: { ...f.eager, version: FEATURES_VERSION + 1 } })),
    ];
    // The deferred part is read on first use (cache-features.ts): counts that do not fit the terms,
    // stems without counts, or bytes that do not deserialize are computed again from the article.
    const recomputed = [
      tamper(files[2]!, (f) => ({ ...f, deferred: serialize({ ...deferred(f), counts: [1] }) })),
      tamper(files[3]!, (f) => ({
        ...f,
        deferred: serialize({ ...deferred(f), paragraphStems: { stems: ['aid'], counts: [] } }),
      })),
      tamper(files[4] ?? files[3]!, (f) => ({ ...f, deferred: new Uint8Array([255, 1, 2]) })),
    ];
    const cache = openAnalysisCache(storyDir);
    for (const key of refused) expect(cache.get(key)).toBeUndefined();
    for (const key of recomputed) {
      const analysed = cache.get(key)!;
      expect(JSON.stringify(analysed.features)).toBe(JSON.stringify(articleFeatures(analysed.article)));
    }
    rmSync(join(storyDir, CACHE_DIR, 'story-inputs.json'));
    const stamp = statSync(join(storyDir, 'story.json')).mtimeMs;
    const again = ingest(content);
    // The same data: story.json is left as it was (and no temporary file stays behind).
    expect(again.report.unchanged).toContain('story.json');
    expect(statSync(join(storyDir, 'story.json')).mtimeMs).toBe(stamp);
    expect(readdirSync(storyDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The refused entries were analysed again and rewritten whole.
    for (const file of files.slice(0, 2))
      expect(entry(file).analysed.features.eager.version).toBe(FEATURES_VERSION);
    const reference = join(work, 'bad-features-reference');
    ingest(reference, true);
    expect(output(content)).toEqual(output(reference));
  });

  it("reuses unchanged articles' story.json bytes only from the file and record it left", () => {
    const content = join(work, 'reuse');
    const storyDir = join(content, 'stories', 'nato-ukraine-aid');
    const memoPath = join(storyDir, CACHE_DIR, 'mdx-memo.json');
    const dataPath = join(storyDir, 'story.json');
    type Memo = { dataFile: { hash: string; articles: Array<[string, number, number]> } };
    ingest(content);
    // The record names each article's bytes in the file.
    const memo = JSON.parse(readFileSync(memoPath, 'utf8')) as Memo;
    const bytes = readFileSync(dataPath);
    const { articles } = JSON.parse(bytes.toString('utf8')) as { articles: unknown[] };
    expect(memo.dataFile.articles).toHaveLength(articles.length);
    memo.dataFile.articles.forEach(([, start, length], a) =>
      expect(JSON.parse(bytes.toString('utf8', start, start + length))).toEqual(articles[a]),
    );
    const changeAndCompare = (line: string, name: string) => {
      const source = readdirSync(sources).find((file) => file.endsWith('.txt'))!;
      appendFileSync(join(sources, source), `\n\n${line}\n`);
      ingest(content);
      const reference = join(work, name);
      ingest(reference, true);
      expect(output(content)).toEqual(output(reference));
    };
    // A record whose ranges were swapped (its hash kept) is not used.
    const [first, second] = memo.dataFile.articles;
    [first![1], second![1]] = [second![1], first![1]];
    [first![2], second![2]] = [second![2], first![2]];
    writeFileSync(memoPath, JSON.stringify(memo));
    changeAndCompare('A paragraph for the reuse test, said Jane Doe.', 'reuse-reference-1');
    // Nor a record of a story.json changed since (an article's headline, same length).
    const story = readFileSync(dataPath, 'utf8');
    const headline = /"headline": "([^"]{3})/.exec(story)!;
    writeFileSync(dataPath, story.replace(headline[0], `"headline": "${'X'.repeat(3)}`));
    changeAndCompare('Another paragraph for the reuse test.', 'reuse-reference-2');
  });
});

describe('story.json comparison (emit sameBytes)', () => {
  const bytes = Buffer.from('{"a": "naïve – 東京"}\n', 'utf8');
  it('matches the same text in any pieces, multi-byte characters split between them', () => {
    for (const cut of [0, 5, 9, 12, 22]) {
      const match = sameBytes(bytes);
      const text = bytes.toString('utf8');
      match.update(text.slice(0, cut));
      match.update(text.slice(cut));
      expect(match.same()).toBe(true);
    }
  });
  it('tells a difference, a shorter text and a longer one', () => {
    const differs = sameBytes(bytes);
    differs.update('{"a": "naive – 東京"}\n');
    expect(differs.same()).toBe(false);
    const shorter = sameBytes(bytes);
    shorter.update('{"a": "naïve');
    expect(shorter.same(false)).toBe(true);
    expect(shorter.same()).toBe(false);
    const longer = sameBytes(bytes);
    longer.update('{"a": "naïve – 東京"}\n\n');
    expect(longer.same()).toBe(false);
  });
});

describe('story.yaml memo', () => {
  it('gives the same config as parsing, is refreshed when the text changes, and ignores a corrupt file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-yaml-'));
    try {
      const storySources = join(dir, 'story');
      cpSync('sources/nato-ukraine-aid', storySources, { recursive: true });
      const yaml = join(storySources, 'story.yaml');
      const content = join(dir, 'content');
      const memo = openConfigMemo(content, storySources);
      const parsed = readStory(storySources).config;
      expect(readStory(storySources, memo).config).toEqual(parsed);
      // Nothing is written before save (a failed ingest leaves the content folder as it was).
      expect(existsSync(content)).toBe(false);
      memo.save();
      const [entry] = readdirSync(join(content, CACHE_DIR, 'story-yaml'));
      expect(entry).toMatch(/\.v8$/);
      expect(memo.get(readFileSync(yaml, 'utf8'))).toEqual(parsed);
      // The remembered value is what is used for the same text (a planted one shows it), still
      // checked against the schema: a planted invalid one falls back to parsing.
      memo.set(readFileSync(yaml, 'utf8'), { title: 'From the memo' });
      memo.save();
      expect(readStory(storySources, memo).config).toEqual({ title: 'From the memo' });
      memo.set(readFileSync(yaml, 'utf8'), { title: 42 });
      memo.save();
      expect(readStory(storySources, memo).config).toEqual(parsed);
      // Changed text: the memo does not answer for it, and the new text is parsed.
      writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}\n# a comment\n`);
      expect(memo.get(readFileSync(yaml, 'utf8'))).toBeUndefined();
      expect(readStory(storySources, memo).config).toEqual(parsed);
      // A corrupt memo file is ignored; an invalid story.yaml is an error at its line either way.
      writeFileSync(join(content, CACHE_DIR, 'story-yaml', entry!), 'not v8');
      expect(memo.get(readFileSync(yaml, 'utf8'))).toBeUndefined();
      writeFileSync(yaml, 'title: [unclosed\n');
      expect(() => readStory(storySources, memo)).toThrow(/invalid YAML/);
      // A dry run's memo writes nothing.
      const dry = join(dir, 'dry');
      const dryMemo = openConfigMemo(dry, storySources, false);
      dryMemo.set('title: x\n', { title: 'x' });
      dryMemo.save();
      expect(existsSync(dry)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
