/**
 * cache: what ingest already computed, so a re-ingest only redoes what changed.
 *
 *   analysisKey(document)              -> the key of one source's analysis (normalize + extract)
 *   openAnalysisCache(storyDir)        -> get/set analysed articles by key, `write` them once the
 *                                         analysis is through, `commit` after a successful run
 *   storyInputsKey(…) / read/writeStoryRecord -> whether the whole story's inputs are unchanged
 *
 * An entry holds the source's analysis (analyse.ts `analyseSource`): its Article, its compare
 * features (compare/features.ts; the bulky ones deserialized only when used, cache-features.ts),
 * so compare over a story only merges what each unchanged source already gave, and its body-loss
 * warning.
 * Lives in <story content folder>/.explainer-cache/ (ignored by git; safe to delete at any time).
 * Keys hash everything the result depends on: the source's bytes as decoded, its name, format and
 * story.yaml hints, and the pipeline's own code (every file under src/pipeline and src/lib, plus
 * package.json's dependency versions), so a cache written by another version never matches.
 * An entry is trusted only if it parses and names its own key (a truncated or foreign file is
 * ignored); entries are written atomically. The cache can change speed, never results
 * (tests/pipeline/cache.test.ts compares a cached and an uncached run).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Warning } from '../lib/errors.ts';
import type { Article, RawDocument } from '../lib/model.ts';
import type { AnalysedSource } from './analyse.ts';
import { isPackedFeatures, packFeatures, unpackFeatures, type PackedFeatures } from './cache-features.ts';
import { MANIFEST_FILE, hashFile, writeAtomic } from './emit/files.ts';
import { DATA_FILE } from './emit/index.ts';

export const CACHE_DIR = '.explainer-cache';
const ANALYSIS_DIR = 'analysis';
const STORY_RECORD = 'story-inputs.json';

const here = dirname(fileURLToPath(import.meta.url));
const CODE_ROOTS = [here, resolve(here, '../lib')];
const PACKAGE_JSON = resolve(here, '../../package.json');

let codeVersion: string | undefined;

/**
 * A hash of the code that produces ingest's output: every source file under src/pipeline and
 * src/lib, and package.json (dependency versions). Read once per process (about 60 small files).
 */
export function pipelineVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const root of CODE_ROOTS) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) files.push(join(entry.parentPath, entry.name));
    }
  }
  for (const file of [...files.sort(), PACKAGE_JSON]) {
    hash
      .update(file.slice(resolve(here, '../..').length))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  }
  codeVersion = hash.digest('hex');
  return codeVersion;
}

/** The key of one source's analysis: its decoded text, name, format and hints, and the code version. */
export function analysisKey(document: RawDocument): string {
  return createHash('sha256')
    .update(pipelineVersion())
    .update('\0')
    .update(document.name)
    .update('\0')
    .update(document.format)
    .update('\0')
    .update(JSON.stringify(document.hints, Object.keys(document.hints).sort()))
    .update('\0')
    .update(document.text)
    .digest('hex');
}

/**
 * Entries are in V8's serialization format (node:v8), not JSON: a 1,000-article story's entries
 * are ~35 MB, and reading them back is about half the CPU time of UTF-8 decoding and JSON.parse,
 * writing them a fifth of JSON.stringify's (BENCHMARKS.md, ingest). It also keeps exactly what the
 * worker threads sent (the same structured clone), so a cached article equals a fresh one.
 */
const ENTRY_EXT = '.v8';

/**
 * One cache entry on disk: the key it was written for, and the source's analysis (null: no article
 * text), its features packed (cache-features.ts: the bulky ones read only when used).
 */
interface AnalysisEntry {
  key: string;
  analysed: (Omit<AnalysedSource, 'features'> & { features: PackedFeatures }) | null;
}

