/**
 * node bench/money-probe.ts [--probe 1|2|3] [--half dev|test|all] [--verbose] — period and role of money
 * figures on a blind probe of short news sentences invented for it, labelled under
 * bench/gold/ANNOTATION.md before the author read src/pipeline/extract/figures/: probe 1
 * (bench/gold/money-probe/sentences.json, round 11: 123 sentences by beat) and probe 2
 * (sentences-2.json, round 12: 120 sentences in five voices: wire, council, business, court, translated) and
 * probe 3 (sentences-3.json, round 13: 120 sentences in six voices: sports, health, energy, crypto and
 * markets, insurance and disasters, education; labelled under the round-13 definitions).
 *
 * Why: all news money in ../shared is annotated and the held-out misses are never read, so new
 * evidence for the role and period cues has to come from text we write. The probe covers beats the
 * gold under-covers (budgets, fines, wages, prices, deals, aid, tax, bounds, tallies, estimates,
 * earlier values, parts, yearly levels, multi-year totals).
 * Split: a seeded shuffle (seed 11 for probe 1, 12 for probe 2, 13 for probe 3) inside each beat (voice), alternating, puts half the sentences in `dev`
 * (cues may be tuned on it; --verbose prints its misses) and half in `test` (reported, never read:
 * --verbose prints no `test` miss).
 * In:  the probe file; each sentence goes through the real pipeline (analyseDocument) as a one-paragraph
 *      article. Out: per half, figures gold / predicted / matched, period and role accuracy on matched
 *      figures, role when answered (coverage). scoreProbe is also used by the test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { blankArticle, type Article } from '../src/lib/model.ts';
import { locate, periodMatches } from './accuracy/sections/money.ts';
import { rng } from './generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Each probe's file and split seed. */
export const probes = {
  1: { path: join(here, 'gold/money-probe/sentences.json'), seed: 11 },
  2: { path: join(here, 'gold/money-probe/sentences-2.json'), seed: 12 },
  3: { path: join(here, 'gold/money-probe/sentences-3.json'), seed: 13 },
} as const;
export type ProbeId = keyof typeof probes;
export const probePath = probes[1].path;

export interface ProbeFigure {
  span: string;
  period: 'total' | 'annual' | null;
  role: string;
  quantity: string;
  years: number | null;
}
export interface ProbeItem {
  id: string;
  beat: string;
  text: string;
  figures: ProbeFigure[];
}
export type Half = 'dev' | 'test';

export interface ProbeTally {
  gold: number;
  predicted: number;
  matched: number;
  period: number;
  role: number;
  answered: number;
}

export function readProbe(probe: ProbeId = 1): ProbeItem[] {
  return (JSON.parse(readFileSync(probes[probe].path, 'utf8')) as { items: ProbeItem[] }).items;
}

/** Each item's half: inside each beat, a seeded shuffle, then dev, test, dev, test… */
export function halves(items: ProbeItem[], seed = 11): Map<string, Half> {
  const random = rng(seed); // seeded, so the split is the same on every machine
  const out = new Map<string, Half>();
  const beats = [...new Set(items.map((i) => i.beat))];
  let turn = 0;
  for (const beat of beats) {
    const ids = items.filter((i) => i.beat === beat).map((i) => i.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    for (const id of ids) out.set(id, turn++ % 2 === 0 ? 'dev' : 'test');
  }
  return out;
}

function analyse(item: ProbeItem): Article {
  const doc = { path: `${item.id}.txt`, name: `${item.id}.txt`, format: 'text' as const };
  return (
    analyseDocument({ ...doc, text: `Probe ${item.id}\n\n${item.text}`, hints: {} }) ??
    blankArticle({ id: item.id, source: doc.path, outlet: null })
  );
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Per half, the tallies; and the lines of each dev item's misses. */
export function scoreProbe(probe: ProbeId = 1): { tallies: Record<Half, ProbeTally>; lines: string[] } {
  const items = readProbe(probe);
  const half = halves(items, probes[probe].seed);
  const blank = (): ProbeTally => ({ gold: 0, predicted: 0, matched: 0, period: 0, role: 0, answered: 0 });
  const tallies: Record<Half, ProbeTally> = { dev: blank(), test: blank() };
  const lines: string[] = [];
  for (const item of items) {
    const h = half.get(item.id)!;
    const t = tallies[h];
    const article = analyse(item);
    const golds = item.figures.map((g) => {
      const start = item.text.indexOf(g.span);
      return { ...g, start, end: start + g.span.length };
    });
    const used = new Set<number>();
    const misses: string[] = [];
    const money = article.figures
      .map((figure, index) => ({ figure, index }))
      .filter((f) => f.figure.kind === 'money');
    for (const { figure, index } of money) {
      const l = locate(figure, index, article, [item.text]);
      t.predicted++;
      const gi = golds.findIndex((g, i) => !used.has(i) && l.p === 0 && overlaps(g, l));
      if (gi < 0) {
        misses.push(`  + extra "${figure.text}"`);
        continue;
      }
      used.add(gi);
      t.matched++;
      const g = golds[gi]!;
      if (periodMatches(g, figure.period)) t.period++;
      else misses.push(`  ⏲ ${figure.period} vs ${g.period} "${figure.text}" (${g.quantity})`);
      if (figure.role !== null) t.answered++;
      if (g.role === figure.role) t.role++;
      else misses.push(`  ρ ${figure.role} vs ${g.role} "${figure.text}" (${g.quantity})`);
    }
    t.gold += golds.length;
    golds.forEach((g, i) => {
      if (!used.has(i)) misses.push(`  − missed "${g.span}" (${g.quantity})`);
    });
    if (h === 'dev' && misses.length > 0) lines.push(`== ${item.id} «${item.text}»\n${misses.join('\n')}`);
  }
  return { tallies, lines };
}

const share = (n: number, d: number): string => (d === 0 ? '—' : (n / d).toFixed(3));

export function describe(name: string, t: ProbeTally): string {
  const p = t.matched / t.predicted;
  const r = t.matched / t.gold;
  return (
    `${name}: figures gold ${t.gold}, predicted ${t.predicted}, matched ${t.matched} (F1 ${(p + r === 0 ? 0 : (2 * p * r) / (p + r)).toFixed(3)}); ` +
    `period ${share(t.period, t.matched)} (${t.period}/${t.matched}); role ${share(t.role, t.matched)} (${t.role}/${t.matched}); ` +
    `role when answered ${share(t.role, t.answered)} (coverage ${share(t.answered, t.matched)})`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      probe: { type: 'string', default: '1' },
      half: { type: 'string', default: 'all' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const probe = Number(values.probe);
  if (probe !== 1 && probe !== 2 && probe !== 3) {
    console.error(`money-probe: --probe must be 1, 2 or 3, not "${values.probe}"`);
    process.exit(2);
  }
  const { tallies, lines } = scoreProbe(probe);
  if (values.verbose) for (const line of lines) console.log(line);
  const all: ProbeTally = { gold: 0, predicted: 0, matched: 0, period: 0, role: 0, answered: 0 };
  for (const t of Object.values(tallies))
    for (const k of Object.keys(all) as (keyof ProbeTally)[]) all[k] += t[k];
  if (values.half === 'all' || values.half === 'dev') console.log(describe('dev ', tallies.dev));
  if (values.half === 'all' || values.half === 'test') console.log(describe('test', tallies.test));
  if (values.half === 'all') console.log(describe('all ', all));
}
