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
import type { Article, StoryData } from '../../lib/model.ts';
import { articleToMdx, mdxToArticle } from './article-mdx.ts';
import { explainerDraft } from './explainer.ts';
import {
  MANIFEST_FILE,
  readIfExists,
  readManifest,
  sha256,
  writeAtomic,
  writeError,
  type Manifest,
} from './files.ts';
import { rmSync } from 'node:fs';

export interface EmitOptions {
  /** Regenerate every file, edited or not. */
  force: boolean;
}

export interface EmitReport {
  written: string[];
  unchanged: string[];
  /** Files left alone because they were edited by hand. */
  kept: string[];
  /** Generated files removed because their source is gone. */
  removed: string[];
}

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
export function loadStoryEdits(storyDir: string, ids: string[], options: EmitOptions): Map<string, Article> {
  const edited = new Map<string, Article>();
  if (options.force) return edited;
  const manifest = readManifest(storyDir);
  for (const id of ids) {
    const relative = articlePath(id);
    const path = join(storyDir, relative);
    const current = readIfExists(path);
    if (current !== null && isEdited(current, manifest, relative)) {
      edited.set(id, mdxToArticle(current, path));
    }
  }
  return edited;
}

export function writeStory(storyDir: string, story: StoryData, options: EmitOptions): EmitReport {
  const manifest = readManifest(storyDir);
  const report: EmitReport = { written: [], unchanged: [], kept: [], removed: [] };
  const next: Manifest = { version: 1, sources: {}, files: {} };

  const editable = new Map<string, string>();
  for (const article of story.articles) {
    editable.set(articlePath(article.id), articleToMdx(article));
    next.sources[article.source] = article.id;
  }
  editable.set(INDEX_FILE, explainerDraft(story));

  // Plan first, then announce the new hashes (`pending`) before touching any file: a run killed
  // between two writes must not make its own output look hand-edited to the next run.
  const writes: Array<[string, string]> = [];
  for (const [relative, content] of editable) {
    const path = join(storyDir, relative);
    const current = readIfExists(path);
    if (current !== null && current !== content && !options.force && isEdited(current, manifest, relative)) {
      report.kept.push(relative);
      continue;
    }
    if (current === content) report.unchanged.push(relative);
    else writes.push([relative, content]);
    next.files[relative] = sha256(content);
  }
  if (writes.length > 0) {
    const pending = Object.fromEntries(writes.map(([relative, content]) => [relative, sha256(content)]));
    writeAtomic(join(storyDir, MANIFEST_FILE), `${JSON.stringify({ ...manifest, pending }, null, 1)}\n`);
  }
  for (const [relative, content] of writes) {
    writeAtomic(join(storyDir, relative), content);
    report.written.push(relative);
  }

  // story.json is computed data, rewritten every time (edits belong in the MDX files).
  writeAtomic(join(storyDir, DATA_FILE), `${JSON.stringify(story, null, 1)}\n`);
  report.written.push(DATA_FILE);

  // Generated files whose source is gone: delete them unless a journalist worked on them.
  for (const relative of Object.keys(manifest.files)) {
    if (editable.has(relative)) continue;
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

  writeAtomic(join(storyDir, MANIFEST_FILE), `${JSON.stringify(next, null, 1)}\n`);
  return report;
}
