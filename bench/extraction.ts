/**
 * npm run bench:extraction — article-body extraction quality on the public article-extraction
 * benchmark (../shared/benchmarks/article-extraction/, 181 pages), in both input modes:
 *   html: the saved page (html/<id>.html.gz) through normalizeHtml
 *   text: the whole-page plain text (page-text.json) through normalizeText
 * Predictions are written to bench/out/ and scored by the benchmark's own score.py (python3).
 * Usage: node bench/extraction.ts [--mode html|text] [--only <id-prefix>]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { normalizeHtml } from '../src/pipeline/normalize/html.ts';
import { normalizeText } from '../src/pipeline/normalize/text/index.ts';
import type { NormalizedArticle } from '../src/pipeline/normalize/types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(
  process.env.EXTRACTION_BENCH_DIR ?? join(here, '../../shared/benchmarks/article-extraction'),
);
const outDir = join(here, 'out');

const { values } = parseArgs({
  options: { mode: { type: 'string' }, only: { type: 'string' } },
});
const modes = values.mode ? [values.mode] : ['html', 'text'];

/** The article body as the benchmark's annotators wrote it: paragraphs, blank-line separated. */
export function bodyOf(article: NormalizedArticle): string {
  return article.paragraphs.join('\n\n');
}

type Prediction = Record<string, { articleBody: string }>;

function runMode(mode: string): void {
  const truth = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const ids = Object.keys(truth).filter((id) => !values.only || id.startsWith(values.only));
  const pageText =
    mode === 'text'
      ? (JSON.parse(readFileSync(join(benchDir, 'page-text.json'), 'utf8')) as Record<
          string,
          { articleBody: string }
        >)
      : {};
  const htmlFiles = new Set(readdirSync(join(benchDir, 'html')));
  const prediction: Prediction = {};
  const started = performance.now();
  for (const id of ids) {
    let article: NormalizedArticle;
    if (mode === 'html') {
      const file = `${id}.html.gz`;
      if (!htmlFiles.has(file)) continue;
      const html = gunzipSync(readFileSync(join(benchDir, 'html', file))).toString('utf8');
      article = normalizeHtml(html);
    } else {
      article = normalizeText(pageText[id]?.articleBody ?? '');
    }
    prediction[id] = { articleBody: bodyOf(article) };
  }
  const seconds = (performance.now() - started) / 1000;
  mkdirSync(outDir, { recursive: true });
  const predPath = join(outDir, `extraction-${mode}.json`);
  writeFileSync(predPath, JSON.stringify(prediction, null, 1));
  let truthPath = join(benchDir, 'ground-truth.json');
  if (values.only) {
    truthPath = join(outDir, 'truth-subset.json');
    writeFileSync(truthPath, JSON.stringify(Object.fromEntries(ids.map((id) => [id, truth[id]]))));
  }
  const score = execFileSync('python3', [join(benchDir, 'score.py'), truthPath, predPath], {
    encoding: 'utf8',
  }).trim();
  const pagesPerSecond = ids.length / seconds;
  console.log(`${mode.padEnd(4)} ${score} time=${seconds.toFixed(2)}s pages/s=${pagesPerSecond.toFixed(1)}`);
}

for (const mode of modes) runMode(mode);
