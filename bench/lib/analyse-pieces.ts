/**
 * Where a cold ingest's per-article CPU goes: reads a story folder, then runs the analysis of
 * every source (src/pipeline/analyse.ts: normalize, MDX-safe, extract, compare features,
 * body-loss check) on this thread only, stage by stage, and prints one JSON line of CPU seconds
 * (user + system, process.cpuUsage) per stage and per pass. CPU time, not wall time: on a shared
 * machine it is the steadier number. Writes nothing.
 *
 *   node bench/lib/analyse-pieces.ts <sources-dir> [--passes N] [--whole]
 *
 * --whole runs analyseSource itself per source and times only the pass (no per-stage timer calls,
 * whose own cost shows in a --cpu-prof profile).
 *
 * Pass 1 is what a cold ingest's first thread pays (first runs of every pattern, JIT); later
 * passes show the steady state. A mirror of analyseSource, not the product: when it gains a
 * stage, add it here.
 */
import { mdxSafeParagraph } from '../../src/lib/mdx-safe.ts';
import type { Article } from '../../src/lib/model.ts';
import { articleFeatures } from '../../src/pipeline/compare/features.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';
import { analyseSource } from '../../src/pipeline/analyse.ts';
import { normalize } from '../../src/pipeline/normalize/index.ts';
import { bodyLossWarning } from '../../src/pipeline/normalize/body-loss.ts';
import { readStory } from '../../src/pipeline/read/index.ts';

const args = process.argv.slice(2);
const sourcesDir = args[0];
const passesAt = args.indexOf('--passes');
const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : 1;
const whole = args.includes('--whole');
if (!sourcesDir || !(passes >= 1)) {
  console.error('usage: node bench/lib/analyse-pieces.ts <sources-dir> [--passes N] [--whole]');
  process.exit(2);
}

const { documents } = readStory(sourcesDir);
const round = (n: number) => Math.round(n * 1000) / 1000;
for (let pass = 1; pass <= passes; pass++) {
  const seconds: Record<string, number> = {};
  const timed = <T>(name: string, step: () => T): T => {
    const start = process.cpuUsage();
    const value = step();
    const used = process.cpuUsage(start);
    seconds[name] = (seconds[name] ?? 0) + (used.user + used.system) / 1e6;
    return value;
  };
  let articles = 0;
  if (whole) {
    const start = process.cpuUsage();
    for (const doc of documents) if (analyseSource(doc)) articles++;
    const used = process.cpuUsage(start);
    console.log(JSON.stringify({ pass, articles, total: round((used.user + used.system) / 1e6) }));
    continue;
  }
  for (const doc of documents) {
    const normalized = timed('normalize', () => normalize(doc));
    const article: Article = timed('mdx-safe', () => {
      const paragraphs = normalized.paragraphs.map(mdxSafeParagraph).filter((t): t is string => t !== null);
      return { ...normalized, paragraphs };
    });
    if (article.paragraphs.length === 0) continue;
    articles++;
    const quotes = timed('extract: quotes', () => extractQuotes(article.paragraphs, article));
    const figures = timed('extract: figures', () => extractFigures(article.paragraphs));
    const extracted = { ...article, quotes, figures };
    timed('features', () => articleFeatures(extracted));
    timed('body loss', () => bodyLossWarning(extracted));
  }
  const total = Object.values(seconds).reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify({
      pass,
      articles,
      total: round(total),
      ...Object.fromEntries(Object.entries(seconds).map(([name, s]) => [name, round(s)])),
    }),
  );
}
