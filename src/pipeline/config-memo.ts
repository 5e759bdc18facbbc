/**
 * config-memo: story.yaml's text -> what it parsed to (read/index.ts ConfigMemo), one entry per
 * story folder, under the content folder's cache (the story's own folder is named by a slug
 * story.yaml may give).
 *
 *   openConfigMemo(contentDir, sourcesDir, write) -> ConfigMemo & { save() }
 *
 * Why: parsing a generated story.yaml of 1,000 sources took longer than the rest of a re-ingest
 * with nothing changed (BENCHMARKS.md); an unchanged one is now only checked against the schema.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CACHE_DIR, pipelineVersion } from './cache.ts';
import { writeAtomic } from './emit/files.ts';
import type { ConfigMemo } from './read/index.ts';

const CONFIG_MEMO_DIR = 'story-yaml';
/** The YAML parser's version: a new parser may read the same text differently. */
const YAML_VERSION = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;

/**
 * The ConfigMemo of the story folder `sourcesDir`, kept under `contentDir`'s cache folder (the
 * story's own folder is named by a slug story.yaml may give). Values are stored with V8's
 * serializer, which keeps what JSON would not (Infinity, NaN). With `write` false nothing is
 * written (a dry run creates nothing).
 */
export function openConfigMemo(
  contentDir: string,
  sourcesDir: string,
  write = true,
): ConfigMemo & { save(): void } {
  const name = createHash('sha256').update(resolve(sourcesDir)).digest('hex').slice(0, 24);
  const path = join(contentDir, CACHE_DIR, CONFIG_MEMO_DIR, `${name}.v8`);
  const keyOf = (source: string) =>
    createHash('sha256')
      .update(pipelineVersion())
      .update('\0')
      .update(YAML_VERSION)
      .update('\0')
      .update(source)
      .digest('hex');
  let pending: Buffer | null = null;
  return {
    get(source) {
      try {
        const entry = deserialize(readFileSync(path)) as { key?: unknown; parsed?: unknown };
        return entry?.key === keyOf(source) ? entry.parsed : undefined;
      } catch {
        return undefined; // absent or corrupt: parsed again
      }
    },
    set(source, parsed) {
      pending = serialize({ key: keyOf(source), parsed });
    },
    /** After a successful run (a failed one leaves the content folder as it was). */
    save() {
      if (!write || pending === null) return;
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeAtomic(path, pending);
      } catch {
        // Only speed is lost.
      }
    },
  };
}
