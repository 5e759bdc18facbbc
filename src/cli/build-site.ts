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
import { InputError } from '../lib/errors.ts';
import { parseStoryFile } from '../lib/story-file.ts';
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
    const astro = runAstroBuild(root, options.quiet);
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

/** Every story's search records; a damaged story.json is an InputError (parseStoryFile). */
function storyRecords(storiesDir: string): { records: SearchRecord[]; stories: number } {
  const records: SearchRecord[] = [];
  let stories = 0;
  const slugs = existsSync(storiesDir) ? readdirSync(storiesDir) : [];
  for (const slug of slugs.sort()) {
    const file = join(storiesDir, slug, 'story.json');
    if (!existsSync(file)) continue;
    const story = parseStoryFile(file, readFileSync(file, 'utf8'));
    const explainerFile = join(storiesDir, slug, 'index.mdx');
    const explainer = existsSync(explainerFile) ? readFileSync(explainerFile, 'utf8') : null;
    records.push(...searchRecords(story, explainer));
    stories++;
  }
  return { records, stories };
}

function runAstroBuild(root: string, quiet: boolean): Promise<void> {
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
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    child.on('error', (error) => fail(new InputError(astroBin, `could not start Astro: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) done();
      else
        fail(
          new InputError(
            join(root, 'astro.config.mjs'),
            `astro build failed (${signal ? `signal ${signal}` : `exit ${code}`}); its message is above`,
          ),
        );
    });
  });
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
