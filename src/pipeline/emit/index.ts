/**
 * emit: a story's analysed articles -> files under content/stories/<story>/, without ever
 * destroying a journalist's edit.
 *
 *   articles/<article-id>.mdx   one per article (frontmatter + <P>/<Quote>/<Fig> body)   — editable
 *   index.mdx                   the explainer's first draft                               — editable
 *   story.json                  StoryData: articles as the site shows them + analysis     — generated
 *   .explainer-manifest.json    what ingest wrote (the edit guard, see files.ts)
 *
 * Two steps, so edits flow into the analysis: `loadStoryEdits` reads back every hand-edited article
 * (its corrected speakers and figures replace the fresh extraction), then `writeStory` writes what
 * is not edited and reports what it kept.
 */
import { join } from 'node:path';
import type { ArticleText, Manifest, StoryData } from '../../lib/model.ts';
import { articleToMdx, mdxToArticle } from './article-mdx.ts';
import { explainerDraft } from './explainer.ts';
import { MANIFEST_FILE, readIfExists, sha256, writeAtomic, backupFile, writeError } from './files.ts';
import { rmSync } from 'node:fs';
import { sameData, writeDataIfChanged, type DataFileMemo } from './story-data.ts';
export type { DataFileRecord } from './story-data.ts';

export interface EmitOptions {
  /** Regenerate every file, edited or not (edited ones are first copied to `backupDir`). */
  force: boolean;
  /** The story's manifest as this run found it (readManifest, under its lock): what ingest last wrote. */
  manifest: Manifest;
  /** Plan only: report what would be written, kept, replaced and removed; touch nothing. */
  dryRun?: boolean;
  /** Where --force copies the edited files it replaces (made only if there is one). */
  backupDir?: string;
  /** Stable group ids to remember (group-ids.ts). */
  groups?: Record<string, string[]>;
  /**
   * The SHA-256 of the story's files as this run found them (under its lock, cache.ts
   * storyFileHashes), by path in the story folder: a file listed is not read and hashed again to
   * tell whether it is as ingest left it. Files not listed are read.
   */
  fileHashes?: Readonly<Record<string, string>>;
  /**
   * Per article (story order), when known: a key that differs whenever the article's data does
   * (ingest: its source's analysis key with its id; the data is a pure function of the two). The
   * MDX memo and story.json's byte reuse then know the article by it instead of by a hash of its
   * JSON, so an unchanged article is not serialised at all. undefined: hashed from its JSON.
   */
  articleKeys?: ReadonlyArray<string | undefined>;
  /**
   * Told story.json's SHA-256 (hex, as hashFile gives) when writing it already hashed its bytes,
   * so ingest need not read and hash the file again for its record.
   */
  onDataHash?: (sha256: string) => void;
}

/** The SHA-256 of a story file: from `known` when listed, else of its text (null: no file). */
function fileHash(
  storyDir: string,
  relative: string,
  known?: Readonly<Record<string, string>>,
): string | null {
  const listed = known?.[relative];
  if (listed !== undefined) return listed;
  const current = readIfExists(join(storyDir, relative));
  return current === null ? null : sha256(current);
}

export interface EmitReport {
  written: string[];
  unchanged: string[];
  /** Files left alone because they were edited by hand. */
  kept: string[];
  /** Hand-edited files --force replaced, each first copied into `backupDir`. */
  replaced: string[];
  backupDir: string | null;
  /** Generated files removed because their source is gone. */
  removed: string[];
}

/** The manifest's `sources` for `story` (source file -> article id): what writeStory records. */
export function manifestSources(story: Pick<StoryData, 'articles'>): Manifest['sources'] {
  return Object.fromEntries(story.articles.map((article) => [article.source, article.id]));
}

/** An article's MDX file, relative to its story folder. */
export const articlePath = (id: string): string => `articles/${id}.mdx`;
export const INDEX_FILE = 'index.mdx';
export const DATA_FILE = 'story.json';

/**
 * A file was edited by hand when its bytes differ from what ingest last wrote there (or, after a
 * run that was killed half-way, from what that run was about to write: `pending`).
 */
function isEdited(current: string, manifest: Manifest, relative: string): boolean {
  const hash = sha256(current);
  return hash !== manifest.files[relative] && hash !== manifest.pending?.[relative];
}

/**
 * For each article whose MDX file was edited by hand, the article as the journalist left it.
 * Throws InputError (file and line) if an edited file no longer parses.
 */
export function loadStoryEdits(
  storyDir: string,
  ids: string[],
  options: EmitOptions,
): Map<string, ArticleText> {
  const edited = new Map<string, ArticleText>();
  if (options.force) return edited;
  const manifest = options.manifest;
  for (const id of ids) {
    const relative = articlePath(id);
    const known = options.fileHashes?.[relative];
    // As ingest left it (the hash this run found): not edited, and not read again.
    if (known !== undefined && (known === manifest.files[relative] || known === manifest.pending?.[relative]))
      continue;
    const path = join(storyDir, relative);
    const current = readIfExists(path);
    if (current !== null && isEdited(current, manifest, relative)) {
      edited.set(id, mdxToArticle(current, path));
    }
  }
  return edited;
}

/**
 * What generated files ingest last wrote for which article data: sha256 of an article's data ->
 * sha256 of the MDX it gave. With it, an article whose data and file are both unchanged is not
 * serialized again (the slowest part of re-writing a large story). Kept by the caller (cache.ts).
 */
export interface MdxMemo extends DataFileMemo {
  get(dataHash: string): string | undefined;
  set(dataHash: string, fileHash: string): void;
}

