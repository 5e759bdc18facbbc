/**
 * Astro's build cache, one per content folder.
 *
 *   contentCacheDir(projectRoot, contentRoot) -> the cacheDir astro.config.mjs gives Astro
 *   pruneContentCaches(projectRoot)           -> removes the caches of content folders that are gone
 *
 * Astro's content data store (in cacheDir) remembers each entry's file by its id, and when a file's
 * text digest matches the stored one it keeps the stored path. A build of another content folder
 * (EXPLAINER_CONTENT) holding a story of the same slug therefore rendered the other folder's file,
 * as it was at render time. One cache per content folder keeps each folder's incremental builds
 * and never mixes their paths; each cache names its folder, so one whose folder is gone (a temp
 * folder) can be removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CACHES = join('node_modules', '.astro');
const PREFIX = 'content-';
/** In each cache: the content folder it belongs to. */
const OWNER = 'content-folder.txt';

/** The content folder a build reads: EXPLAINER_CONTENT or content/, resolved against the project. */
export function contentRootOf(projectRoot: string): string {
  return resolve(projectRoot, process.env.EXPLAINER_CONTENT || 'content');
}

/** Astro's cacheDir for a content folder (absolute), made and labelled with its folder. */
export function contentCacheDir(projectRoot: string, contentRoot: string): string {
  const key = createHash('sha256').update(contentRoot).digest('hex').slice(0, 12);
  const dir = join(resolve(projectRoot), CACHES, `${PREFIX}${key}`);
  const owner = join(dir, OWNER);
  if (!existsSync(owner)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(owner, `${contentRoot}\n`);
  }
  return dir;
}

/**
 * Removes the caches whose content folder no longer exists; the others are left as they are. A
 * cache that does not name its folder (yet: another build is making it) is left too.
 */
export function pruneContentCaches(projectRoot: string): void {
  const caches = join(resolve(projectRoot), CACHES);
  if (!existsSync(caches)) return;
  for (const name of readdirSync(caches)) {
    if (!name.startsWith(PREFIX)) continue;
    const owner = join(caches, name, OWNER);
    const folder = existsSync(owner) ? readFileSync(owner, 'utf8').trim() : '';
    if (!folder || existsSync(folder)) continue;
    rmSync(join(caches, name), { recursive: true, force: true });
  }
}
