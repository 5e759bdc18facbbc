/** Results model, the console table, bench/out/results.json and the BENCHMARKS.md sections. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Metric {
  name: string;
  value: number | null;
  unit: string;
  /** Human target ("≥ 200", "< 500 MB"), empty when informational. */
  target: string;
  /** null: informational or not measured. */
  pass: boolean | null;
  /** The thing to measure does not exist yet (route or site missing): shown as "missing", not FAIL. */
  missing?: boolean;
  command: string;
  note?: string;
}

export interface Section {
  id: string;
  title: string;
  status: 'ok' | 'partial' | 'missing' | 'failed';
  metrics: Metric[];
  notes: string[];
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  loadStart: number[];
  loadEnd?: number[];
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

export function formatValue(metric: Metric): string {
  if (metric.value === null) return metric.note?.split(';')[0] ?? 'not measured';
  const v = metric.value;
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${v.toFixed(digits)}${metric.unit ? ` ${metric.unit}` : ''}`;
}

const passText = (pass: boolean | null, missing?: boolean): string =>
  missing ? 'missing' : pass === null ? '–' : pass ? 'pass' : 'FAIL';

export function printTable(sections: Section[]): void {
  const rows: string[][] = [['section', 'metric', 'value', 'target', 'result']];
  for (const section of sections) {
    for (const m of section.metrics)
      rows.push([section.id, m.name, formatValue(m), m.target, passText(m.pass, m.missing)]);
    if (section.metrics.length === 0) rows.push([section.id, `(${section.status})`, '', '', '']);
  }
  const widths = rows[0]!.map((_, i) => Math.min(72, Math.max(...rows.map((r) => r[i]!.length))));
  const line = (r: string[]): string => r.map((c, i) => c.slice(0, 72).padEnd(widths[i]!)).join('  ');
  console.log(`\n${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
  for (const section of sections) for (const note of section.notes) console.log(`[${section.id}] ${note}`);
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function sectionMarkdown(
  section: Section,
  meta: { date: string; machine: Machine; invocation: string; noisy: string },
): string {
  const lines = [
    `<!-- bench:${section.id} -->`,
    `## ${section.title}`,
    '',
    `Measured ${meta.date} on ${meta.machine.cpus} cores (${meta.machine.cpuModel}), ${meta.machine.memoryGiB} GiB, Node ${meta.machine.node}, by \`${meta.invocation}\`. ${meta.noisy}`,
    '',
    '| metric | value | target | result | command |',
    '| --- | --- | --- | --- | --- |',
    ...section.metrics.map(
      (m) =>
        `| ${cell(m.name)} | ${cell(formatValue(m))} | ${cell(m.target)} | ${passText(m.pass, m.missing)} | \`${cell(m.command)}\` |`,
    ),
  ];
  if (section.metrics.length === 0) lines.push(`| (${section.status}) | | | | |`);
  const notes = [
    ...section.metrics.filter((m) => m.note && m.note !== 'failed').map((m) => `${m.name}: ${m.note}`),
    ...section.notes,
  ];
  // One list item per note: multi-line error output is folded onto one line, code-quoted.
  const oneLine = (note: string): string =>
    note
      .replace(/\s*\n\s*/g, ' ⏎ ')
      .replace(/\s+/g, ' ')
      .trim();
  if (notes.length) lines.push('', ...notes.map((n) => `- ${oneLine(n)}`));
  lines.push(`<!-- /bench:${section.id} -->`);
  return lines.join('\n');
}

const HEADER = `# Benchmarks

Numbers from \`npm run bench\` (bench/run.ts); each section says the command, date and machine that
produced it. Re-run a section with \`npm run bench -- --only <id> --markdown\` (ids: ingest, scale,
build, weight, lighthouse); the raw numbers of the last run are in bench/out/results.json.
Targets are the project's; a FAIL here is a finding, not a flaky test.
`;

/** Replaces (or adds) the sections of this run in BENCHMARKS.md, leaving the others as they were. */
export function updateMarkdown(path: string, blocks: Map<string, string>): void {
  // Each section is replaced where it stands; everything else in the file (notes written by hand
  // between sections, the accuracy tables) is kept. A section not there yet goes at the end.
  let text = existsSync(path) ? readFileSync(path, 'utf8') : HEADER;
  for (const [id, block] of blocks) {
    const section = new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->`);
    text = section.test(text) ? text.replace(section, () => block) : `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(path, text);
}
