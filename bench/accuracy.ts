/**
 * npm run bench:accuracy — the pipeline scored against our hand gold on real articles
 * (bench/gold/, texts from ../shared/corpora/news-events). Each file in bench/accuracy/sections/
 * scores one thing; this prints their rows per split and input form.
 * Usage: node bench/accuracy.ts [--split tune|heldout|unseen] [--only <section>] [--markdown]
 *   --markdown also writes the table into BENCHMARKS.md between the accuracy markers.
 */
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SPLITS, type Split } from './accuracy/corpus.ts';
import type { AccuracyRow, AccuracySection } from './accuracy/section.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { split: { type: 'string' }, only: { type: 'string' }, markdown: { type: 'boolean' } },
});
if (values.split && !SPLITS.includes(values.split as Split)) {
  console.error(`--split: expected one of ${SPLITS.join(', ')}, got ${JSON.stringify(values.split)}`);
  process.exit(2);
}
const splits: Split[] = values.split ? [values.split as Split] : [...SPLITS];

const sectionDir = join(here, 'accuracy', 'sections');
const rows: AccuracyRow[] = [];
for (const file of readdirSync(sectionDir)
  .filter((name) => name.endsWith('.ts'))
  .sort()) {
  const module = (await import(pathToFileURL(join(sectionDir, file)).href)) as { section: AccuracySection };
  if (values.only && module.section.name !== values.only) continue;
  rows.push(...(await module.section.score({ splits })));
}

const number = (value: number | undefined) => (value === undefined ? '' : value.toFixed(3));
const header = ['section', 'field', 'split', 'form', 'n', 'P', 'R', 'F1', 'accuracy', 'note'];
const lines = rows.map((row) => [
  row.section,
  row.field,
  row.split,
  row.form,
  String(row.n),
  number(row.precision),
  number(row.recall),
  number(row.f1),
  number(row.accuracy),
  row.note ?? '',
]);
const table = [header, header.map(() => '---'), ...lines]
  .map((cells) => `| ${cells.join(' | ')} |`)
  .join('\n');
console.log(table);

if (values.markdown) {
  const path = join(here, '..', 'BENCHMARKS.md');
  const start = '<!-- accuracy:start -->';
  const end = '<!-- accuracy:end -->';
  const text = readFileSync(path, 'utf8');
  const block = `${start}\n\`npm run bench:accuracy -- --markdown\` (${new Date().toISOString().slice(0, 10)}):\n\n${table}\n${end}`;
  const next = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${text.trimEnd()}\n\n## Accuracy on real articles (hand gold)\n\n${block}\n`;
  writeFileSync(`${path}.tmp`, next);
  renameSync(`${path}.tmp`, path);
}
