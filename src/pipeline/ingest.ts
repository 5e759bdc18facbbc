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
import type { Article, Manifest, RawDocument, StoryConfig, StoryData } from '../lib/model.ts';
import { KEBAB_SLUG, slugify } from '../lib/slug.ts';
import { compare } from './compare/index.ts';
import { checkStoryContent } from './emit/check.ts';
import { pinGroupIds } from './emit/group-ids.ts';
import {
  DATA_FILE,
  INDEX_FILE,
  loadStoryEdits,
  manifestSources,
  writeStory,
  type EmitReport,
} from './emit/index.ts';
import { explainerDrift } from './emit/explainer-drift.ts';
import { acquireLock, hashFile, readBytesIfExists, readManifest, removeStaleTemps } from './emit/files.ts';
import {
  NO_CACHE,
  analysisKey,
  openAnalysisCache,
  storyFileHashes,
  storyInputsKey,
  updatedFileHashes,
  writeStoryRecord,
  type AnalysisCache,
} from './cache.ts';
import { openConfigMemo } from './config-memo.ts';
import { assignArticleIds } from './normalize/index.ts';
import { analyseSource, type AnalysedSource } from './analyse.ts';
import type { ArticleFeatures } from './compare/features.ts';
import { NO_MEMO, type CompareMemo } from './compare/memo.ts';
import { openCompareMemo } from './compare-cache.ts';
import { openMdxMemo } from './mdx-memo.ts';
import { recordedWarnings, unchangedStory } from './unchanged-story.ts';
import { mapOnAllCores } from './parallel.ts';
import { releaseHeap } from './release-heap.ts';
import { STORY_CONFIG_FILE, noDocuments, readStory, type Refusal } from './read/index.ts';

export type Progress = (done: number, total: number) => void;

/**
 * Normalizes and extracts each document (on every core for large stories, see parallel.ts); those
 * with no article text are dropped, each as a refusal when `refused` is given, else a warning.
 * A story.yaml headline replaces the page's. Ids are given last, story-wide. Documents whose
 * analysis is in `cache` (same text, hints and code) are not analysed again. `features`, when
 * given, receives each returned article's compare features (compare/features.ts), in order, and
 * `keptKeys` each returned article's analysis key (what compare's memo knows the article by);
 * `counts.analysed`, when given, is set to the number of documents analysed (not from `cache`).
 */
