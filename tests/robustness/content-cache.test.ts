/**
 * Two content folders (EXPLAINER_CONTENT) holding a story of the same slug: a build of the second
 * shows the second folder's text, never the first's. Astro's content data store keys entries by id
 * and reused a stored file path when the text digest matched, so a build of folder B rendered
 * folder A's file (which had since changed). Real CLI, real Astro builds, temp folders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../src/lib/content-cache.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = 'nato-ukraine-aid';
const tmp = mkdtempSync(join(tmpdir(), 'explainer-content-cache-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  // The caches of this test's folders (the next build would remove them; the test does now).
  for (const name of ['a', 'b'])
    rmSync(contentCacheDir(ROOT, join(tmp, name)), { recursive: true, force: true });
});

function build(content: string, out: string): void {
  const run = spawnSync(process.execPath, ['bin/explainer.js', 'build', '--quiet', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: content },
    timeout: 240_000,
  });
  expect(run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'))).toEqual([]);
  expect(run.status).toBe(0);
}

/** The first article of the bundled story, in a content folder of its own. */
function contentFolder(name: string): { dir: string; article: string } {
  const dir = join(tmp, name);
  cpSync(join(ROOT, 'content/stories', SLUG), join(dir, 'stories', SLUG), { recursive: true });
  const story = JSON.parse(readFileSync(join(dir, 'stories', SLUG, 'story.json'), 'utf8'));
  return { dir, article: story.articles[0].id as string };
}

/** Puts `word` into the article's first paragraph (a text no earlier build has seen). */
function mark(dir: string, article: string, word: string): void {
  const file = join(dir, 'stories', SLUG, 'articles', `${article}.mdx`);
  const text = readFileSync(file, 'utf8');
  const marked = text.replace(/<P n=\{0\}>/, `<P n={0}>${word} `);
  expect(marked).not.toBe(text);
  writeFileSync(file, marked);
}

const page = (out: string, article: string): string =>
  readFileSync(join(out, SLUG, 'articles', article, 'index.html'), 'utf8');

describe('builds of two content folders with the same story slug', () => {
  it("the second folder's build shows the second folder's text", () => {
    const token = `tok${process.pid}x${Date.now()}`;
    const a = contentFolder('a');
    const b = contentFolder('b');
    // Both folders start with the same new text, so the store holds an entry with its digest.
    mark(a.dir, a.article, `${token}shared`);
    mark(b.dir, b.article, `${token}shared`);
    build(a.dir, join(tmp, 'out-a'));
    expect(page(join(tmp, 'out-a'), a.article)).toContain(`${token}shared`);
    // Folder A changes after its build; folder B does not.
    mark(a.dir, a.article, `${token}onlya`);
    build(b.dir, join(tmp, 'out-b'));
    const html = page(join(tmp, 'out-b'), b.article);
    expect(html).toContain(`${token}shared`);
    expect(html).not.toContain(`${token}onlya`);
    // Each folder has its own cache; once a folder is gone, the next build removes its cache.
    const cacheA = contentCacheDir(ROOT, a.dir);
    const cacheB = contentCacheDir(ROOT, b.dir);
    expect(readFileSync(join(cacheA, 'content-folder.txt'), 'utf8').trim()).toBe(a.dir);
    expect(existsSync(join(cacheB, 'data-store.json'))).toBe(true);
    rmSync(a.dir, { recursive: true });
    build(b.dir, join(tmp, 'out-b'));
    expect(existsSync(cacheA)).toBe(false);
    expect(existsSync(join(cacheB, 'data-store.json'))).toBe(true);
  }, 600_000);
});