/**
 * Writes a story's files atomically, keeping every file edited by hand (see the header), and says
 * what it did.
 */
export function writeStory(
  storyDir: string,
  story: StoryData,
  options: EmitOptions,
  memo?: MdxMemo,
): EmitReport {
  const manifest = options.manifest;
  const report: EmitReport = {
    written: [],
    unchanged: [],
    kept: [],
    replaced: [],
    backupDir: null,
    removed: [],
  };
  const next: Manifest = {
    version: 1,
    sources: manifestSources(story),
    files: {},
    ...(options.groups ? { groups: options.groups } : {}),
  };
  const dryRun = options.dryRun ?? false;

  const editable = new Map<string, string>();
  // An article's key in story.json: its data, where `removed` sits among its keys and what it
  // holds; a given key already stands for all of it (its data is a pure function of the key), so
  // a 1,000-article story's `removed` records (megabytes) are not serialised to be hashed.
  const dataKeys: string[] = [];
  story.articles.forEach((article, a) => {
    const relative = articlePath(article.id);
    // A given key is hashed again with a prefix: it never equals a hash of an article's JSON.
    const given = options.articleKeys?.[a];
    const dataHash = !memo
      ? ''
      : given !== undefined
        ? sha256(`key\0${given}`)
        : sha256(JSON.stringify({ ...article, removed: undefined }));
    if (memo)
      dataKeys.push(
        given !== undefined
          ? dataHash
          : sha256(
              `${dataHash}\0${Object.keys(article).join('\0')}\0${JSON.stringify(article.removed) ?? ''}`,
            ),
      );
    const knownHash = options.force ? undefined : memo?.get(dataHash);
    if (
      knownHash !== undefined &&
      knownHash === manifest.files[relative] &&
      fileHash(storyDir, relative, options.fileHashes) === knownHash
    ) {
      report.unchanged.push(relative);
      next.files[relative] = knownHash;
      return;
    }
    const content = articleToMdx(article);
    memo?.set(dataHash, sha256(content));
    editable.set(relative, content);
  });
  editable.set(INDEX_FILE, explainerDraft(story));

  // Plan first, then announce the new hashes (`pending`) before touching any file: a run killed
  // between two writes must not make its own output look hand-edited to the next run.
  const writes: Array<[string, string]> = [];
  for (const [relative, content] of editable) {
    const path = join(storyDir, relative);
    const current = readIfExists(path);
    if (current !== null && current !== content && isEdited(current, manifest, relative)) {
      if (!options.force) {
        report.kept.push(relative);
        continue;
      }
      report.replaced.push(relative);
    }
    if (current === content) report.unchanged.push(relative);
    else writes.push([relative, content]);
    next.files[relative] = sha256(content);
  }
  if (report.replaced.length > 0) {
    report.backupDir = options.backupDir ?? join(storyDir, '..', '..', 'backups', 'unnamed');
    if (!dryRun) for (const relative of report.replaced) backupFile(storyDir, relative, report.backupDir);
  }
  if (dryRun) {
    report.written.push(...writes.map(([relative]) => relative));
    if (!sameData(join(storyDir, DATA_FILE), story)) report.written.push(DATA_FILE);
    else report.unchanged.push(DATA_FILE);
    for (const relative of Object.keys(manifest.files)) {
      if (editable.has(relative) || report.unchanged.includes(relative)) continue;
      const current = readIfExists(join(storyDir, relative));
      if (current === null) continue;
      if (isEdited(current, manifest, relative)) report.kept.push(relative);
      else report.removed.push(relative);
    }
    return report;
  }
  if (writes.length > 0) {
    const pending = Object.fromEntries(writes.map(([relative, content]) => [relative, sha256(content)]));
    writeAtomic(join(storyDir, MANIFEST_FILE), `${JSON.stringify({ ...manifest, pending }, null, 1)}\n`);
  }
  // The texts are let go as soon as they are written (a large story's MDX is tens of megabytes).
  const generated = new Set([...editable.keys(), ...report.unchanged]);
  editable.clear();
  for (let i = 0; i < writes.length; i++) {
    const [relative, content] = writes[i]!;
    writes[i] = [relative, ''];
    writeAtomic(join(storyDir, relative), content);
    report.written.push(relative);
  }

  // story.json is computed data (edits belong in the MDX files). It is rewritten only when the data
  // changed: a re-run that finds nothing new keeps the file, and its generatedAt, byte for byte, so a
  // build does not leave a modified file in version control.
  // --force trusts no record, but leaves one for the next run.
  const reuse = memo ? { keys: dataKeys, memo, trust: !options.force } : undefined;
  if (writeDataIfChanged(join(storyDir, DATA_FILE), story, reuse, options.onDataHash))
    report.written.push(DATA_FILE);
  else report.unchanged.push(DATA_FILE);

  // Generated files whose source is gone: delete them unless a journalist worked on them.
  for (const relative of Object.keys(manifest.files)) {
    if (generated.has(relative)) continue;
    const path = join(storyDir, relative);
    const current = readIfExists(path);
    if (current === null) continue;
    if (isEdited(current, manifest, relative)) report.kept.push(relative);
    else {
      try {
        rmSync(path, { force: true });
      } catch (error) {
        throw writeError(path, error);
      }
      report.removed.push(relative);
    }
  }

  // In file-name order: which files this run found unchanged must not reorder a tracked file.
  next.files = Object.fromEntries(Object.entries(next.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeAtomic(join(storyDir, MANIFEST_FILE), `${JSON.stringify(next, null, 1)}\n`);
  return report;
}
