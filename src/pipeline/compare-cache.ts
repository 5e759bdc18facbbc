/**
 * compare-cache: compare's per-article memo (compare/memo.ts) kept in a story's cache folder.
 *
 *   openCompareMemo(storyDir, keys, { read }) -> CompareMemo & { save() }
 *
 * `keys[i]` names article i's content: its source's analysis key (cache.ts: the source's text,
 * name, hints and the pipeline's code), or undefined for an article whose text is not its
 * source's (a journalist's edited MDX), which is always computed. An entry is keyed by step,
 * a hash of the step's context, and the article's key (a group's entry: a hash of its articles'
 * keys in order; a group with an unknown article is always computed; a whole step's: a hash of
 * everything the step reads), so a result is reused only for the same article text (or the same
 * inputs), under the same story-wide context, by the same code.
 *
 * One file, .explainer-cache/compare-memo.v8 (V8's serializer, like the analysis cache): the
 * code version and a map of entries, each value serialized when computed (so what is reused is
 * exactly what the step returned, whatever the caller does with it afterwards). A file that does
 * not parse, is of another version or shape is ignored; save() writes the entries this run used
 * (the others are dropped), atomically, and only after a successful ingest.
 *
 * A story-wide sum (CompareMemo.sum) is saved as its total with the keys of the articles summed;
 * the next run takes back the parts of the articles no longer there, read from their old features
 * (`featuresOf`: ingest's analysis cache, which still holds a changed source's old entry until the
 * run ends), and adds the new articles' parts. With no saved total, an article summed without a
 * key (an edited one), or an old article whose features cannot be read, everything is summed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CACHE_DIR, pipelineVersion } from './cache.ts';
import { freshSum, type CompareMemo, type StorySum, type SummedFeatures } from './compare/memo.ts';
import { sha256, writeAtomic } from './emit/files.ts';

const MEMO_FILE = 'compare-memo.v8';

export interface SavedCompareMemo extends CompareMemo {
  /** Writes the entries this run used or computed (after a successful ingest). */
  save(): void;
}

/** The story's compare memo; with `read` false (--force) nothing saved is trusted, but the run's entries are saved. */
export function openCompareMemo(
  storyDir: string,
  keys: ReadonlyArray<string | undefined>,
  {
    read = true,
    featuresOf,
  }: {
    read?: boolean;
    /** The features of the source analysed under an analysis key, if still known (see the header). */
    featuresOf?: (key: string) => SummedFeatures | undefined;
  } = {},
): SavedCompareMemo {
  const path = join(storyDir, CACHE_DIR, MEMO_FILE);
  const known = read ? load(path) : new Map<string, Uint8Array>();
  const used = new Map<string, Uint8Array>();
  /** The saved result under `entry` if it reads back, else compute()'s; either is kept for save(). */
  function remembered<T>(entry: string, compute: () => T): T {
    const saved = known.get(entry);
    if (saved !== undefined) {
      try {
        const value = deserialize(saved) as T;
        used.set(entry, saved);
        return value;
      } catch {
        // corrupt: computed again
      }
    }
    const value = compute();
    used.set(entry, serialize(value));
    return value;
  }
  const scopeOf = (name: string, context: unknown) => `${name}\0${sha256(JSON.stringify(context))}\0`;
  return {
    step<T>(name: string, context: unknown) {
      const scope = scopeOf(name, context);
      return (article: number, compute: () => T): T => {
        const key = keys[article];
        return key === undefined ? compute() : remembered(scope + key, compute);
      };
    },
    group<T>(name: string, context: unknown) {
      const scope = scopeOf(name, context);
      return (articles: readonly number[], compute: () => T): T => {
        const parts = articles.map((article) => keys[article]);
        if (parts.some((key) => key === undefined)) return compute();
        return remembered(scope + sha256(parts.join('\0')), compute);
      };
    },
    whole<T>(name: string, inputs: () => Iterable<string>, compute: () => T): T {
      // Each piece is a JSON text, which never holds a raw line break: joined by one, unambiguous.
      const hash = createHash('sha256');
      for (const piece of inputs()) hash.update(piece).update('\n');
      return remembered(`${name}\0${hash.digest('hex')}`, compute);
    },
    sum<P, T>(spec: StorySum<P, T>, count: number, part: (article: number) => P): T {
      const entry = `${spec.name}\0sum\0${spec.version}`;
      const summed = Array.from({ length: count }, (_, a) => keys[a] ?? null);
      const saved = known.get(entry);
      const total =
        (saved !== undefined && featuresOf !== undefined
          ? updatedSum(spec, saved, summed, part, featuresOf)
          : undefined) ?? freshSum(spec, count, part);
      used.set(entry, serialize({ keys: summed, total }));
      return total;
    },
    save() {
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeAtomic(path, serialize({ version: pipelineVersion(), entries: used }));
      } catch {
        // Only speed is lost.
      }
    },
  };
}

/** The saved entries, or none when the file is absent, corrupt, or of another code version. */
function load(path: string): Map<string, Uint8Array> {
  try {
    const saved = deserialize(readFileSync(path)) as { version?: unknown; entries?: unknown };
    if (saved?.version === pipelineVersion() && saved.entries instanceof Map) {
      const entries = saved.entries as Map<unknown, unknown>;
      if ([...entries].every(([k, v]) => typeof k === 'string' && v instanceof Uint8Array))
        return entries as Map<string, Uint8Array>;
    }
  } catch {
    // absent or corrupt
  }
  return new Map();
}

/**
 * A saved sum brought up to date: the parts of the articles summed then and not now (by key, as
 * multisets) taken back out, the parts of the articles not summed then added; undefined when the
 * saved total cannot be used (see the header).
 */
function updatedSum<P, T>(
  spec: StorySum<P, T>,
  saved: Uint8Array,
  summed: ReadonlyArray<string | null>,
  part: (article: number) => P,
  featuresOf: (key: string) => SummedFeatures | undefined,
): T | undefined {
  let state: { keys?: unknown; total?: unknown };
  try {
    state = deserialize(saved) as typeof state;
  } catch {
    return undefined;
  }
  if (!Array.isArray(state?.keys) || !spec.isTotal(state.total)) return undefined;
  const gone = new Map<string, number>();
  for (const key of state.keys as unknown[]) {
    if (typeof key !== 'string') return undefined; // an article summed without a key
    gone.set(key, (gone.get(key) ?? 0) + 1);
  }
  const added: number[] = [];
  summed.forEach((key, a) => {
    const left = key === null ? 0 : (gone.get(key) ?? 0);
    if (left > 0) gone.set(key!, left - 1);
    else added.push(a);
  });
  const total = state.total;
  for (const [key, times] of gone) {
    if (times === 0) continue;
    const features = featuresOf(key);
    if (features === undefined) return undefined;
    for (let i = 0; i < times; i++) spec.add(total, spec.partOf(features), -1);
  }
  for (const a of added) spec.add(total, part(a), 1);
  return total;
}