export interface AnalysisCache {
  /** The cached analysis for `key`: a source's analysis, null (the page had no article text), or undefined (not cached). */
  get(key: string): AnalysedSource | null | undefined;
  /**
   * The same, without keeping the entry (commit removes it unless get asked for it): how compare's
   * memo reads the old analysis of a source that changed (compare-cache.ts, sums).
   */
  peek(key: string): AnalysedSource | null | undefined;
  /** Remembers an analysis; nothing is written before `write` or `commit`. */
  set(key: string, analysed: AnalysedSource | null): void;
  /**
   * Writes the entries set so far and lets go of them. Called once the story's analysis is known
   * to be usable (ingest: after the check that some source held an article), before compare and
   * emit: an entry is named by everything its result depends on, so it is valid whatever happens
   * next, and writing it early keeps its serialized bytes (tens of megabytes for a large story)
   * from adding to the run's peak memory at the end.
   */
  write(): void;
  /**
   * After a successful ingest: writes the new entries and removes every entry this run did not use
   * (sources that are gone or changed), so the cache holds one entry per source. A run that fails
   * never calls it: it removes nothing.
   */
  commit(): void;
}

/** A cache that holds nothing (for --force, which regenerates everything on purpose). */
export const NO_CACHE: AnalysisCache = {
  get: holdNothing,
  peek: holdNothing,
  set: holdNothing,
  write: holdNothing,
  commit: holdNothing,
};

function holdNothing(): undefined {
  return undefined;
}

/**
 * The analysis cache of a story folder. With `read` false (--force) no entry is trusted, but what
 * the run analyses is still written, so the next re-ingest after a forced one is incremental too.
 */
