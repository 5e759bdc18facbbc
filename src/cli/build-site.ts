/**
 * `explainer build`: the reader's site in <root>/dist (or `--out <dir>`), with its search index.
 *
 *   astro build (a child process, into <root>/.dist-next/) ─┐
 *   check every story's files (story.json, MDX) ─> search  ├─> dist/ + dist/pagefind/
 *   index from story.json (Pagefind's Node API, into       │   + dist/<story>/data/story.json
 *   <root>/.dist-search/); story.json downloads (the bytes │   (renames)
 *   checked, into <root>/.dist-data/)                      ─┘
 *
 * Astro starts first and the checks run beside it: reading and checking a 1,000-article story's
 * files takes ~0.8 CPU-s, which before Astro started was that much longer on the build's critical
 * path (Astro's render thread), and on two cores runs free beside Astro's start-up. A problem the
 * checks find stops Astro and is reported alone, each at its file and line; Astro's own output is
 * held back until the checks pass. Astro writes into a staging folder that replaces dist/ only
 * when the whole build succeeded, so a refused or failed build leaves the last good site as it was.
 * The checks also tell Astro which story.json files they found canonical, so Astro does not check
 * those again (lib/checked-stories.ts).
 *
 * Astro renders pages on one thread; the index (src/cli/search-records.ts) is built from the same
 * data on the other core while it does, so search costs the build almost no time (indexing the
 * rendered pages afterwards added ~20% to a 1,000-article build). The CLI loads the pipeline only
 * for the commands that run it, and Pagefind and the record builder only after Astro has started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { contentRootOf, pruneContentCaches } from '../lib/content-cache.ts';
import { InputError, InputProblems } from '../lib/errors.ts';
import type { StoryData } from '../lib/model.ts';
import {
  CHECKED_STORIES_ENV,
  STORY_JSON_BY_CLI_ENV,
  stampOf,
  storyJsonDownload,
  writeCheckedStories,
  type FileStamp,
} from '../lib/checked-stories.ts';
import { Background } from './background.ts';
import { contentErrorOf } from './content-error.ts';
import type { SearchRecord } from './search-records.ts';

export interface BuildSiteOptions {
  /** The Astro project (where astro.config.mjs is). */
  root: string;
  /** Where the site goes; <root>/dist when not given. */
  out?: string;
  quiet: boolean;
}

export interface BuildSiteReport {
  records: number;
  stories: number;
}

/**
 * Where Astro writes while the build runs: beside the output folder (dist/ -> .dist-next/), on
 * the same disk, so the finished site replaces the last one by a rename.
 */
function stagingDirOf(out: string): string {
  return join(dirname(out), `.${basename(out)}-next`);
}

/**
 * Where Pagefind writes the index while Astro builds (dist/ -> .dist-search/): beside the staging
 * folder, so it moves into the site by a rename. Copying it from the OS temp folder (a file per
 * article: 1,080 files for a 1,000-article story) took 0.05-0.5 s after Astro was done, on the
 * build's critical path.
 */
function searchDirOf(out: string): string {
  return join(dirname(out), `.${basename(out)}-search`);
}

/**
 * Where the story.json downloads wait while Astro builds (dist/ -> .dist-data/<story>.json), to move
 * into the site by a rename: each is the file the checks read, written here rather than by Astro,
 * which passed it through a Response (25 MB for a 1,000-article story, copied four times on its
 * render thread; lib/checked-stories.ts, BENCHMARKS.md "Build ratio round 4").
 */
