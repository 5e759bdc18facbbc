/**
 * emit/files: the file-system side of emit — atomic writes, the edit guard and the ingest lock.
 *
 * Edit guard: `.explainer-manifest.json` in each story's content folder records, for every file
 * ingest wrote, the SHA-256 of what it wrote. A file whose bytes no longer match was edited by
 * hand and is never overwritten (unless --force); a file missing from the manifest is treated as
 * hand-made. Writes go to a temporary file in the same folder and are renamed into place, so a
 * crash leaves either the old file or the new one, never half of one.
 */
import { createHash, hash as oneShotHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../../lib/errors.ts';
import { ManifestSchema, type Manifest } from '../../lib/model.ts';

export const MANIFEST_FILE = '.explainer-manifest.json';
const LOCK_FILE = '.ingest.lock';

/** A string map kept across runs (ingest's MdxMemo, mdx-memo.ts): what emit may remember. */
export interface StringMemo {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** Hex SHA-256 of a text: how the manifest knows whether a file was edited by hand. */
export function sha256(text: string): string {
  // One-shot crypto.hash: the same digest as createHash, with less per-call overhead.
  return oneShotHash('sha256', text, 'hex');
}

/**
 * The SHA-256 of a file's bytes, or null when it does not exist. For a UTF-8 file it equals
 * sha256 of its text, without decoding it into a string (a story.json is tens of megabytes).
 */
export function hashFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(path, error);
  }
  try {
    // Read in fixed chunks: ingest hashes story.json at its memory peak, and a whole-file Buffer
    // (~25 MB for 1,000 articles) would sit on top of it until the next GC.
    // One buffer for every call (all synchronous): a fresh 1 MB one per file would pile up
    // outside the heap over the 1,000 files a cold ingest hashes.
    const chunk = (hashChunk ??= Buffer.allocUnsafe(HASH_CHUNK));
    const first = readSync(fd, chunk, 0, HASH_CHUNK, null);
    if (first < HASH_CHUNK) return oneShotHash('sha256', chunk.subarray(0, first), 'hex');
    const digest = createHash('sha256').update(chunk);
    for (let n = HASH_CHUNK; n > 0;) {
      n = readSync(fd, chunk, 0, HASH_CHUNK, null);
      digest.update(chunk.subarray(0, n));
    }
    return digest.digest('hex');
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    closeSync(fd);
  }
}

const HASH_CHUNK = 1 << 20;
let hashChunk: Buffer | undefined;

/** The one error for a file that exists but cannot be read, naming it and the system's reason. */
function unreadable(path: string, error: unknown): InputError {
  return new InputError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
}

/** A file's bytes, or null when it does not exist (read errors as in readIfExists). */
export function readBytesIfExists(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(path, error);
  }
}

/**
 * The story's manifest (what ingest last wrote); empty when there is none yet. An ingest reads it
 * once, under the story's lock, and passes it down (a large story's is half a megabyte).
 */
export function readManifest(storyDir: string): Manifest {
  const path = join(storyDir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { version: 1, sources: {}, files: {} };
  }
  return parseManifest(text);
}

function parseManifest(text: string): Manifest {
  // A broken manifest must not cost an edit: one that is not JSON, or not the model's shape, is
  // no manifest, so every existing file is treated as hand-edited.
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { version: 1, sources: {}, files: {} };
  }
  const parsed = ManifestSchema.safeParse(data);
  return parsed.success ? parsed.data : { version: 1, sources: {}, files: {} };
}

/** A file's text, or null when it does not exist; any other read error is an InputError naming it. */
export function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(path, error);
  }
}

/** Temporary files of writeAtomic: dot files (no content glob matches them) ending in .tmp. */
const TEMP_FILE = /^\.[0-9a-f]{12}\.tmp$/;

/**
 * Write-to-temp-then-rename, so readers (and a run killed mid-write) never see half a file. A file
 * system failure (content folder is a file, read-only, disk full) is an InputError on that path.
 * No fsync per file: it made ingest of 1,000 articles several times slower, rename already makes a
 * killed process harmless, and common file systems (ext4 auto_da_alloc, APFS, NTFS) flush the data
 * of a file renamed over another before the rename itself.
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  writeAtomicChunks(path, [content]);
}

/**
 * writeAtomic for content produced in pieces (a large story.json), so the whole text is never
 * held as one string: pieces are gathered into blocks of about a megabyte and written as they come.
 */
export function writeAtomicChunks(
  path: string,
  chunks: Iterable<string | Uint8Array>,
  /** Asked once everything is written: false leaves `path` as it was (the temporary file is removed). */
  keep: () => boolean = () => true,
): boolean {
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temp, 'w');
    try {
      let block = '';
      for (const chunk of chunks) {
        if (typeof chunk !== 'string') {
          if (block) writeSync(fd, block);
          block = '';
          writeSync(fd, chunk);
          continue;
        }
        block += chunk;
        if (block.length >= 1 << 20) {
          writeSync(fd, block);
          block = '';
        }
      }
      if (block) writeSync(fd, block);
    } finally {
      closeSync(fd);
    }
    if (!keep()) {
      rmSync(temp, { force: true });
      return false;
    }
    renameSync(temp, path);
    return true;
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeError(path, error);
  }
}

/** Removes temporary files a killed run left in the story folder (call with the lock held). */
export function removeStaleTemps(storyDir: string): void {
  for (const dir of [storyDir, join(storyDir, 'articles')]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (TEMP_FILE.test(name)) rmSync(join(dir, name), { force: true });
  }
}

/** An errno failure while writing content -> an InputError the user can act on. */
export function writeError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOTDIR: 'a part of this path is a file, not a folder (check --content)',
    EEXIST: 'a part of this path is a file, not a folder (check --content)',
    EISDIR: 'is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exhausted',
  };
  if (error instanceof InputError || !code || !reasons[code]) return error;
  return new InputError(path, `cannot be written: ${reasons[code]}`);
}

/**
 * Takes the story's ingest lock (O_EXCL create). A lock left by a process that no longer runs is
 * taken over; a live one is an error, so two ingests never interleave their writes.
 */
export function acquireLock(storyDir: string): () => void {
  try {
    mkdirSync(storyDir, { recursive: true });
  } catch (error) {
    throw writeError(storyDir, error);
  }
  const path = join(storyDir, LOCK_FILE);
  // The lock is written whole under a temporary name and hard-linked into place (link fails if the
  // lock exists), so a rival never reads a lock file that is still empty and mistakes it for stale.
  const temp = join(storyDir, `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeAtomic(temp, String(process.pid));
  } catch (error) {
    throw writeError(storyDir, error);
  }
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(temp, path);
        return () => rmSync(path, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(path, error);
        const holder = Number(readIfExists(path));
        if (holder && holder !== process.pid && isRunning(holder)) {
          throw new InputError(
            storyDir,
            `another ingest (process ${holder}) is writing this story; try again when it ends`,
          );
        }
        rmSync(path, { force: true });
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
  throw new InputError(storyDir, 'cannot take the ingest lock');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Copies a file --force is about to replace into `backupDir` (same relative path), so a forced run
 * never loses a journalist's edit. Throws (before anything is replaced) if the copy fails.
 */
export function backupFile(storyDir: string, relative: string, backupDir: string): void {
  const target = join(backupDir, relative);
  try {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(storyDir, relative), target);
  } catch (error) {
    throw writeError(target, error);
  }
}
