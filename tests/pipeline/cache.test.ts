// The ingest cache (src/pipeline/cache.ts) changes speed, never results: a story ingested with a
// warm cache, a cold one, a corrupt one or none gives the same files, byte for byte.
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, analysisKey, openAnalysisCache } from '../../src/pipeline/cache.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import { FEATURES_VERSION, articleFeatures } from '../../src/pipeline/compare/features.ts';
import { analyseDocuments, ingestStory } from '../../src/pipeline/ingest.ts';
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

    const uncached = join(work, 'uncached');
    ingest(uncached, true);
    expect(output(cached)).toEqual(output(uncached));
  });

  it('ignores corrupt entries and entries written for another key', () => {
    const content = join(work, 'corrupt');
    ingest(content);
    const dir = join(content, 'stories', 'nato-ukraine-aid', CACHE_DIR, 'analysis');
    const [first, second] = readdirSync(dir);
    writeFileSync(join(dir, first!), '{"key": "trunc');
    const foreign = JSON.parse(readFileSync(join(dir, second!), 'utf8')) as {
      key: string;
      analysed: { article: { headline: string } };
    };
    const analysed = { ...foreign.analysed, article: { ...foreign.analysed.article, headline: 'X' } };
    writeFileSync(join(dir, second!), JSON.stringify({ key: 'another', analysed }));
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
    expect(JSON.stringify(compare(articles, features))).toBe(JSON.stringify(compare(articles)));
  });

  it('ignores an entry whose features are missing, of another version or corrupt', () => {
    const content = join(work, 'bad-features');
    ingest(content);
    const storyDir = join(content, 'stories', 'nato-ukraine-aid');
    const dir = join(storyDir, CACHE_DIR, 'analysis');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const entry = (file: string) =>
      JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        key: string;
        analysed: { features: Record<string, unknown> };
      };
    const tamper = (file: string, change: (features: Record<string, unknown>) => unknown) => {
      const e = entry(file);
      const analysed = { ...e.analysed, features: change(e.analysed.features) };
      writeFileSync(join(dir, file), JSON.stringify({ ...e, analysed }));
      return e.key;
    };
    const keys = [
      tamper(files[0]!, () => undefined),
      tamper(files[1]!, (f) => ({ ...f, version: FEATURES_VERSION + 1 })),
      tamper(files[2]!, (f) => ({ ...f, counts: [1] })),
    ];
    const cache = openAnalysisCache(storyDir);
    for (const key of keys) expect(cache.get(key)).toBeUndefined();
    rmSync(join(storyDir, CACHE_DIR, 'story-inputs.json'));
    const stamp = statSync(join(storyDir, 'story.json')).mtimeMs;
    const again = ingest(content);
    // The same data: story.json is left as it was (and no temporary file stays behind).
    expect(again.report.unchanged).toContain('story.json');
    expect(statSync(join(storyDir, 'story.json')).mtimeMs).toBe(stamp);
    expect(readdirSync(storyDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Analysed again and rewritten whole.
    for (const file of files.slice(0, 3))
      expect(entry(file).analysed.features.version).toBe(FEATURES_VERSION);
    const reference = join(work, 'bad-features-reference');
    ingest(reference, true);
    expect(output(content)).toEqual(output(reference));
  });
});