export function openAnalysisCache(storyDir: string, { read = true } = {}): AnalysisCache {
  const dir = join(storyDir, CACHE_DIR, ANALYSIS_DIR);
  const used = new Set<string>();
  const fresh = new Map<string, AnalysedSource | null>();
  const path = (key: string) => join(dir, `${key}${ENTRY_EXT}`);
  const write = () => {
    try {
      if (fresh.size > 0) mkdirSync(dir, { recursive: true });
      for (const [key, analysed] of fresh) {
        const entry: AnalysisEntry = {
          key,
          analysed: analysed && { ...analysed, features: packFeatures(analysed.features) },
        };
        const bytes = serialize(entry);
        writeAtomic(path(key), bytes);
        release(bytes);
        if (entry.analysed) release(entry.analysed.features.deferred);
        used.add(key);
      }
    } catch {
      // A cache that cannot be written only costs time on the next run.
    }
    fresh.clear();
  };
  const peek = (key: string): AnalysedSource | null | undefined => {
    if (!read) return undefined;
    let entry: AnalysisEntry;
    try {
      entry = deserialize(readFileSync(path(key))) as AnalysisEntry;
    } catch {
      return undefined; // absent, unreadable or corrupt: not trusted, computed again
    }
    // The whole entry or nothing: an article whose features are missing or of another shape is
    // analysed again (and its entry rewritten), never half trusted.
    if (entry?.key !== key || !isAnalysedShaped(entry.analysed)) return undefined;
    const analysed = entry.analysed;
    return analysed && { ...analysed, features: unpackFeatures(analysed.features, analysed.article) };
  };
  return {
    get(key) {
      const analysed = peek(key);
      if (analysed !== undefined) used.add(key);
      return analysed;
    },
    peek,
    set(key, analysed) {
      fresh.set(key, analysed);
    },
    write,
    commit() {
      write();
      try {
        for (const name of readdirSync(dir)) {
          if (!name.endsWith(ENTRY_EXT) || !used.has(name.slice(0, -ENTRY_EXT.length)))
            rmSync(join(dir, name), { force: true });
        }
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}

/**
 * Frees a written entry's bytes (and its features' deferred blob) now instead of at some later
 * garbage collection: a cold ingest of
 * 1,000 articles serializes ~35 MB of entries outside the JS heap, which otherwise add to its peak
 * RSS. Only a buffer that owns its whole ArrayBuffer (as serialize's do) is detached.
 */
function release(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) buffer.transfer?.(0);
}

/** A light shape check (a full schema parse costs more than the cache saves on small pages). */
function isAnalysedShaped(analysed: unknown): analysed is AnalysisEntry['analysed'] {
  if (analysed === null) return true;
  const candidate = analysed as Partial<NonNullable<AnalysisEntry['analysed']>> | undefined;
  return (
    typeof candidate === 'object' &&
    isArticleShaped(candidate.article) &&
    isPackedFeatures(candidate.features) &&
    (candidate.bodyLoss === null || typeof candidate.bodyLoss === 'string')
  );
}

function isArticleShaped(article: unknown): article is Article {
  const candidate = article as Partial<Article> | undefined;
  return (
    typeof candidate === 'object' &&
    typeof candidate.headline === 'string' &&
    Array.isArray(candidate.paragraphs) &&
    Array.isArray(candidate.quotes) &&
    Array.isArray(candidate.figures) &&
    Array.isArray(candidate.removed)
  );
}

// ---------------------------------------------------------------------------------------------
// Whole-story record: when nothing at all changed, compare and emit can be skipped.

export interface StoryRecord {
  /** storyInputsKey of the run that wrote the story. */
  inputs: string;
  /** sha256 of the story.json that run left. */
  data: string;
  /** What that run warned about after reading the sources (skipped pages…), to be said again. */
  warnings: Warning[];
  /** Articles whose hand-edited MDX that run read back. */
  edited: string[];
  /** Files that run left alone because they were edited by hand. */
  kept: string[];
}

/**
 * Everything a story's generated files depend on: the code, the story's config and slug, every
 * source's analysis key in order, the article ids the manifest pinned, and the bytes of every file
 * ingest wrote as they are now (an edit, deletion or restore changes it).
 */
export function storyInputsKey(parts: {
  config: unknown;
  slug: string;
  analysisKeys: string[];
  pinnedIds: Record<string, string>;
  files: Record<string, string | null>;
}): string {
  const hash = createHash('sha256').update(pipelineVersion());
  hash.update(JSON.stringify([parts.config, parts.slug, parts.analysisKeys, parts.pinnedIds]));
  for (const name of Object.keys(parts.files).sort()) hash.update(`\0${name}\0${parts.files[name] ?? '-'}`);
  return hash.digest('hex');
}

/**
 * Every file of a story's content folder that ingest reads or writes (not story.json, the
 * manifest or the cache), with the SHA-256 of its bytes: what storyInputsKey's `files` takes.
 */
export function storyFileHashes(storyDir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  let entries;
  try {
    entries = readdirSync(storyDir, { recursive: true, withFileTypes: true });
  } catch {
    return hashes;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const name = relative(storyDir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (
      name === DATA_FILE ||
      name === MANIFEST_FILE ||
      name.startsWith(`${CACHE_DIR}/`) ||
      entry.name.startsWith('.')
    )
      continue;
    const hash = hashFile(join(storyDir, name));
    if (hash !== null) hashes[name] = hash;
  }
  return hashes;
}

/**
 * `hashes` (storyFileHashes at the start of a run) brought up to date after the run wrote or
 * removed `changed` (paths relative to the story folder): only those files are hashed again. A
 * file someone else changed meanwhile keeps its old hash, so the next run sees it as changed.
 */
export function updatedFileHashes(
  storyDir: string,
  hashes: Readonly<Record<string, string>>,
  changed: readonly string[],
): Record<string, string> {
  const updated = { ...hashes };
  for (const name of changed) {
    if (name === DATA_FILE || name === MANIFEST_FILE || name.startsWith(`${CACHE_DIR}/`)) continue;
    if (name.split('/').pop()!.startsWith('.')) continue;
    const hash = hashFile(join(storyDir, name));
    if (hash === null) delete updated[name];
    else updated[name] = hash;
  }
  return updated;
}

/** The story record of the last successful ingest (what lets an unchanged re-run skip analysis), or null when missing or unreadable. */
export function readStoryRecord(storyDir: string): StoryRecord | null {
  try {
    const record = JSON.parse(readFileSync(join(storyDir, CACHE_DIR, STORY_RECORD), 'utf8')) as StoryRecord;
    return typeof record.inputs === 'string' &&
      typeof record.data === 'string' &&
      Array.isArray(record.warnings) &&
      Array.isArray(record.edited) &&
      Array.isArray(record.kept)
      ? record
      : null;
  } catch {
    return null;
  }
}

/** Writes the story record atomically; a failure only costs the next run its shortcut. */
export function writeStoryRecord(storyDir: string, record: StoryRecord): void {
  try {
    mkdirSync(join(storyDir, CACHE_DIR), { recursive: true });
    writeAtomic(join(storyDir, CACHE_DIR, STORY_RECORD), JSON.stringify(record));
  } catch {
    // Only speed is lost.
  }
}
