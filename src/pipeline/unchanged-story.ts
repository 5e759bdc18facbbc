/**
 * unchanged-story: a story whose inputs did not change since the last ingest -> what that ingest
 * wrote, read back (no analysis, compare or emit), or null.
 *
 *   unchangedStory(storyDir, inputs, manifest) -> { story, report, edited, warnings, refused } | null
 *   recordedWarnings(warnings, refused)        -> the warnings the story record keeps, refusals included
 *
 * `inputs` is storyInputsKey of this run (cache.ts); the story record holds the last run's.
 * `manifest` is the story's, as the run found it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Warning } from '../lib/errors.ts';
import type { Manifest, StoryData } from '../lib/model.ts';
import { readStoryRecord } from './cache.ts';
import { DATA_FILE, type EmitReport } from './emit/index.ts';
import { readBytesIfExists } from './emit/files.ts';
import type { Refusal } from './read/index.ts';

/** Refusals are kept among the record's warnings with this prefix, to be said again as refusals. */
const REFUSED = 'refused: ';

/** The analysis's warnings and refusals as the story record keeps them (see unchangedStory). */
export function recordedWarnings(warnings: Warning[], refused: Refusal[]): Warning[] {
  return [...warnings, ...refused.map((r) => ({ file: r.file, message: `${REFUSED}${r.reason}` }))];
}

/**
 * When a story's inputs are exactly those of the run that wrote its files (see storyInputsKey) and
 * story.json is as that run left it, the files already hold what a new run would write: the story
 * is read back instead of analysed, compared and emitted again.
 */
export function unchangedStory(
  storyDir: string,
  inputs: string,
  manifest: Manifest,
): {
  story: StoryData;
  report: EmitReport;
  edited: string[];
  warnings: Warning[];
  refused: Refusal[];
} | null {
  const record = readStoryRecord(storyDir);
  if (record?.inputs !== inputs) return null;
  const bytes = readBytesIfExists(join(storyDir, DATA_FILE));
  if (bytes === null || createHash('sha256').update(bytes).digest('hex') !== record.data) return null;
  const data = bytes.toString('utf8');
  let story: StoryData;
  try {
    story = JSON.parse(data) as StoryData;
  } catch {
    return null;
  }
  const files = Object.keys(manifest.files).filter((file) => !record.kept.includes(file));
  return {
    story,
    report: {
      written: [],
      unchanged: [...files, DATA_FILE],
      kept: record.kept,
      replaced: [],
      backupDir: null,
      removed: [],
    },
    // What the analysis refused is said again, like its warnings.
    warnings: record.warnings.filter((w) => !w.message.startsWith(REFUSED)),
    refused: record.warnings
      .filter((w) => w.message.startsWith(REFUSED))
      .map((w) => ({ file: w.file, reason: w.message.slice(REFUSED.length) })),
    edited: record.edited,
  };
}
