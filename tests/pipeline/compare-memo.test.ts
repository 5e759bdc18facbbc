// compare's per-article memo (src/pipeline/compare/memo.ts, kept by src/pipeline/compare-cache.ts)
// changes speed, never results: with a warm memo the unchanged articles' scans are not run again,
// and the analysis is the same as without one; a corrupt memo, or one of another code version, is
// ignored. Real input: the bundled story.
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
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/model.ts';
import { outletName } from '../../src/lib/outlet.ts';
import { CACHE_DIR, analysisKey, openAnalysisCache } from '../../src/pipeline/cache.ts';
import { openCompareMemo } from '../../src/pipeline/compare-cache.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import type { ArticleFeatures } from '../../src/pipeline/compare/features.ts';
import type { CompareMemo, StorySum } from '../../src/pipeline/compare/memo.ts';
import { analyseDocuments, ingestStory } from '../../src/pipeline/ingest.ts';
import { readStory } from '../../src/pipeline/read/index.ts';

let work: string;
let sources: string;
/** Steps memoised per article, per outlet (its articles together), and whole (by what they read). */
const STEPS = ['naming', 'role-names', 'word-paragraphs', 'mention-paragraphs', 'headline-parts'];
const OUTLET_STEPS = ['outlet-terms'];
const WHOLE_STEPS = ['quote-groups', 'figure-groups'];
/** Story-wide sums, counted per article part added. */
const SUMS = ['paragraph-stems', 'lowercase-words'];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'explainer-compare-memo-'));
  sources = join(work, 'nato-ukraine-aid');
  cpSync('sources/nato-ukraine-aid', sources, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `memo`, counting per step how many results were computed rather than reused. */
function counting(memo: CompareMemo): { memo: CompareMemo; computed: Record<string, number> } {
  const computed: Record<string, number> = {};
  return {
    computed,
    memo: {
      step<T>(name: string, context: unknown) {
        const get = memo.step<T>(name, context);
        return (article: number, compute: () => T): T =>
          get(article, () => {
            computed[name] = (computed[name] ?? 0) + 1;
            return compute();
          });
      },
      group<T>(name: string, context: unknown) {
        const get = memo.group<T>(name, context);
        return (articles: readonly number[], compute: () => T): T =>
          get(articles, () => {
            computed[name] = (computed[name] ?? 0) + 1;
            return compute();
          });
      },
      whole<T>(name: string, inputs: () => Iterable<string>, compute: () => T): T {
        return memo.whole(name, inputs, () => {
          computed[name] = (computed[name] ?? 0) + 1;
          return compute();
        });
      },
      sum<P, T>(spec: StorySum<P, T>, count: number, part: (article: number) => P): T {
        return memo.sum(spec, count, (a) => {
          computed[spec.name] = (computed[spec.name] ?? 0) + 1;
          return part(a);
        });
      },
    },
  };
}

/** The story's articles as ingest analyses them, with their features and analysis keys. */
function analysed(storyDir: string): { articles: Article[]; features: ArticleFeatures[]; keys: string[] } {
  const { documents } = readStory(sources);
  const keys = documents.map(analysisKey);
  const features: ArticleFeatures[] = [];
  const kept: Array<string | undefined> = [];
  const cache = openAnalysisCache(storyDir);
  const articles = analyseDocuments(
    documents,
    [],
    new Map(),
    () => {},
    cache,
    keys,
    undefined,
    features,
    kept,
  );
  return { articles, features, keys: kept.map((key) => key!) };
}

/** Every file ingest wrote for the story (not the cache), with story.json's time stamp blanked. */
function output(storyDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(storyDir, { recursive: true }) as string[]) {
    if (name.startsWith(CACHE_DIR) || name.startsWith('.') || !name.includes('.')) continue;
    files[name] = readFileSync(join(storyDir, name), 'utf8').replace(
      /"generatedAt": "[^"]*"/,
      '"generatedAt": ""',
    );
  }
  return files;
}