export function analyseDocuments(
  documents: RawDocument[],
  warnings: Warning[],
  knownIds: ReadonlyMap<string, string> = new Map(),
  onProgress: Progress = () => {},
  cache: AnalysisCache = NO_CACHE,
  keys: string[] = cache === NO_CACHE ? [] : documents.map(analysisKey),
  refused?: Refusal[],
  features?: ArticleFeatures[],
  keptKeys?: Array<string | undefined>,
  counts?: { analysed: number },
): Article[] {
  const analysed: Array<AnalysedSource | null | undefined> = documents.map((_, index) =>
    keys[index] === undefined ? undefined : cache.get(keys[index]),
  );
  const missing = analysed.flatMap((result, index) => (result === undefined ? [index] : []));
  const cached = documents.length - missing.length;
  if (counts) counts.analysed = missing.length;
  const fresh = mapOnAllCores(
    missing.map((index) => documents[index]!),
    'analyse',
    analyseSource,
    (done, total) => onProgress(cached + done, cached + total),
  );
  missing.forEach((index, n) => {
    analysed[index] = fresh[n]!;
    if (keys[index] !== undefined) cache.set(keys[index], fresh[n]!);
  });
  const kept: Article[] = [];
  analysed.forEach((result, index) => {
    const doc = documents[index]!;
    if (result) {
      const { article } = result;
      kept.push(doc.hints.headline ? { ...article, headline: doc.hints.headline } : article);
      features?.push(result.features);
      keptKeys?.push(keys[index]);
      if (result.bodyLoss) warnings.push({ file: doc.path, message: result.bodyLoss });
    } else {
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
export function knownArticleIds(manifest: Manifest, documents: RawDocument[]): Map<string, string> {
  const pinned = new Map<string, string>();
  for (const doc of documents) if (doc.hints.id) pinned.set(doc.name, doc.hints.id);
  const taken = new Set(pinned.values());
  const known = new Map<string, string>();
  for (const [source, id] of Object.entries(manifest.sources)) if (!taken.has(id)) known.set(source, id);
  for (const [source, id] of pinned) known.set(source, id);
  return known;
}

/** The story's slug (--story, story.yaml, or the folder name), or an InputError when it is not kebab-case. */
export function storySlug(sourcesDir: string, config: StoryConfig, override?: string): string {
  const slug = override ?? config.slug ?? slugify(basename(resolve(sourcesDir)));
  if (!KEBAB_SLUG.test(slug)) {
    throw new InputError(
      sourcesDir,
      `"${slug}" is not a usable story slug: use lower-case letters, digits and hyphens (--story my-story)`,
    );
  }
  return slug;
}

/** `features[i]`, when given, is articles[i]'s compare features; `memo` compare's memo (see compare()). */
export function buildStoryData(
  slug: string,
  config: StoryConfig,
  articles: Article[],
  features: ReadonlyArray<ArticleFeatures | undefined> = [],
  memo: CompareMemo = NO_MEMO,
): StoryData {
  const title = config.title ?? articles[0]?.headline ?? slug;
  const summary =
    config.summary ?? articles.find((a) => a.standfirst)?.standfirst ?? articles[0]?.paragraphs[0] ?? '';
  return {
    slug,
    title,
    summary,
    generatedAt: new Date().toISOString(),
    articles,
    analysis: compare(articles, features, memo),
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

/** The whole ingest of one story folder: read, analyse, compare, emit, check, under the story's lock. */
export function ingestStory(options: IngestOptions): IngestResult {
  const dryRun = options.dryRun ?? false;
  // --force parses story.yaml again (it trusts no cache) but leaves what it parsed for the next run.
  const configMemo = openConfigMemo(options.contentDir, options.sourcesDir, !dryRun);
  const { config, documents, warnings, refused } = readStory(
    options.sourcesDir,
    options.force ? { get: () => undefined, set: configMemo.set } : configMemo,
  );
  const slug = storySlug(options.sourcesDir, config, options.story);
  const storyDir = join(options.contentDir, 'stories', slug);
  // A dry run takes no lock and creates nothing (not even the story folder).
  const release = dryRun ? () => {} : acquireLock(storyDir);
  try {
    if (!dryRun) removeStaleTemps(storyDir);
    // What ingest last wrote, read once: nothing else writes it before writeStory (the lock).
    const manifest = readManifest(storyDir);
    // --force trusts no cached analysis, but leaves its own for the next run.
    const cache = dryRun ? NO_CACHE : openAnalysisCache(storyDir, { read: !options.force });
    const keys = documents.map(analysisKey);
    const readWarnings = warnings.length;
    const filesBefore = options.force ? {} : storyFileHashes(storyDir); // after emit: only what it touched
    // The article ids the manifest pins: this run's at the start, the ones it wrote at the end.
    const inputs = (files: Record<string, string>, pinnedIds: Manifest['sources']) =>
      storyInputsKey({ config, slug, analysisKeys: keys, pinnedIds, files });
    if (!options.force) {
      const unchanged = unchangedStory(storyDir, inputs(filesBefore, manifest.sources), manifest);
      if (unchanged) {
        options.onProgress?.(documents.length, documents.length);
        // What the analysis refused is said again, like its warnings; the edited files are checked
        // again (their problems stand until fixed).
        warnings.push(...unchanged.warnings);
        refused.push(...unchanged.refused);
        const problems = checkStoryContent(storyDir, unchanged.story);
        configMemo.save();
        return { ...unchanged, slug, storyDir, warnings, refused, problems };
      }
    }
    const knownIds = knownArticleIds(manifest, documents);
    const readRefused = refused.length;
    const features: ArticleFeatures[] = [];
    const keptKeys: Array<string | undefined> = [];
    const counts = { analysed: 0 };
    const fresh = analyseDocuments(
      documents,
      warnings,
      knownIds,
      options.onProgress,
      cache,
      keys,
      refused,
      features,
      keptKeys,
      counts,
    );
    // The raw pages are not needed past analysis: let them go before compare and emit.
    documents.length = 0;
    if (fresh.length === 0) noDocuments(options.sourcesDir, refused);
    cache.write();
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
      { force: options.force, manifest, fileHashes: filesBefore },
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
    // An edited article's text is not its source's: compare's memo does not know it.
    const compareMemo = openCompareMemo(
      storyDir,
      fresh.map((article, i) => (edits.has(article.id) ? undefined : keptKeys[i])),
      { read: !options.force, featuresOf: (key) => cache.peek(key)?.features },
    );
    // An article from its source (not edited) is its analysis with the id ingest gave it.
    const articleKeys = fresh.map((article, i) =>
      edits.has(article.id) || keptKeys[i] === undefined ? undefined : `${keptKeys[i]}\0${article.id}`,
    );
    const memo = openMdxMemo(storyDir);
    // An edited article's text is the journalist's: its features are computed again from it.
    const pinned = pinGroupIds(
      buildStoryData(
        slug,
        config,
        articles,
        fresh.map((article, i) => (edits.has(article.id) ? undefined : features[i])),
        compareMemo,
      ),
      manifest.groups ?? {},
      options.force ? undefined : { articleKeys, memo },
    );
    const story = pinned.story;
    features.length = 0; // compared: let them go before emit
    releaseHeap(counts.analysed);
    let dataHash: string | null = null;
    const report = writeStory(
      storyDir,
      story,
      {
        force: options.force,
        manifest,
        dryRun,
        groups: pinned.pins,
        fileHashes: filesBefore,
        articleKeys,
        backupDir: join(options.contentDir, 'backups', slug, stamp(new Date())),
        onDataHash: (sha256) => (dataHash = sha256),
      },
      memo,
    );
    const problems = checkStoryContent(storyDir, story, { previousGroups, memo });
    const index = join(storyDir, INDEX_FILE);
    const keptIndex = report.kept.includes(INDEX_FILE)
      ? readBytesIfExists(index)?.toString('utf8')
      : undefined;
    for (const message of keptIndex ? explainerDrift(config, keptIndex, index) : [])
      warnings.push({ file: join(options.sourcesDir, STORY_CONFIG_FILE), message });
    if (dryRun)
      return { slug, storyDir, story, report, warnings, refused, problems, edited: [...edits.keys()] };
    memo.save();
    cache.commit();
    compareMemo.save();
    configMemo.save();
    // Hashed while written or compared (the same bytes), else read again.
    const data = dataHash ?? hashFile(join(storyDir, DATA_FILE));
    if (data !== null) {
      writeStoryRecord(storyDir, {
        inputs: inputs(
          options.force
            ? storyFileHashes(storyDir)
            : updatedFileHashes(storyDir, filesBefore, [
                ...report.written,
                ...report.replaced,
                ...report.removed,
              ]),
          manifestSources(story),
        ),
        data,
        // Refusals found by the analysis are kept with its warnings, to be said again.
        warnings: recordedWarnings(warnings.slice(readWarnings), refused.slice(readRefused)),
        edited: [...edits.keys()],
        kept: report.kept,
      });
    }
    return { slug, storyDir, story, report, warnings, refused, problems, edited: [...edits.keys()] };
  } finally {
    release();
  }
}

/** "2026-11-29T03-04-05" (a folder name on every file system). */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}
