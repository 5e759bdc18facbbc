// ingest on the real seed articles, into a temporary content folder: what it writes, that a
// second run changes nothing, that hand edits survive and flow into story.json, and --force.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoryDataSchema, StoryIndexSchema } from '../../src/lib/model.ts';
import { ingestStory } from '../../src/pipeline/ingest.ts';
import { splitFrontmatter, parseFrontmatter } from '../../src/pipeline/emit/article-mdx.ts';

let work: string;
let sources: string;
let content: string;
const run = (force = false) => ingestStory({ sourcesDir: sources, contentDir: content, force });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'explainer-ingest-'));
  sources = join(work, 'nato-ukraine-aid');
  content = join(work, 'content');
  cpSync('sources/nato-ukraine-aid', sources, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest', () => {
  it('writes one MDX per article, the explainer draft and story.json', () => {
    const result = run();
    const dir = result.storyDir;
    expect(readdirSync(join(dir, 'articles'))).toHaveLength(5);
    const story = StoryDataSchema.parse(JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')));
    expect(story.articles).toHaveLength(5);
    const { yaml } = splitFrontmatter(readFileSync(join(dir, 'index.mdx'), 'utf8'), 'index.mdx');
    expect(StoryIndexSchema.parse(parseFrontmatter(yaml, 'index.mdx')).articleCount).toBe(5);
  });

  it('drafts a name as the outlets spell it: two write Kiev and two Kyiv, so the draft takes no side', () => {
    const draft = readFileSync(join(content, 'stories', 'nato-ukraine-aid', 'index.mdx'), 'utf8');
    expect(draft).toContain('Jens Stoltenberg and Kiev/Kyiv.');
  });

  it('changes nothing on a second run, story.json included (its generatedAt stays)', () => {
    const before = readFileSync(join(content, 'stories', 'nato-ukraine-aid', 'story.json'), 'utf8');
    const result = run();
    expect(result.report.kept).toEqual([]);
    expect(result.report.written).toEqual([]);
    expect(result.report.unchanged).toHaveLength(7);
    expect(readFileSync(join(result.storyDir, 'story.json'), 'utf8')).toBe(before);
  });

  it('keeps a hand-edited article byte for byte and reads its edits into story.json', () => {
    const first = run();
    const article = first.story.articles[0]!;
    const path = join(first.storyDir, 'articles', `${article.id}.mdx`);
    const edited = readFileSync(path, 'utf8').replace('<P n={0}>', '<P n={0}>EDITED BY HAND. ');
    writeFileSync(path, edited);
    const second = run();
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(second.report.kept).toContain(`articles/${article.id}.mdx`);
    expect(second.edited).toContain(article.id);
    const story = JSON.parse(readFileSync(join(second.storyDir, 'story.json'), 'utf8'));
    const fromStory = story.articles.find((a: { id: string }) => a.id === article.id);
    expect(fromStory.paragraphs[0]).toMatch(/^EDITED BY HAND\. /);
  });

  it('keeps a hand-edited explainer and regenerates everything with --force', () => {
    const first = run();
    const index = join(first.storyDir, 'index.mdx');
    writeFileSync(index, readFileSync(index, 'utf8') + '\nA journalist wrote this.\n');
    expect(run().report.kept).toContain('index.mdx');
    expect(readFileSync(index, 'utf8')).toMatch(/A journalist wrote this/);
    const forced = run(true);
    expect(forced.report.kept).toEqual([]);
    expect(readFileSync(index, 'utf8')).not.toMatch(/A journalist wrote this/);
  });

  it('removes the generated file of a deleted source but keeps an edited one', () => {
    const first = run(true);
    const [a, b] = first.story.articles;
    const editedPath = join(first.storyDir, 'articles', `${b!.id}.mdx`);
    writeFileSync(editedPath, readFileSync(editedPath, 'utf8') + '\n');
    rmSync(join(sources, a!.source));
    rmSync(join(sources, b!.source));
    const second = run();
    expect(second.report.removed).toContain(`articles/${a!.id}.mdx`);
    expect(second.report.kept).toContain(`articles/${b!.id}.mdx`);
    expect(existsSync(editedPath)).toBe(true);
    expect(second.story.articles).toHaveLength(3);
  });
});
