/**
 * Child process of the ingest benchmark: runs the real ingestStory once (read -> normalize ->
 * extract -> compare -> emit) on a story folder into a content folder, and prints one JSON line:
 *   { seconds, cpuSeconds, articles, files, maxRssMB, heapUsedMB }
 * seconds covers ingestStory only (not Node start-up or module loading); cpuSeconds is the
 * process's CPU time (user + system, all threads) over the same span, steadier than seconds on a
 * loaded machine; maxRssMB is
 * process.resourceUsage().maxRSS, i.e. the peak of this whole process.
 *   node bench/lib/ingest-child.ts <sources-dir> <content-dir> [--incremental]
 * Without --incremental the run is forced (everything regenerated, no cache: a cold ingest); with
 * it, the run is what a journalist's re-ingest does (cache, unchanged files kept).
 */
import { ingestStory } from '../../src/pipeline/ingest.ts';

const [sourcesDir, contentDir, mode] = process.argv.slice(2);
if (!sourcesDir || !contentDir) {
  console.error('usage: node bench/lib/ingest-child.ts <sources-dir> <content-dir>');
  process.exit(2);
}
const started = performance.now();
const cpu = process.cpuUsage();
const result = ingestStory({ sourcesDir, contentDir, force: mode !== '--incremental' });
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    articles: result.story.articles.length,
    files: result.report.written.length + result.report.unchanged.length,
    written: result.report.written.length,
    warnings: result.warnings.length,
    quotes: result.story.articles.reduce((n, a) => n + a.quotes.length, 0),
    figures: result.story.articles.reduce((n, a) => n + a.figures.length, 0),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapUsedMB: process.memoryUsage().heapUsed / 1048576,
  }),
);
