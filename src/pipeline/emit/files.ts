/**
 * emit/files: the file-system side of emit — atomic writes, the edit guard and the ingest lock.
 *
 * Edit guard: `.explainer-manifest.json` in each story's content folder records, for every file
 * ingest wrote, the SHA-256 of what it wrote. A file whose bytes no longer match was edited by
 * hand and is never overwritten (unless --force); a file missing from the manifest is treated as
 * hand-made. Writes go to a temporary file in the same folder and are renamed into place, so a
 * crash leaves either the old file or the new one, never half of one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../../lib/errors.ts';

export const MANIFEST_FILE = '.explainer-manifest.json';
const LOCK_FILE = '.ingest.lock';

export interface Manifest {
  version: 1;
  /** source file name -> article id given to it */
  sources: Record<string, string>;
  /** path relative to the story folder -> sha256 of the bytes ingest last wrote there */
  files: Record<string, string>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readManifest(storyDir: string): Manifest {
  const path = join(storyDir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { version: 1, sources: {}, files: {} };
  }
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    return { version: 1, sources: data.sources ?? {}, files: data.files ?? {} };
  } catch {
    // A broken manifest must not cost an edit: treat every existing file as hand-edited.
    return { version: 1, sources: {}, files: {} };
  }
}

export function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

/** Write-to-temp-then-rename, with fsync of the data, so readers never see half a file. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Takes the story's ingest lock (O_EXCL create). A lock left by a process that no longer runs is
 * taken over; a live one is an error, so two ingests never interleave their writes.
 */
export function acquireLock(storyDir: string): () => void {
  mkdirSync(storyDir, { recursive: true });
  const path = join(storyDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readIfExists(path));
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new InputError(storyDir, `another ingest (process ${holder}) is writing this story; try again when it ends`);
      }
      rmSync(path, { force: true });
    }
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
