/**
 * Hostile content: tests/fixtures/hostile/hostile-story (script tags, event handlers, javascript:
 * links, iframes, MDX expressions, import/export lines, forged <Quote>/<P> tags, injected
 * frontmatter) goes through the real `explainer ingest`, and every emitted MDX file holds it as
 * inert, escaped text: it compiles, renders only our own components, runs no expression, and the
 * hostile strings show up as text. tests/e2e builds the same folder for the browser check.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoryDataSchema } from '../../src/lib/model.ts';
import { mdxToArticle } from '../../src/pipeline/emit/article-mdx.ts';
import { compileMdx } from '../helpers/arbitraries.ts';
import { ROOT, STACK_TRACE, removeDir, runCli, tempDir } from '../helpers/cli.ts';
import { renderMdx } from '../helpers/render.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'hostile', 'hostile-story');
const OUR_COMPONENTS = new Set([
  'P',
  'Quote',
  'Fig',
  'SourceLink',
  'KeyFigures',
  'FigureChart',
  'Figure',
  'Chart',
  'QuoteGroup',
  'Timeline',
  'OutletAgreement',
  // The Markdown the explainer draft is written in (headings, paragraphs, its list of key figures).
  'h2',
  'p',
  'ul',
  'li',
  'strong',
]);

let work: string;
let storyDir: string;
beforeAll(() => {
  work = tempDir('explainer-hostile-');
  cpSync(FIXTURE, join(work, 'hostile-story'), { recursive: true });
  const result = runCli(['ingest', join(work, 'hostile-story'), '--content', join(work, 'content')]);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.code, result.stderr).toBe(0);
  storyDir = join(work, 'content', 'stories', 'hostile-story');
});
afterAll(() => removeDir(work));

const mdxFiles = (): string[] => [
  ...readdirSync(join(storyDir, 'articles')).map((name) => `articles/${name}`),
  'index.mdx',
];

describe('hostile article content', () => {
  it('ingests both hostile articles', () => {
    const story = StoryDataSchema.parse(JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')));
    expect(story.articles).toHaveLength(2);
  });

  it('escapes every hostile construct in the emitted MDX source', () => {
    for (const file of mdxFiles()) {
      const source = readFileSync(join(storyDir, file), 'utf8');
      const body = source.slice(source.indexOf('\n---\n') + 5);
      // No raw HTML or JSX tag other than ours, no unescaped expression, no import/export line.
      const tags = [...body.matchAll(/(?<!\\)<\/?([A-Za-z][\w.:-]*)/g)].map((match) => match[1]!);
      expect(
        tags.filter((tag) => !OUR_COMPONENTS.has(tag)),
        file,
      ).toEqual([]);
      expect(body, file).not.toMatch(/^(import|export)\s/m);
      const expressions = [...body.matchAll(/(?<![\\=])\{([^}]*)\}/g)].map((match) => match[1]!);
      // The only expressions are attribute values (n={0}, speaker={null}…) and the draft's comment.
      expect(
        expressions.filter((e) => !/^\/\*[\s\S]*\*\/$/.test(e)),
        file,
      ).toEqual([]);
    }
  });

  it('compiles to code that renders only our components and runs nothing', async () => {
    for (const file of mdxFiles()) {
      const source = readFileSync(join(storyDir, file), 'utf8');
      const compiled = await compileMdx(source);
      // No element for the hostile tags, no import, no call of anything but the JSX runtime.
      expect(compiled, file).not.toMatch(/_jsxs?\("(script|img|iframe|a|style|object|embed)"/);
      expect(compiled, file).not.toMatch(/^\s*import\s|^\s*export\s/m);
      expect(compiled, file).not.toMatch(/(?<!["'\w])process\.exit\(\)(?!["'\w])[^"]*$/m);
      const rendered = renderMdx(compiled);
      expect(
        rendered.elements.filter((name) => !OUR_COMPONENTS.has(name)),
        file,
      ).toEqual([]);
      expect((globalThis as { pwned?: unknown }).pwned, file).toBeUndefined();
    }
  });

  it('keeps the hostile strings as visible text, verbatim', async () => {
    const texts: string[] = [];
    for (const file of mdxFiles().filter((name) => name.startsWith('articles/'))) {
      const source = readFileSync(join(storyDir, file), 'utf8');
      const article = mdxToArticle(source, file);
      const rendered = renderMdx(await compileMdx(source));
      expect(rendered.paragraphs.join('\n').replace(/[ \t]*\n[ \t]*/g, '\n')).toBe(
        article.paragraphs.join('\n').replace(/[ \t]*\n[ \t]*/g, '\n'),
      );
      texts.push(...article.paragraphs);
    }
    const all = texts.join('\n');
    // Whatever the normalizer kept of the hostile strings is there as text (not dropped silently
    // by the MDX layer): at least the expressions, which no HTML sanitizer removes.
    expect(all).toContain('{process.exit()}');
    expect(all).toContain('{globalThis.pwned=1}');
  });

  it('keeps hostile metadata (title, outlet, summary) as plain strings in frontmatter', () => {
    const index = readFileSync(join(storyDir, 'index.mdx'), 'utf8');
    expect(index).toContain(
      '"Hostile content test story <script>alert(\'title\')</script> {process.exit()}"',
    );
    const story = JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8'));
    expect(story.articles.map((a: { outlet: string }) => a.outlet)).toContain(
      'Outlet <script>alert(1)</script>',
    );
  });
});
