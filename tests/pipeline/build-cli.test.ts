/**
 * `explainer build` refuses a broken story.json before starting Astro: one line naming the file,
 * exit 1, no stack trace. (The working build is exercised by the browser suite.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const content = mkdtempSync(join(tmpdir(), 'explainer-build-cli-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

function build(): { code: number | null; stderr: string } {
  // Its own output folder: the browser suite builds into the project's dist/ meanwhile.
  const out = join(content, 'site');
  const run = spawnSync(process.execPath, ['bin/explainer.js', 'build', '--quiet', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: content },
    timeout: 60_000,
  });
  return { code: run.status, stderr: run.stderr };
}

describe('explainer build on bad data', () => {
  it.each([
    ['is not valid JSON', '{"slug": "x", '],
    ['does not match the story model', '{"slug": "x"}\n'],
  ])('story.json that %s', (message, text) => {
    cpSync(join(ROOT, 'content/stories/nato-ukraine-aid'), join(content, 'stories/broken'), {
      recursive: true,
    });
    const file = join(content, 'stories/broken/story.json');
    writeFileSync(file, text);
    const { code, stderr } = build();
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter((line) => line && !line.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('story.json from an older explainer, without an outlet profile for every article', () => {
    // The same folder as above: build reads every story, and one broken one stops it first.
    const dir = join(content, 'stories/broken');
    cpSync(join(ROOT, 'content/stories/nato-ukraine-aid'), dir, { recursive: true });
    const file = join(dir, 'story.json');
    const story = JSON.parse(readFileSync(file, 'utf8'));
    const dropped = story.analysis.outlets.shift().article;
    writeFileSync(file, JSON.stringify(story));
    const { code, stderr } = build();
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter((line) => line && !line.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain(`analysis.outlets: no outlet profile for article ${dropped}`);
    expect(lines[0]).toContain('run ingest again');
  });
});

/**
 * The story.json download is the file itself, byte for byte (a final newline added when missing),
 * whether `explainer build` writes it (it does, beside Astro: src/cli/build-site.ts) or Astro's
 * route does (`astro build` alone, `astro dev`).
 */
describe('the story.json download', () => {
  const work = mkdtempSync(join(tmpdir(), 'explainer-build-download-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const dir = join(work, 'stories/nato-ukraine-aid');
  cpSync(join(ROOT, 'content/stories/nato-ukraine-aid'), dir, { recursive: true });
  // The bundled file, minus its final newline: the download adds it.
  const bytes = readFileSync(join(dir, 'story.json'));
  writeFileSync(join(dir, 'story.json'), bytes.subarray(0, bytes.at(-1) === 0x0a ? -1 : undefined));
  const expected = Buffer.concat([readFileSync(join(dir, 'story.json')), Buffer.from('\n')]);
  const env = { ...process.env, EXPLAINER_CONTENT: work, ASTRO_TELEMETRY_DISABLED: '1' };

  it.each([
    ['explainer build', ['bin/explainer.js', 'build', '--quiet', '--out']],
    ['astro build alone', ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir']],
  ])('%s', { timeout: 300_000 }, (_, args) => {
    const out = join(work, `site-${args[0]!.includes('astro') ? 'astro' : 'cli'}`);
    const run = spawnSync(process.execPath, [...args, out], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
      timeout: 280_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'nato-ukraine-aid/data/story.json')).equals(expected)).toBe(true);
  });
});
