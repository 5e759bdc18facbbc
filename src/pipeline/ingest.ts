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
import { loadStoryEdits, writeStory, type EmitReport } from './emit/index.ts';
import { acquireLock, readManifest, removeStaleTemps } from './emit/files.ts';
import { assignArticleIds } from './normalize/index.ts';
import { analyseDocument } from './analyse.ts';
import { mapOnAllCores } from './parallel.ts';
import { readStory } from './read/index.ts';

export type Progress = (done: number, total: number) => void;

/**
 * Normalizes and extracts each document (on every core for large stories, see parallel.ts); those
 * with no article text are dropped with a warning. Ids are given last, story-wide.
 */
export function analyseDocuments(
  documents: RawDocument[],
  warnings: Warning[],
  knownIds: ReadonlyMap<string, string> = new Map(),
  onProgress: Progress = () => {},
): Article[] {
  const analysed = mapOnAllCores(documents, 'analyse', analyseDocument, onProgress);
  const kept: Article[] = [];
  analysed.forEach((article, index) => {
    if (article) kept.push(article);
    else {
      warnings.push({
        file: documents[index]!.path,
        message: 'skipped: no article text found (only navigation or boilerplate?)',
      });
    }
  });
  return assignArticleIds(kept, knownIds);
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
  onProgress?: Progress;
}

export interface IngestResult {
  slug: string;
  storyDir: string;
  story: StoryData;
  report: EmitReport;
  warnings: Warning[];
  /** Article ids whose hand-edited MDX was read back instead of re-extracted. */
  edited: string[];
}

export function ingestStory(options: IngestOptions): IngestResult {
  const { config, documents, warnings } = readStory(options.sourcesDir);
  const slug = storySlug(options.sourcesDir, config, options.story);
  const storyDir = join(options.contentDir, 'stories', slug);
  const release = acquireLock(storyDir);
  try {
    removeStaleTemps(storyDir);
    const knownIds = new Map(Object.entries(readManifest(storyDir).sources));
    const fresh = analyseDocuments(documents, warnings, knownIds, options.onProgress);
    // The raw pages are not needed past analysis: let them go before compare and emit.
    documents.length = 0;
    if (fresh.length === 0) {
      throw new InputError(options.sourcesDir, 'no file in the story has article text; nothing to write');
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
    const story = buildStoryData(slug, config, articles);
    const report = writeStory(storyDir, story, { force: options.force });
    return { slug, storyDir, story, report, warnings, edited: [...edits.keys()] };
  } finally {
    release();
  }
}