describe('compare memo', () => {
  it('reuses every unchanged article’s scans after an ingest, and gives the same analysis', () => {
    const { storyDir } = ingestStory({ sourcesDir: sources, contentDir: join(work, 'warm'), force: true });
    const { articles, features, keys } = analysed(storyDir);
    const plain = JSON.stringify(compare(articles, features));

    // What ingest gives the memo: each source's features as the analysis cache has them.
    const cache = openAnalysisCache(storyDir);
    const featuresOf = (key: string) => cache.peek(key)?.features;
    const warm = counting(openCompareMemo(storyDir, keys, { featuresOf }));
    expect(JSON.stringify(compare(articles, features, warm.memo))).toBe(plain);
    expect(warm.computed).toEqual({});

    // One article's text changed (not its source's: no key): only its scans run again, and its
    // outlet's term counts; its quotes are the same, so the quote groups are reused.
    const changed = articles.map((a, i) =>
      i === 2 ? { ...a, paragraphs: [...a.paragraphs, 'The talks went on late into the night.'] } : a,
    );
    const unknown = keys.map((key, i) => (i === 2 ? undefined : key));
    const one = counting(openCompareMemo(storyDir, unknown, { featuresOf }));
    const fresh = features.map((f, i) => (i === 2 ? undefined : f));
    expect(JSON.stringify(compare(changed, fresh, one.memo))).toBe(JSON.stringify(compare(changed)));
    // The figure groups are computed again: the new paragraph changes the story's common stems.
    // The story-wide sums take the article's old part back out and add its new one.
    expect(one.computed).toEqual({
      ...Object.fromEntries(STEPS.map((step) => [step, 1])),
      ...Object.fromEntries(SUMS.map((sum) => [sum, 1])),
      'outlet-terms': 1,
      'figure-groups': 1,
    });
    // When the old article's features cannot be read, the sums are added up afresh: same analysis.
    const unread = counting(openCompareMemo(storyDir, unknown, { featuresOf: () => undefined }));
    expect(JSON.stringify(compare(changed, fresh, unread.memo))).toBe(JSON.stringify(compare(changed)));
    for (const sum of SUMS) expect(unread.computed[sum]).toBe(articles.length);
    // An article gone and the others in another order: the same sums as without a memo.
    const fewer = [...articles.slice(3), articles[1]!, articles[0]!];
    const fewerKeys = [...keys.slice(3), keys[1]!, keys[0]!];
    const fewerFeatures = [...features.slice(3), features[1]!, features[0]!];
    const moved = counting(openCompareMemo(storyDir, fewerKeys, { featuresOf }));
    expect(JSON.stringify(compare(fewer, fewerFeatures, moved.memo))).toBe(JSON.stringify(compare(fewer)));
    for (const sum of SUMS) expect(moved.computed[sum]).toBeUndefined();

    // A headline is read by neither grouping: both are reused.
    const retitled = articles.map((a, i) => (i === 2 ? { ...a, headline: `${a.headline} (updated)` } : a));
    const titled = counting(openCompareMemo(storyDir, unknown));
    expect(JSON.stringify(compare(retitled, fresh, titled.memo))).toBe(JSON.stringify(compare(retitled)));
    expect(titled.computed['quote-groups']).toBeUndefined();
    expect(titled.computed['figure-groups']).toBeUndefined();

    // A changed quote or figure is grouped again, with the same result as without a memo.
    const withQuote = articles.findIndex((a) => a.quotes.some((q) => !q.scare));
    const withFigure = articles.findIndex((a) => a.figures.some((f) => f.amount !== null && f.amount > 0));
    const edited = articles.map((a, i) => ({
      ...a,
      quotes:
        i === withQuote
          ? a.quotes.map((q, n) =>
              n === a.quotes.findIndex((x) => !x.scare) ? { ...q, text: `${q.text} Indeed.` } : q,
            )
          : a.quotes,
      figures:
        i === withFigure
          ? a.figures.map((f, n) =>
              n === a.figures.findIndex((x) => x.amount !== null && x.amount > 0)
                ? { ...f, amount: f.amount! * 3 }
                : f,
            )
          : a.figures,
    }));
    const regrouped = counting(
      openCompareMemo(
        storyDir,
        keys.map((key, i) => (i === withQuote || i === withFigure ? undefined : key)),
      ),
    );
    const plainEdited = JSON.stringify(compare(edited));
    expect(plainEdited).not.toBe(plain);
    expect(JSON.stringify(compare(edited, features, regrouped.memo))).toBe(plainEdited);
    expect(regrouped.computed['quote-groups']).toBe(1);
    expect(regrouped.computed['figure-groups']).toBe(1);

    // A scare quote is read too (it may join a group as a quoted word): changing one groups again.
    const withScare = articles.findIndex((a) => a.quotes.some((q) => q.scare));
    const rescared = articles.map((a, i) =>
      i === withScare
        ? { ...a, quotes: a.quotes.map((q) => (q.scare ? { ...q, speaker: 'Someone Else' } : q)) }
        : a,
    );
    const scared = counting(
      openCompareMemo(
        storyDir,
        keys.map((key, i) => (i === withScare ? undefined : key)),
      ),
    );
    expect(withScare).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(compare(rescared, features, scared.memo))).toBe(JSON.stringify(compare(rescared)));
    expect(scared.computed['quote-groups']).toBe(1);

    // Another context (here: no key people) is another entry: computed, never the old answer.
    const other = counting(openCompareMemo(storyDir, keys));
    other.memo.step('role-names', [])(0, () => 'x');
    expect(other.computed).toEqual({ 'role-names': 1 });
  });

  it('ignores a corrupt memo, one of another code version, and corrupt entries', () => {
    const { storyDir } = ingestStory({ sourcesDir: sources, contentDir: join(work, 'bad'), force: true });
    const { articles, features, keys } = analysed(storyDir);
    const plain = JSON.stringify(compare(articles, features));
    const file = join(storyDir, CACHE_DIR, 'compare-memo.v8');
    const saved = deserialize(readFileSync(file)) as { version: string; entries: Map<string, Uint8Array> };
    const outlets = new Set(articles.map(outletName)).size;
    expect(outlets).toBeGreaterThan(1);
    expect(saved.entries.size).toBe(
      articles.length * STEPS.length + outlets * OUTLET_STEPS.length + WHOLE_STEPS.length + SUMS.length,
    );

    const everything = Object.fromEntries([
      ...STEPS.map((step) => [step, articles.length]),
      ...SUMS.map((sum) => [sum, articles.length]),
      ...OUTLET_STEPS.map((step) => [step, outlets]),
      ...WHOLE_STEPS.map((step) => [step, 1]),
    ]);
    const tampered = [
      readFileSync(file).subarray(0, 100), // truncated
      Buffer.from('not v8'),
      serialize({ ...saved, version: 'another' }),
      serialize({ ...saved, entries: new Map([...saved.entries].map(([k]) => [k, Buffer.from('x')])) }),
    ];
    for (const bytes of tampered) {
      writeFileSync(file, bytes);
      const memo = counting(openCompareMemo(storyDir, keys));
      expect(JSON.stringify(compare(articles, features, memo.memo))).toBe(plain);
      expect(memo.computed).toEqual(everything);
    }
  });

  it('an ingest with a warm, corrupt or no memo writes the same files, after a source changes too', () => {
    const warm = join(work, 'ingest-warm');
    ingestStory({ sourcesDir: sources, contentDir: warm, force: false });
    const name = readdirSync(sources).find((file) => file.endsWith('.txt'))!;
    appendFileSync(join(sources, name), '\n\nA paragraph added by the test, said Jens Stoltenberg.\n');
    ingestStory({ sourcesDir: sources, contentDir: warm, force: false });

    const corrupt = join(work, 'ingest-corrupt');
    cpSync(warm, corrupt, { recursive: true });
    const storyDir = join(corrupt, 'stories', 'nato-ukraine-aid');
    writeFileSync(join(storyDir, CACHE_DIR, 'compare-memo.v8'), 'corrupt');
    rmSync(join(storyDir, CACHE_DIR, 'story-inputs.json'));
    appendFileSync(join(sources, name), '\n\nAnother paragraph.\n');
    ingestStory({ sourcesDir: sources, contentDir: warm, force: false });
    ingestStory({ sourcesDir: sources, contentDir: corrupt, force: false });

    const reference = ingestStory({
      sourcesDir: sources,
      contentDir: join(work, 'ingest-none'),
      force: true,
    });
    expect(output(join(warm, 'stories', 'nato-ukraine-aid'))).toEqual(output(reference.storyDir));
    expect(output(storyDir)).toEqual(output(reference.storyDir));
  });
});
