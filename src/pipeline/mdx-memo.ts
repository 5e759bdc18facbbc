/**
 * mdx-memo: article data -> the MDX it gave (emit's MdxMemo), kept in a story's cache folder, so
 * unchanged articles are not serialized to MDX again.
 *
 *   openMdxMemo(storyDir) -> MdxMemo & { save() }
 *
 * One JSON file, .explainer-cache/mdx-memo.json: the code version, data hash -> file hash entries
 * and a record of story.json as last written (emit/story-data.ts reuses unchanged articles' bytes
 * from it). A file of another version, or that does not parse, is ignored; so is a malformed record.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR, pipelineVersion } from './cache.ts';
import { writeAtomic } from './emit/files.ts';
import type { DataFileRecord, MdxMemo } from './emit/index.ts';

const MDX_MEMO = 'mdx-memo.json';

export interface SavedMdxMemo extends MdxMemo {
  /** Writes the entries used or made in this run (older ones are dropped). */
  save(): void;
}

/** The saved article-data -> MDX memo of a story, so unchanged articles are not serialized again. */
export function openMdxMemo(storyDir: string): SavedMdxMemo {
  const path = join(storyDir, CACHE_DIR, MDX_MEMO);
  let known: Record<string, string> = {};
  let dataFile: DataFileRecord | undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      version?: string;
      entries?: Record<string, string>;
      dataFile?: unknown;
    };
    if (data.version === pipelineVersion() && data.entries && typeof data.entries === 'object') {
      known = data.entries;
      if (isDataFileRecord(data.dataFile)) dataFile = data.dataFile;
    }
  } catch {
    // absent or corrupt: every article is serialized
  }
  const used: Record<string, string> = {};
  return {
    get(dataHash) {
      const fileHash = known[dataHash];
      if (typeof fileHash === 'string') used[dataHash] = fileHash;
      return typeof fileHash === 'string' ? fileHash : undefined;
    },
    set(dataHash, fileHash) {
      used[dataHash] = fileHash;
    },
    getDataFile: () => dataFile,
    setDataFile(record) {
      dataFile = record;
    },
    save() {
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeAtomic(path, JSON.stringify({ version: pipelineVersion(), entries: used, dataFile }));
      } catch {
        // Only speed is lost.
      }
    },
  };
}

function isDataFileRecord(value: unknown): value is DataFileRecord {
  if (value === null || typeof value !== 'object') return false;
  const { hash, articles } = value as { hash?: unknown; articles?: unknown };
  return (
    typeof hash === 'string' &&
    Array.isArray(articles) &&
    articles.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 3 &&
        typeof entry[0] === 'string' &&
        Number.isSafeInteger(entry[1]) &&
        Number.isSafeInteger(entry[2]) &&
        (entry[1] as number) >= 0 &&
        (entry[2] as number) >= 0,
    )
  );
}