function dataDirOf(out: string): string {
  return join(dirname(out), `.${basename(out)}-data`);
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteReport> {
  const root = resolve(options.root);
  const storiesDir = join(contentRootOf(root), 'stories');
  const dist = resolve(options.out ?? join(root, 'dist'));
  const staging = stagingDirOf(dist);
  const searchDir = searchDirOf(dist);
  const dataDir = dataDirOf(dist);
  // What an interrupted build left behind.
  for (const dir of [staging, searchDir, dataDir]) rmSync(dir, { recursive: true, force: true });
  // Astro keeps a cache per content folder (astro.config.mjs); those of folders now gone go.
  pruneContentCaches(root);
  // Where the checks tell Astro which story.json files need no second check (lib/checked-stories.ts).
  const handoff = mkdtempSync(join(tmpdir(), 'explainer-checked-'));
  const checkedFile = join(handoff, 'checked.json');
  const astro = startAstroBuild(root, options.quiet, storiesDir, staging, checkedFile);
  try {
    let stories: StoryFiles[];
    try {
      // A damaged story.json is refused (readStoryFile); every file a journalist edits is checked
      // with the checks ingest runs: all problems at once, each at its file and line, instead of
      // Astro's first failure in its own terms.
      stories = await readStories(storiesDir);
      const { checkStoryContent } = await import('../pipeline/emit/check.ts');
      const problems = stories.flatMap(({ story, dir }) => checkStoryContent(dir, story, { articles: true }));
      if (problems.length > 0) throw new InputProblems(problems);
    } catch (error) {
      astro.cancel();
      await astro.done.catch(() => undefined);
      throw error;
    }
    writeCheckedStories(
      checkedFile,
      Object.fromEntries(stories.filter((s) => s.canonical).map((s) => [s.file, s.stamp])),
    );
    astro.release();
    // The site has a story's pages, its story.json download among them, when it has an explainer.
    const published = stories.filter((s) => s.explainer !== null);
    try {
      const downloads = writeDownloads(published, dataDir);
      const background = new Background();
      const index = writeSearchIndex(stories, searchDir, background);
      // Once Astro is done, an unfinished index is all the build waits for.
      astro.done.then(background.restore, background.restore);
      // All run to the end before any failure is reported: a half-finished child is not left behind.
      const [astroResult, indexResult, downloadsResult] = await Promise.allSettled([
        astro.done,
        index,
        downloads,
      ]);
      if (astroResult.status === 'rejected') throw astroResult.reason;
      if (indexResult.status === 'rejected') throw indexResult.reason;
      if (downloadsResult.status === 'rejected') throw downloadsResult.reason;
      renameSync(searchDir, join(staging, 'pagefind'));
      for (const { slug } of published) {
        mkdirSync(join(staging, slug, 'data'), { recursive: true });
        renameSync(join(dataDir, `${slug}.json`), join(staging, slug, 'data', 'story.json'));
      }
      rmSync(dist, { recursive: true, force: true });
      renameSync(staging, dist);
      return { records: indexResult.value, stories: stories.length };
    } finally {
      rmSync(searchDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(handoff, { recursive: true, force: true });
  }
}

/** Each story's story.json download into dir (as <slug>.json), for the site to take by a rename. */
async function writeDownloads(stories: StoryFiles[], dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const { slug, bytes } of stories) writeFileSync(join(dir, `${slug}.json`), storyJsonDownload(bytes));
}

interface StoryFiles {
  story: StoryData;
  /** The explainer's MDX (index.mdx), null when there is none. */
  explainer: string | null;
  /** The story's content folder, and its name (the story's slug). */
  dir: string;
  slug: string;
  /** story.json's bytes as read and checked. */
  bytes: Buffer<ArrayBuffer>;
  /** Its story.json (absolute), that file's stamp before it was read, and whether it is canonical. */
  file: string;
  stamp: FileStamp;
  canonical: boolean;
}

/** Every story's data and explainer; a damaged story.json is an InputError (readStoryFile). */
async function readStories(storiesDir: string): Promise<StoryFiles[]> {
  // The model (zod, ~60-100 ms to set up) loads once Astro has started, not before it.
  const { readStoryFile } = await import('../lib/story-file.ts');
  const stories: StoryFiles[] = [];
  const slugs = existsSync(storiesDir) ? readdirSync(storiesDir) : [];
  for (const slug of slugs.sort()) {
    const file = join(storiesDir, slug, 'story.json');
    if (!existsSync(file)) continue;
    const stamp = stampOf(file);
    const bytes = readFileSync(file);
    const { story, canonical } = readStoryFile(file, bytes.toString('utf8'));
    const explainerFile = join(storiesDir, slug, 'index.mdx');
    const explainer = existsSync(explainerFile) ? readFileSync(explainerFile, 'utf8') : null;
    stories.push({
      story,
      explainer,
      dir: join(storiesDir, slug),
      slug,
      bytes,
      file: resolve(file),
      stamp,
      canonical,
    });
  }
  return stories;
}

interface AstroBuild {
  /** Resolves when Astro has built the site into the staging folder; rejects with its failure. */
  done: Promise<void>;
  /** Lets Astro's output through (held back until then). */
  release(): void;
  /** Stops Astro, its output unshown. */
  cancel(): void;
}

function startAstroBuild(
  root: string,
  quiet: boolean,
  storiesDir: string,
  outDir: string,
  checkedFile: string,
): AstroBuild {
  const astroBin = join(
    createRequire(join(root, 'package.json')).resolve('astro/package.json'),
    '..',
    'bin',
    'astro.mjs',
  );
  let held: [NodeJS.WriteStream, Buffer][] | null = [];
  let child: ChildProcess | undefined;
  const done = new Promise<void>((succeed, fail) => {
    child = spawn(
      process.execPath,
      [astroBin, 'build', '--root', root, '--outDir', outDir, ...(quiet ? ['--silent'] : [])],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...astroEnv(), [CHECKED_STORIES_ENV]: checkedFile, [STORY_JSON_BY_CLI_ENV]: '1' },
      },
    );
    // Astro's output goes on to the terminal as it comes (once released); its end is kept to find,
    // after a failure, which content file caused it.
    let tail = '';
    const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      if (held) held.push([to, chunk]);
      else to.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout!.on('data', pass(process.stdout));
    child.stderr!.on('data', pass(process.stderr));
    child.on('error', (error) => fail(new InputError(astroBin, `could not start Astro: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) succeed();
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
  // Its failure is reported when the build awaits it, after the checks (whose messages come first).
  done.catch(() => undefined);
  return {
    done,
    release() {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = null;
    },
    cancel() {
      held = [];
      child?.kill();
    },
  };
}

/**
 * Astro's environment: the CLI's, without Node's compile cache (bin/explainer.js turns it on for
 * the CLI and its ingest workers). Astro's page modules are new whenever the content or the site
 * changed, so the cache mostly stores and never reads them: on a 1,000-article story that cost
 * ~1.6 CPU-s more than no cache on such a build (1 s of it on Astro's render thread) and saved
 * nothing measurable on a rebuild of the same files, while filling the OS temp folder with a few
 * thousand files per build (BENCHMARKS.md, "Build ratio round 1").
 */
function astroEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.NODE_COMPILE_CACHE;
  return env;
}

/** Writes the search index of every story into outputPath; resolves to the number of records. */
async function writeSearchIndex(
  stories: StoryFiles[],
  outputPath: string,
  background: Background,
): Promise<number> {
  const [pagefind, { searchRecords }] = await Promise.all([
    import('pagefind'),
    import('./search-records.ts'),
  ]);
  const records: SearchRecord[] = stories.flatMap(({ story, explainer }) => searchRecords(story, explainer));
  const { index, errors } = await background.run(() => pagefind.createIndex({}));
  try {
    if (!index) throw new InputError('pagefind', `could not start the search indexer: ${errors.join('; ')}`);
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const problems = added.flatMap((result) => result.errors);
    if (problems.length) throw new InputError('pagefind', `indexing failed: ${problems[0]}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new InputError('pagefind', `writing the index failed: ${written.errors[0]}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
