/**
 * mdx-memo: article data -> the MDX it gave (emit's MdxMemo), kept in a story's cache folder, so
 * unchanged articles are not serialized to MDX again.
 *
 *   openMdxMemo(storyDir) -> MdxMemo & { save() }
 *
 * One JSON file, .explainer-cache/mdx-memo.json: the code version and data hash -> file hash
 * entries. A file of another version, or that does not parse, is ignored.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR, pipelineVersion } from './cache.ts';
import { writeAtomic } from './emit/files.ts';
import type { MdxMemo } from './emit/index.ts';

const MDX_MEMO = 'mdx-memo.json';

export interface SavedMdxMemo extends MdxMemo {
  /** Writes the entries used or made in this run (older ones are dropped). */
  save(): void;
}

/** The saved article-data -> MDX memo of a story, so unchanged articles are not serialized again. */
export function openMdxMemo(storyDir: string): SavedMdxMemo {
  const path = join(storyDir, CACHE_DIR, MDX_MEMO);
  let known: Record<string, string> = {};
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      version?: string;
      entries?: Record<string, string>;
    };
    if (data.version === pipelineVersion() && data.entries && typeof data.entries === 'object')
      known = data.entries;
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
    save() {
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeAtomic(path, JSON.stringify({ version: pipelineVersion(), entries: used }));
      } catch {
        // Only speed is lost.
      }
    },
  };
}
