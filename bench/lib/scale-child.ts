/**
 * Fallback for the extract + compare scale benchmark while bench/compare.ts does not exist:
 * generates N articles in memory (bench/generate.ts; not timed), then times
 *   analyseDocuments (normalize + extract) and buildStoryData (compare)
 * and prints one JSON line: { count, generateSeconds, extractSeconds, compareSeconds, seconds,
 * maxRssMB, baselineRssMB } where baselineRssMB is the RSS after generation (the input texts).
 *   node bench/lib/scale-child.ts <count>
 */
import type { RawDocument } from '../../src/lib/model.ts';
import type { Warning } from '../../src/lib/errors.ts';
import { analyseDocuments, buildStoryData } from '../../src/pipeline/ingest.ts';
import { generateDocuments } from '../generate.ts';

const count = Number(process.argv[2] ?? '1000');
let t = performance.now();
const documents: RawDocument[] = generateDocuments(count).map((doc) => ({
  path: doc.name,
  name: doc.name,
  format: 'text',
  text: doc.text,
  hints: doc.hints,
}));
const generateSeconds = (performance.now() - t) / 1000;
const baselineRssMB = process.memoryUsage().rss / 1048576;
t = performance.now();
const warnings: Warning[] = [];
const articles = analyseDocuments(documents, warnings);
const extractSeconds = (performance.now() - t) / 1000;
t = performance.now();
const story = buildStoryData('bench-story', {}, articles);
const compareSeconds = (performance.now() - t) / 1000;
console.log(
  JSON.stringify({
    count,
    articles: story.articles.length,
    quoteGroups: story.analysis.quoteGroups.length,
    figureGroups: story.analysis.figureGroups.length,
    generateSeconds,
    extractSeconds,
    compareSeconds,
    seconds: extractSeconds + compareSeconds,
    baselineRssMB,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
