/**
 * bench/quote-time: CPU time of compare's quote grouping (groupQuotes) alone, on the articles of an
 * ingested story.json (e.g. the 2,000-article synthetic story: `npx node bench/generate.ts
 * /tmp/gen2000 --count 2000`, then `npx explainer ingest /tmp/gen2000 --story big --content /tmp/big`).
 * CPU time (process.cpuUsage, user + system), not wall time: the machine is shared.
 *
 *   npx node bench/quote-time.ts <story.json> [--reps 3] [--first 1000] [--out groups.json]
 *
 * Out: the number of groups and the CPU seconds of each repetition (the first includes JIT warm-up,
 * as in a one-shot ingest); with --out, the groups as JSON, to compare two versions byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { groupQuotes } from '../src/pipeline/compare/quotes/index.ts';
import type { Article, QuoteGroup } from '../src/lib/model.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reps: { type: 'string', default: '3' }, first: { type: 'string' }, out: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: node bench/quote-time.ts <story.json> [--reps 3] [--first N] [--out file]');
  process.exit(2);
}
const story = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as { articles: Article[] };
const articles = values.first ? story.articles.slice(0, Number(values.first)) : story.articles;
let groups: QuoteGroup[] = [];
const times: string[] = [];
for (let r = 0; r < Number(values.reps); r++) {
  const start = process.cpuUsage();
  groups = groupQuotes(articles);
  const used = process.cpuUsage(start);
  times.push(((used.user + used.system) / 1e6).toFixed(2));
}
if (values.out) writeFileSync(values.out, JSON.stringify(groups));
console.log(`${articles.length} articles, ${groups.length} groups; groupQuotes CPU s: ${times.join(' ')}`);
