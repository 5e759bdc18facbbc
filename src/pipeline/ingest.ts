/**
 * The whole pipeline, composed: read -> normalize -> extract -> compare -> (emit).
 *
 *   analyseDocuments(documents)  RawDocument[] -> Article[] with quotes and figures (pure)
 *   ingestStory(options)         a story folder -> content/stories/<slug>/ on disk (edit-safe)
 *
 * Used by the CLI (`explainer ingest`, `explainer extract`) and the benchmarks.
 */
import { basename, join, resolve } from 'node:path';
import { InputError, type Warning } from '../lib/errors.ts';
import type { Article, RawDocument, StoryConfig, StoryData } from '../lib/model.ts';
import { slugify } from '../lib/slug.ts';
import { compare } from './compare/index.ts';
import { checkStoryContent } from './emit/check.ts';
import { pinGroupIds } from './emit/group-ids.ts';
import { loadStoryEdits, writeStory, type EmitReport } from './emit/index.ts';
import { acquireLock, readManifest, removeStaleTemps, type Manifest } from './emit/files.ts';
import { assignArticleIds } from './normalize/index.ts';
import { analyseDocument } from './analyse.ts';
import { mapOnAllCores } from './parallel.ts';
import { noDocuments, readStory, type Refusal } from './read/index.ts';

export type Progress = (done: number, total: number) => void;

/**
 * Normalizes and extracts each document (on every core for large stories, see parallel.ts); those
 * with no article text are dropped, each as a refusal when `refused` is given, else a warning.
 * A story.yaml headline replaces the page's. Ids are given last, story-wide.
 */
export function analyseDocuments(
  documents: RawDocument[],
  warnings: Warning[],
  knownIds: ReadonlyMap<string, string> = new Map(),
  onProgress: Progress = () => {},
  refused?: Refusal[],
): Article[] {
  const analysed = mapOnAllCores(documents, 'analyse', analyseDocument, onProgress);
  const kept: Article[] = [];
  analysed.forEach((article, index) => {
    const doc = documents[index]!;
    if (article) kept.push(doc.hints.headline ? { ...article, headline: doc.hints.headline } : article);
    else {
      const reason = 'no article text found (only navigation or boilerplate?)';
      if (refused) refused.push({ file: doc.path, reason });
      else warnings.push({ file: doc.path, message: `skipped: ${reason}` });
    }
  });
  return assignArticleIds(kept, knownIds);
}

/**
 * Article ids to keep: story.yaml's `id` first (a journalist renaming a page), then those the last
 * ingest gave (the manifest), so URLs and references stay put across runs.
 */
function knownArticleIds(manifest: Manifest, documents: RawDocument[]): Map<string, string> {
  const pinned = new Map<string, string>();
  for (const doc of documents) if (doc.hints.id) pinned.set(doc.name, doc.hints.id);
  const taken = new Set(pinned.values());
  const known = new Map<string, string>();
  for (const [source, id] of Object.entries(manifest.sources)) if (!taken.has(id)) known.set(source, id);
  for (const [source, id] of pinned) known.set(source, id);
  return known;
}

export function storySlug(sourcesDir: string, config: StoryConfig, override?: string): string {
  const slug = override ?? config.slug ?? slugify(basename(resolve(sourcesDir)));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new InputError(
      sourcesDir,
      `"${slug}" is not a usable story slug: use lower-case letters, digits and hyphens (--story my-story)`,
    );
  }
  return slug;
}

export function buildStoryData(slug: string, config: StoryConfig, articles: Article[]): StoryData {
  const title = config.title ?? articles[0]?.headline ?? slug;
  const summary =
    config.summary ?? articles.find((a) => a.standfirst)?.standfirst ?? articles[0]?.paragraphs[0] ?? '';
  return {
    slug,
    title,
    summary,
    generatedAt: new Date().toISOString(),
    articles,
    analysis: compare(articles),
  };
}

export interface IngestOptions {
  sourcesDir: string;
  contentDir: string;
  story?: string | undefined;
  force: boolean;
  /** Plan only: nothing is written (the report says what would be). */
  dryRun?: boolean;
  onProgress?: Progress;
}

export interface IngestResult {
  slug: string;
  storyDir: string;
  story: StoryData;
  report: EmitReport;
  warnings: Warning[];
  /** Source files that could not be ingested, each with its reason. */
  refused: Refusal[];
  /** Problems in the files a journalist edits (index.mdx, notes, articles), each at its line. */
  problems: InputError[];
  /** Article ids whose hand-edited MDX was read back instead of re-extracted. */
  edited: string[];
}

export function ingestStory(options: IngestOptions): IngestResult {
  const { config, documents, warnings, refused } = readStory(options.sourcesDir);
  const slug = storySlug(options.sourcesDir, config, options.story);
  const storyDir = join(options.contentDir, 'stories', slug);
  const dryRun = options.dryRun ?? false;
  // A dry run takes no lock and creates nothing (not even the story folder).
  const release = dryRun ? () => {} : acquireLock(storyDir);
  try {
    if (!dryRun) removeStaleTemps(storyDir);
    const manifest = readManifest(storyDir);
    const fresh = analyseDocuments(
      documents,
      warnings,
      knownArticleIds(manifest, documents),
      options.onProgress,
      refused,
    );
    // The raw pages are not needed past analysis: let them go before compare and emit.
    documents.length = 0;
    if (fresh.length === 0) noDocuments(options.sourcesDir, refused);
    if (fresh.length === 1) {
      warnings.push({
        file: options.sourcesDir,
        message:
          "only 1 article: the explainer describes it but has nothing to compare it with (add other outlets' articles)",
      });
    }
    const edits = loadStoryEdits(
      storyDir,
      fresh.map((article) => article.id),
      { force: options.force },
    );
    // An edited article keeps its journalist's text and attributions; its id, source and the record
    // of what was removed from the source (not in the MDX) stay ours.
    const articles = fresh.map((article) => {
      const edited = edits.get(article.id);
      return edited
        ? { ...edited, id: article.id, source: article.source, removed: article.removed }
        : article;
    });
    const previousGroups = new Set(Object.keys(manifest.groups ?? {}));
    const pinned = pinGroupIds(buildStoryData(slug, config, articles), manifest.groups ?? {});
    const story = pinned.story;
    const report = writeStory(storyDir, story, {
      force: options.force,
      dryRun,
      groups: pinned.pins,
      backupDir: join(options.contentDir, 'backups', slug, stamp(new Date())),
    });
    const problems = checkStoryContent(storyDir, story, { previousGroups });
    return { slug, storyDir, story, report, warnings, refused, problems, edited: [...edits.keys()] };
  } finally {
    release();
  }
}

/** "2026-11-29T03-04-05" (a folder name on every file system). */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}
