/**
 * Lighthouse (the npm package, mobile preset = its default) on one URL with Debian's Chromium.
 * Runs the CLI with this process's Node; returns the four category scores (0–100).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_DIR } from '../generate.ts';
import { runTimed, tail } from './proc.ts';

export const LIGHTHOUSE_BIN = join(REPO_DIR, 'node_modules/lighthouse/cli/index.js');
export const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  url: string;
  ok: boolean;
  error?: string;
  scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
  metrics: Record<string, number>;
  /** Failing audits (score < 1) of the non-performance categories, for the report. */
  failing: string[];
  command: string;
}

export async function lighthouse(url: string): Promise<LighthouseResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'explainer-bench-lh-'));
  const out = join(scratch, 'report.json');
  const args = [
    LIGHTHOUSE_BIN,
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  const run = await runTimed(process.execPath, args, {
    env: { CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    timeoutMs: 5 * 60_000,
  });
  const command = `CHROME_PATH=/usr/bin/chromium npx lighthouse ${url} --output=json --only-categories=${CATEGORIES.join(',')} --chrome-flags='${CHROME_FLAGS}'`;
  try {
    if (run.code !== 0)
      return {
        url,
        ok: false,
        error: tail(run.stderr || run.stdout),
        scores: {},
        metrics: {},
        failing: [],
        command,
      };
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      runtimeError?: { message: string };
      categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
      audits: Record<
        string,
        { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string }
      >;
    };
    const scores: LighthouseResult['scores'] = {};
    for (const category of CATEGORIES) {
      const score = report.categories[category]?.score;
      if (typeof score === 'number') scores[category] = Math.round(score * 100);
    }
    const metrics: Record<string, number> = {};
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      const value = report.audits[id]?.numericValue;
      if (typeof value === 'number') metrics[id] = value;
    }
    const failing: string[] = [];
    for (const category of CATEGORIES) {
      for (const ref of report.categories[category]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
        if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue;
        failing.push(`${category}: ${ref.id} (${audit.score})`);
      }
    }
    const error = report.runtimeError?.message;
    return { url, ok: !error, ...(error ? { error } : {}), scores, metrics, failing, command };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
