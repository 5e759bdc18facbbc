/**
 * `explainer build`: the reader's site in <root>/dist, with its search index.
 *
 *   astro build (a child process)  ─┐
 *                                   ├─> dist/ + dist/pagefind/
 *   search index from story.json ───┘   (Pagefind's Node API, written to a temp folder meanwhile)
 *
 * Astro renders pages on one thread; the index (src/cli/search-records.ts) is built from the same
 * data on the other core while it does, so search costs the build almost no time (indexing the
 * rendered pages afterwards added ~20% to a 1,000-article build). Astro empties dist/ when it
 * starts, so the index is copied in after Astro is done.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { InputError, InputProblems } from '../lib/errors.ts';
import { parseStoryFile } from '../lib/story-file.ts';
import { checkStoryContent } from '../pipeline/emit/check.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';

export interface BuildSiteOptions {
  /** The Astro project (where astro.config.mjs is). */
  root: string;
  quiet: boolean;
}

export interface BuildSiteReport {
  records: number;
  stories: number;
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteReport> {
  const root = resolve(options.root);
  const storiesDir = resolve(root, process.env.EXPLAINER_CONTENT || 'content', 'stories');
  const records = storyRecords(storiesDir);
  const indexDir = mkdtempSync(join(tmpdir(), 'explainer-search-'));
  try {
    const astro = runAstroBuild(root, options.quiet, storiesDir);
    const index = writeSearchIndex(records.records, indexDir);
    // Both run to the end before either failure is reported: a half-finished child is not left behind.
    const [astroResult, indexResult] = await Promise.allSettled([astro, index]);
    if (astroResult.status === 'rejected') throw astroResult.reason;
    if (indexResult.status === 'rejected') throw indexResult.reason;
    cpSync(indexDir, join(root, 'dist', 'pagefind'), { recursive: true });
    return { records: records.records.length, stories: records.stories };
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

/**
 * Every story's search records; a damaged story.json is an InputError (parseStoryFile). Every file a
 * journalist edits is checked first (emit/check.ts), the same checks ingest runs: all problems are
 * reported at once, each at its file and line, before Astro starts.
 */
function storyRecords(storiesDir: string): { records: SearchRecord[]; stories: number } {
  const records: SearchRecord[] = [];
  const problems: InputError[] = [];
  let stories = 0;
  const slugs = existsSync(storiesDir) ? readdirSync(storiesDir) : [];
  for (const slug of slugs.sort()) {
    const file = join(storiesDir, slug, 'story.json');
    if (!existsSync(file)) continue;
    const story = parseStoryFile(file, readFileSync(file, 'utf8'));
    problems.push(...checkStoryContent(join(storiesDir, slug), story, { articles: true }));
    const explainerFile = join(storiesDir, slug, 'index.mdx');
    const explainer = existsSync(explainerFile) ? readFileSync(explainerFile, 'utf8') : null;
    records.push(...searchRecords(story, explainer));
    stories++;
  }
  if (problems.length > 0) throw new InputProblems(problems);
  return { records, stories };
}

function runAstroBuild(root: string, quiet: boolean, storiesDir: string): Promise<void> {
  const astroBin = join(
    createRequire(join(root, 'package.json')).resolve('astro/package.json'),
    '..',
    'bin',
    'astro.mjs',
  );
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [astroBin, 'build', '--root', root, ...(quiet ? ['--silent'] : [])],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    // Astro's output goes on to the terminal as it comes; the end of it is kept to find, after a
    // failure, which content file caused it.
    let tail = '';
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      keep(chunk);
    });
    child.on('error', (error) => fail(new InputError(astroBin, `could not start Astro: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) done();
      else
        fail(
          contentErrorOf(tail, storiesDir) ??
            new InputError(
              join(root, 'astro.config.mjs'),
              `astro build failed (${signal ? `signal ${signal}` : `exit ${code}`}); its message is above`,
            ),
        );
    });
  });
}

/**
 * An error Astro raised while rendering, mapped back to the content file and line that caused it:
 * the site's components name the tag in their messages (`<QuoteGroup id="q-x">: no such …`), and
 * MDX compile errors name the file. Null when the output names neither.
 */
export function contentErrorOf(output: string, storiesDir: string): InputError | null {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const tag = /(<([A-Z][A-Za-z]*)((?:\s+[A-Za-z]+=(?:"[^"]*"|\{[^}]*\}))*)\s*\/?>):\s*(.+)/.exec(text);
  if (tag) {
    const [, , name, attributes, message] = tag;
    const wanted = [...(attributes ?? '').matchAll(/([A-Za-z]+)=("[^"]*"|\{[^}]*\})/g)].map(
      (m) => `${m[1]}=${m[2]}`,
    );
    for (const file of mdxFiles(storiesDir)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const index = lines.findIndex(
        (line) => line.includes(`<${name}`) && wanted.every((w) => line.includes(w)),
      );
      if (index >= 0) return new InputError(file, `<${name}${attributes}>: ${message!.trim()}`, index + 1);
    }
    // A plain value that fails is caught before Astro runs (emit/check.ts), so a value Astro rejects
    // was written as code (`paragraph={n - 1}`): such a value is matched by its attribute name only.
    const matches = (line: string): boolean =>
      line.includes(`<${name}`) &&
      wanted.every((w) => {
        if (line.includes(w)) return true;
        const key = w.slice(0, w.indexOf('='));
        const written = new RegExp(`\\b${key}=\\{([^}]*)\\}`).exec(line)?.[1];
        return written !== undefined && !isLiteral(written);
      });
    for (const file of mdxFiles(storiesDir)) {
      const index = readFileSync(file, 'utf8').split('\n').findIndex(matches);
      if (index >= 0) return new InputError(file, `<${name}${attributes}>: ${message!.trim()}`, index + 1);
    }
  }
  const place = /((?:\/|\b)[^\s:]*\.mdx):(\d+)(?::\d+)?/.exec(text);
  if (place) {
    const reason =
      /(?:error|Error)[^\n]*?:\s*([^\n]+)/.exec(text)?.[1]?.trim() ?? 'the site could not render it';
    return new InputError(place[1]!, `astro build failed: ${reason}`, Number(place[2]));
  }
  return null;
}

function isLiteral(code: string): boolean {
  try {
    JSON.parse(code);
    return true;
  } catch {
    return false;
  }
}

function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.mdx')) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new InputError('pagefind', `could not start the search indexer: ${errors.join('; ')}`);
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const problems = added.flatMap((result) => result.errors);
    if (problems.length) throw new InputError('pagefind', `indexing failed: ${problems[0]}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new InputError('pagefind', `writing the index failed: ${written.errors[0]}`);
  } finally {
    await pagefind.close();
  }
}
