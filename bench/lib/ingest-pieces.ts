/**
 * Where a re-ingest's CPU time goes: runs the steps of ingestStory (src/pipeline/ingest.ts) one
 * by one, as it does for a story with no hand-edited article, with the story's caches and memos,
 * and prints one JSON line of CPU seconds (user + system, process.cpuUsage) per step and compare
 * sub-step. CPU time, not wall time: on a shared machine it is the steadier number; the sum is
 * close to bench/lib/ingest-child.ts's cpuSeconds for the same run. It writes what ingest writes
 * (story files, caches), so run it on a copy of a content folder.
 *
 *   node bench/lib/ingest-pieces.ts <sources-dir> <content-dir>
 *
 * A mirror, not the product: when ingestStory gains a step, add it here.
 */
import { join } from 'node:path';
import { openAnalysisCache, analysisKey, storyFileHashes } from '../../src/pipeline/cache.ts';
import { openCompareMemo } from '../../src/pipeline/compare-cache.ts';
import { findEntities } from '../../src/pipeline/compare/entities.ts';
import { articleFeatures, type ArticleFeatures } from '../../src/pipeline/compare/features.ts';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import { namingChoices } from '../../src/pipeline/compare/naming.ts';
import { outletProfiles } from '../../src/pipeline/compare/outlets.ts';
import { groupQuotes } from '../../src/pipeline/compare/quotes/index.ts';
import { statedRates } from '../../src/pipeline/compare/rates.ts';
import { withRoleNames } from '../../src/pipeline/compare/role-names.ts';
import { openConfigMemo } from '../../src/pipeline/config-memo.ts';
import { checkStoryContent } from '../../src/pipeline/emit/check.ts';
import { readManifest } from '../../src/pipeline/emit/files.ts';
import { pinGroupIds } from '../../src/pipeline/emit/group-ids.ts';
import { loadStoryEdits, writeStory } from '../../src/pipeline/emit/index.ts';
import { analyseDocuments, knownArticleIds, storySlug } from '../../src/pipeline/ingest.ts';
import { openMdxMemo } from '../../src/pipeline/mdx-memo.ts';
import { readStory } from '../../src/pipeline/read/index.ts';
import type { StoryData } from '../../src/lib/model.ts';

const [sourcesDir, contentDir] = process.argv.slice(2);
if (!sourcesDir || !contentDir) {
  console.error('usage: node bench/lib/ingest-pieces.ts <sources-dir> <content-dir>');
  process.exit(2);
}

const seconds: Record<string, number> = {};
function timed<T>(name: string, step: () => T): T {
  const start = process.cpuUsage();
  const value = step();
  const used = process.cpuUsage(start);
  seconds[name] = (seconds[name] ?? 0) + (used.user + used.system) / 1e6;
  return value;
}

const start = process.cpuUsage();
const configMemo = openConfigMemo(contentDir, sourcesDir);
const { config, documents } = timed('read', () => readStory(sourcesDir, configMemo));
const slug = storySlug(sourcesDir, config);
const storyDir = join(contentDir, 'stories', slug);
const cache = openAnalysisCache(storyDir);
const keys = timed('analysis keys', () => documents.map(analysisKey));
const filesBefore = timed('story file hashes', () => storyFileHashes(storyDir));
const manifest = readManifest(storyDir);
const features: ArticleFeatures[] = [];
const kept: Array<string | undefined> = [];
const articles = timed('analyse', () =>
  analyseDocuments(
    documents,
    [],
    knownArticleIds(manifest, documents),
    () => {},
    cache,
    keys,
    [],
    features,
    kept,
  ),
);
timed('analysis cache write', () => cache.write());
const edits = timed('edits', () =>
  loadStoryEdits(
    storyDir,
    articles.map((a) => a.id),
    { force: false, manifest, fileHashes: filesBefore },
  ),
);
if (edits.size > 0) throw new Error('ingest-pieces: hand-edited articles are not mirrored');
const memo = timed('compare: open memo', () =>
  openCompareMemo(storyDir, kept, { featuresOf: (key) => cache.peek(key)?.features }),
);
const feats = articles.map((article, a) => features[a] ?? articleFeatures(article));
const quoteGroups = timed('compare: quote groups', () => groupQuotes(articles, memo));
const figureGroups = timed('compare: figure groups', () =>
  groupFigures(
    articles,
    feats.map((f) => f.paragraphStems),
    memo,
  ),
);
const entities = timed('compare: entities', () =>
  findEntities(
    articles,
    feats.map((f) => f.entities),
    memo,
  ),
);
const naming = timed('compare: naming', () =>
  namingChoices(
    articles,
    entities.spellings,
    feats.map((f) => f.nameStarts),
    memo,
  ),
);
const profiles = timed('compare: outlet profiles', () =>
  outletProfiles(articles, quoteGroups, figureGroups, entities, naming, feats, memo),
);
const outlets = timed('compare: role names', () =>
  withRoleNames(
    profiles,
    articles,
    entities,
    feats.map((f) => f.capitals),
    memo,
  ),
);
const rates = timed('compare: rates', () => statedRates(articles));
const story: StoryData = {
  slug,
  title: config.title ?? articles[0]?.headline ?? slug,
  summary: config.summary ?? '',
  generatedAt: new Date().toISOString(),
  articles,
  analysis: { quoteGroups, figureGroups, rates, outlets, entities: entities.entities },
};
const articleKeys = articles.map((a, i) => (kept[i] === undefined ? undefined : `${kept[i]}\0${a.id}`));
const mdx = openMdxMemo(storyDir);
const pinned = timed('pin group ids', () =>
  pinGroupIds(story, manifest.groups ?? {}, { articleKeys, memo: mdx }),
);
const report = timed('write story', () =>
  writeStory(
    storyDir,
    pinned.story,
    {
      force: false,
      manifest,
      groups: pinned.pins,
      fileHashes: filesBefore,
      articleKeys,
    },
    mdx,
  ),
);
timed('check', () => checkStoryContent(storyDir, pinned.story, { memo: mdx }));
timed('save caches', () => {
  mdx.save();
  cache.commit();
  memo.save();
  configMemo.save();
});
const used = process.cpuUsage(start);
const round = (n: number) => Math.round(n * 1000) / 1000;
console.log(
  JSON.stringify({
    cpuSeconds: round((used.user + used.system) / 1e6),
    written: report.written.length,
    ...Object.fromEntries(Object.entries(seconds).map(([name, s]) => [name, round(s)])),
  }),
);
