/**
 * What `explainer build` tells the Astro build it starts: which story.json files it has checked
 * against the model in this build and found canonical (lib/story-file.ts), each by its size and
 * modification time when read.
 *
 *   CLI:   writeCheckedStories(path, {file: stamp})  once its checks pass (Astro is then still bundling)
 *   site:  isCheckedStory(file, stamp) -> boolean     when it reads a story.json
 *
 * The path comes to Astro in EXPLAINER_CHECKED_STORIES. A file changed since, one the CLI has not
 * reached yet, and every `astro build` or `astro dev` started without the CLI are checked by the
 * site as before: this only ever skips a second check of the same bytes.
 *
 * EXPLAINER_STORY_JSON_BY_CLI=1 tells Astro that the CLI writes each story's story.json download
 * (the bytes it checked) into the site itself, so Astro need not pass tens of MB through a Response
 * (storyJsonByCli; src/pages/[story]/data/story.json.ts). Without it Astro writes the download.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHECKED_STORIES_ENV = 'EXPLAINER_CHECKED_STORIES';
export const STORY_JSON_BY_CLI_ENV = 'EXPLAINER_STORY_JSON_BY_CLI';

/** Whether `explainer build`, which started this build, writes the story.json downloads itself. */
export function storyJsonByCli(): boolean {
  return process.env[STORY_JSON_BY_CLI_ENV] === '1';
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** A file's size and modification time, to take before reading it. */
export function stampOf(file: string): FileStamp {
  const { size, mtimeMs } = statSync(file);
  return { size, mtimeMs };
}

/** Writes the checked files (absolute path -> stamp taken before reading) to `path`, atomically. */
export function writeCheckedStories(path: string, stamps: Record<string, FileStamp>): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(stamps));
  renameSync(`${path}.tmp`, path);
}

/** Whether the CLI that started this build checked `file` as it is now (its stat `stamp`). */
export function isCheckedStory(file: string, stamp: FileStamp): boolean {
  const path = process.env[CHECKED_STORIES_ENV];
  if (!path) return false;
  let stamps: Record<string, FileStamp | undefined>;
  try {
    stamps = JSON.parse(readFileSync(path, 'utf8')) as Record<string, FileStamp | undefined>;
  } catch {
    return false; // not written yet (the CLI is still checking), or gone: check here
  }
  const checked = stamps[resolve(file)];
  return checked !== undefined && checked.size === stamp.size && checked.mtimeMs === stamp.mtimeMs;
}

/**
 * story.json as the site's download serves it: the file's own bytes (never decoded and re-encoded),
 * ending in a newline. One rule for Astro's route (site/load.ts) and `explainer build`, which
 * writes the download itself (cli/build-site.ts).
 */
export function storyJsonDownload(bytes: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  return bytes.at(-1) === 0x0a ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
}
