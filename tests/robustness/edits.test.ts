/**
 * Edits are never lost: ingest the seeds, edit the generated MDX in random ways (fast-check), re-run
 * ingest — as is, with a new source added, with a source removed — and check every edited file is
 * byte-identical afterwards and its edits show in story.json; then --force regenerates.
 *
 * Runs: max(10, FUZZ_RUNS / 100) edit scenarios (20 in `npm test`, 1000 in `npm run fuzz`); each is
 * two or three in-process ingests of the five seed articles.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoryDataSchema, type StoryData } from '../../src/lib/model.ts';
import { mdxToArticle } from '../../src/pipeline/emit/article-mdx.ts';
import { ingestStory } from '../../src/pipeline/ingest.ts';
import { FUZZ_RUNS, fuzzParams } from '../helpers/arbitraries.ts';
import { SEEDS, leftovers, removeDir, tempDir } from '../helpers/cli.ts';

const RUNS = Math.max(10, Math.floor(FUZZ_RUNS / 100));

let work: string;
let template: string; // content folder after one clean ingest
let slug: string;
let articleFiles: string[];

beforeAll(() => {
  work = tempDir('explainer-edits-');
  template = join(work, 'template');
  const result = ingestStory({ sourcesDir: SEEDS, contentDir: template, force: false });
  slug = result.slug;
  articleFiles = readdirSync(join(template, 'stories', slug, 'articles')).sort();
});
afterAll(() => removeDir(work));

type Edit =
  | { kind: 'speaker'; file: number; occurrence: number; name: string }
  | { kind: 'rewrite'; file: number; paragraph: number; text: string }
  | { kind: 'add'; file: number; text: string }
  | { kind: 'deleteQuote'; file: number; occurrence: number }
  | { kind: 'index'; text: string };

const words = fc.stringMatching(/^[A-Z][a-z]{2,8}( [a-z]{2,8}){0,5}$/);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('speaker' as const),
    file: fc.nat({ max: 40 }),
    occurrence: fc.nat({ max: 40 }),
    name: words,
  }),
  fc.record({
    kind: fc.constant('rewrite' as const),
    file: fc.nat({ max: 40 }),
    paragraph: fc.nat({ max: 40 }),
    text: words,
  }),
  fc.record({ kind: fc.constant('add' as const), file: fc.nat({ max: 40 }), text: words }),
  fc.record({
    kind: fc.constant('deleteQuote' as const),
    file: fc.nat({ max: 40 }),
    occurrence: fc.nat({ max: 40 }),
  }),
  fc.record({ kind: fc.constant('index' as const), text: words }),
);

interface Expectation {
  file: string;
  check: (story: StoryData, articleId: string) => void;
}

/** Applies one edit to the story's files; returns what story.json must show afterwards, or null if it did not apply. */
function applyEdit(storyDir: string, e: Edit, marker: string): Expectation | null {
  if (e.kind === 'index') {
    const path = join(storyDir, 'index.mdx');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nA journalist's note ${marker}: ${e.text}.\n`);
    return { file: 'index.mdx', check: () => {} };
  }
  const name = articleFiles[e.file % articleFiles.length]!;
  const relative = `articles/${name}`;
  const path = join(storyDir, relative);
  const source = readFileSync(path, 'utf8');
  const id = name.replace(/\.mdx$/, '');
  const before = mdxToArticle(source, path);
  let next = source;
  let check: Expectation['check'];
  switch (e.kind) {
    case 'speaker': {
      const matches = [...source.matchAll(/speaker=(?:"[^"]*"|\{[^}]*\})/g)];
      if (matches.length === 0) return null;
      const match = matches[e.occurrence % matches.length]!;
      const speaker = `${e.name} ${marker}`;
      next =
        source.slice(0, match.index) + `speaker="${speaker}"` + source.slice(match.index + match[0].length);
      check = (story, articleId) =>
        expect(articleOf(story, articleId).quotes.map((q) => q.speaker)).toContain(speaker);
      break;
    }
    case 'rewrite': {
      const paragraph = e.paragraph % before.paragraphs.length;
      const tag = `<P n={${paragraph}}>`;
      if (!source.includes(tag)) return null;
      const text = `${e.text} ${marker}. `;
      next = source.replace(tag, tag + text);
      check = (story, articleId) =>
        expect(articleOf(story, articleId).paragraphs.some((p) => p.startsWith(text))).toBe(true);
      break;
    }
    case 'add': {
      const text = `${e.text} ${marker}.`;
      next = `${source.trimEnd()}\n\n<P n={${before.paragraphs.length}}>${text}</P>\n`;
      check = (story, articleId) => expect(articleOf(story, articleId).paragraphs).toContain(text);
      break;
    }
    case 'deleteQuote': {
      const opens = [...source.matchAll(/<Quote [^>]*>/g)];
      if (opens.length === 0) return null;
      const open = opens[e.occurrence % opens.length]!;
      const close = source.indexOf('</Quote>', open.index + open[0].length);
      next =
        source.slice(0, open.index) +
        source.slice(open.index + open[0].length, close) +
        source.slice(close + '</Quote>'.length);
      check = (story, articleId) =>
        expect(articleOf(story, articleId).quotes.length).toBeLessThan(before.quotes.length);
      break;
    }
  }
  writeFileSync(path, next);
  return { file: relative, check: (story) => check(story, id) };
}

function articleOf(story: StoryData, id: string) {
  const article = story.articles.find((a) => a.id === id);
  if (!article) throw new Error(`article ${id} missing from story.json`);
  return article;
}

describe('hand edits survive re-ingest (fuzz)', () => {
  it(`keeps every edited file byte for byte and reads its edits into story.json (${RUNS} scenarios)`, () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('same', 'added', 'removed'),
        (edits, sources) => {
          const dir = join(work, `run-${run++}`);
          const sourcesDir = join(dir, 'sources');
          const contentDir = join(dir, 'content');
          cpSync(SEEDS, sourcesDir, { recursive: true });
          cpSync(template, contentDir, { recursive: true });
          const storyDir = join(contentDir, 'stories', slug);
          try {
            const expectations = new Map<string, Expectation[]>();
            edits.forEach((e, i) => {
              const expectation = applyEdit(storyDir, e, `m${i}x`);
              if (expectation)
                expectations.set(expectation.file, [
                  ...(expectations.get(expectation.file) ?? []),
                  expectation,
                ]);
            });
            const edited = new Map(
              [...expectations.keys()].map((file) => [file, readFileSync(join(storyDir, file), 'utf8')]),
            );

            let removedId: string | undefined;
            if (sources === 'added') {
              const seed = readdirSync(sourcesDir).find((name) => name.endsWith('.txt'))!;
              writeFileSync(
                join(sourcesDir, 'zzz-new-article.txt'),
                `A new report\n\n${readFileSync(join(sourcesDir, seed), 'utf8')}\n\nOne more paragraph added by the new outlet for this story.\n`,
              );
            } else if (sources === 'removed') {
              const manifest = JSON.parse(
                readFileSync(join(storyDir, '.explainer-manifest.json'), 'utf8'),
              ) as { sources: Record<string, string> };
              const [source, id] = Object.entries(manifest.sources)[run % 5]!;
              rmSync(join(sourcesDir, source));
              removedId = id;
            }

            const result = ingestStory({ sourcesDir, contentDir, force: false });
            const story = StoryDataSchema.parse(
              JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')),
            );
            for (const [file, content] of edited) {
              expect(readFileSync(join(storyDir, file), 'utf8'), `${file} changed`).toBe(content);
              expect(result.report.kept).toContain(file);
              if (file === `articles/${removedId}.mdx`) {
                expect(story.articles.map((a) => a.id)).not.toContain(removedId);
                continue;
              }
              // story.json holds exactly what the edited file says (two edits may touch the same spot,
              // so the file read back is the reference; the markers prove the edits got that far).
              if (file.startsWith('articles/')) {
                const id = file.slice('articles/'.length, -'.mdx'.length);
                const fromFile = mdxToArticle(content, file);
                expect(articleOf(story, id)).toEqual({
                  ...fromFile,
                  id,
                  source: articleOf(story, id).source,
                  removed: articleOf(story, id).removed,
                });
                const last = expectations.get(file)!.at(-1)!;
                last.check(story, id);
              }
            }
            expect(leftovers(contentDir)).toEqual([]);
            if (sources === 'added') expect(story.articles).toHaveLength(6);
            if (sources === 'removed') {
              expect(story.articles).toHaveLength(4);
              if (!edited.has(`articles/${removedId}.mdx`))
                expect(existsSync(join(storyDir, `articles/${removedId}.mdx`))).toBe(false);
            }

            // A second run changes nothing; --force regenerates every edited file.
            const again = ingestStory({ sourcesDir, contentDir, force: false });
            expect(again.report.written).toEqual([]);
            ingestStory({ sourcesDir, contentDir, force: true });
            for (const [file, content] of edited) {
              if (file === `articles/${removedId}.mdx`) continue; // its source is gone: --force does not resurrect it
              expect(
                readFileSync(join(storyDir, file), 'utf8'),
                `${file} not regenerated by --force`,
              ).not.toBe(content);
            }
          } finally {
            removeDir(dir);
          }
        },
      ),
      { ...fuzzParams(RUNS), endOnFailure: true },
    );
  }, 600_000);
});
