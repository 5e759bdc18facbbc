/**
 * Which regular expressions cost most to compile: every regex literal under src/pipeline and src/lib
 * (found with the TypeScript parser), each compiled afresh and run once on a news-like sentence,
 * with V8's `--no-regexp-tier-up` as the pipeline sets it (src/pipeline/analyse.ts); the CPU of that
 * first run (thread CPU, `process.threadCpuUsage`) is mostly compilation. Each pattern is timed
 * `--passes` times (default 5), each time with an optional never-matching group appended at its
 * end (a new pattern to V8, compiled again, as written: a top-level alternative instead hid the
 * costly case below), and the mean is printed, most costly first, with the total of one pass.
 *
 *   npx node bench/regex-compile.ts [--top 30] [--passes 5]
 *
 * Why: a fresh thread's first page pays for compiling every pattern it meets (a re-ingest of one
 * changed source analyses one page in ~0.36 s of CPU, ~25 ms when warm), and one pattern written
 * `\p{L}{3,}s` under the i and u flags cost ~60 ms alone (BENCHMARKS.md, "Cold ingest round 10").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import ts from 'typescript';

setFlagsFromString('--no-regexp-tier-up');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const top = option('--top', 30);
const passes = option('--passes', 5);
const root = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

const patterns: Array<{ where: string; source: string; flags: string }> = [];
for (const file of [...sources(join(root, 'src/pipeline')), ...sources(join(root, 'src/lib'))]) {
  const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(tree);
      const end = text.lastIndexOf('/');
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      patterns.push({
        where: `${relative(root, file)}:${line}`,
        source: text.slice(1, end),
        // g and y keep a position between runs; compilation does not depend on them.
        flags: text.slice(end + 1).replace(/[gy]/g, ''),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
}

const SAMPLE =
  'WASHINGTON (Reuters) - The quick brown fox, said Mr. Smith of Acme Corp., paid more than $25 million to households with incomes above $250,000 a year, “Hello,” she said on Tuesday, for all orders priced above ';
const cost = new Map<string, number>();
for (let pass = 0; pass < passes; pass++) {
  for (const { where, source, flags } of patterns) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(`${source}(?:\\u{10FFF${pass}})?`, flags);
    } catch {
      continue; // a literal only valid without the u flag's escapes, say: not timed
    }
    const started = process.threadCpuUsage();
    pattern.test(SAMPLE);
    const used = process.threadCpuUsage(started);
    cost.set(where, (cost.get(where) ?? 0) + (used.user + used.system) / 1000 / passes);
  }
}
const ranked = [...cost].sort((a, b) => b[1] - a[1]);
const total = ranked.reduce((sum, [, ms]) => sum + ms, 0);
console.log(
  `${patterns.length} regex literals, ${total.toFixed(0)} ms of CPU to compile each once (mean of ${passes} passes)`,
);
for (const [where, ms] of ranked.slice(0, top)) console.log(`${ms.toFixed(1).padStart(7)} ms  ${where}`);
