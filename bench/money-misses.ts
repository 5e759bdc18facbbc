/**
 * node bench/money-misses.ts [--lines] — where money role and period go wrong, on text the rules may be
 * tuned on only: the TUNE half of the money gold and the `dev` halves of the three blind probes
 * (bench/money-probe.ts). Never reads held-out, unseen or a probe's `test` half.
 *
 * Why (money round 12): round 11's probe cues lifted the dev half and barely moved the test half; this
 * table says which kind of error dominates before more cues are written: a rule that fires wrongly,
 * or no rule at all (the fallback: `total` for a total-period or vague figure, else blank).
 * --all prints every matched figure's role and period instead (to diff before and after a change).
 * In:  gold files and probe JSON. Out: per source, a table of role misses by (gold, predicted, deciding
 *      rule or "no cue" or "after" when a later step changed the rule's role), and of period misses by
 *      (gold, predicted); --lines prints each miss with its context.
 */
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { blankArticle, type Article, type Figure } from '../src/lib/model.ts';
import { clauseBounds } from '../src/pipeline/extract/figures/period.ts';
import { decideRole } from '../src/pipeline/extract/figures/role-rules.ts';
import { forEachTuneMatch, locate, overlaps } from './accuracy/sections/money.ts';
import { halves, probes, readProbe, type ProbeId } from './money-probe.ts';

interface Gold {
  role: string | null;
  period: string | null;
}
const showLines = process.argv.includes('--lines');
/** --all: one line per matched figure (role, period, context), to diff a change's effect. */
const showAll = process.argv.includes('--all');

class Tally {
  figures = 0;
  roleMiss = new Map<string, number>();
  periodMiss = new Map<string, number>();
  byCause = { noCue: 0, rule: 0, after: 0 };
  /** Every matched figure by what decided its role: how many, how many right. */
  decided = new Map<string, { n: number; right: number }>();
  lines: string[] = [];
  add(article: Article, figure: Figure, g: Gold): void {
    this.figures++;
    const paragraph = article.paragraphs[figure.paragraph] ?? '';
    const clause = clauseBounds(paragraph).findLast(([s]) => s <= figure.start) ?? [0, paragraph.length];
    const decided = decideRole(paragraph, figure, clause);
    const cause =
      decided.role !== figure.role ? 'after' : decided.rule ? `rule ${decided.rule.name}` : 'no cue';
    const kind = cause.startsWith('rule') ? 'a rule' : `${cause} → ${figure.role}`;
    const d = this.decided.get(kind) ?? { n: 0, right: 0 };
    d.n++;
    if (figure.role === g.role) d.right++;
    this.decided.set(kind, d);
    const ctx = `«${paragraph.slice(Math.max(0, figure.start - 70), figure.end + 50)}»`;
    if (showAll) console.log(`${figure.role}/${figure.period} (gold ${g.role}/${g.period}) ${ctx}`);
    if (figure.role !== g.role) {
      const key = `${g.role} ← ${figure.role} | ${cause}`;
      this.roleMiss.set(key, (this.roleMiss.get(key) ?? 0) + 1);
      this.byCause[cause === 'after' ? 'after' : cause === 'no cue' ? 'noCue' : 'rule']++;
      this.lines.push(`ρ ${key} ${ctx}`);
    }
    if (figure.period !== g.period) {
      const key = `${g.period} ← ${figure.period}`;
      this.periodMiss.set(key, (this.periodMiss.get(key) ?? 0) + 1);
      this.lines.push(`⏲ ${key} ${ctx}`);
    }
  }
  print(name: string): void {
    const misses = [...this.roleMiss.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\n## ${name}: ${this.figures} matched figures, ${misses} role misses ` +
        `(no cue ${this.byCause.noCue}, a rule ${this.byCause.rule}, after the rules ${this.byCause.after})`,
    );
    console.log('| decided by | figures | role right |\n| --- | --- | --- |');
    for (const [k, d] of [...this.decided].sort((a, b) => b[1].n - a[1].n))
      console.log(`| ${k} | ${d.n} | ${d.right} |`);
    console.log('\n| gold ← predicted | deciding rule | n |\n| --- | --- | --- |');
    for (const [k, n] of [...this.roleMiss].sort((a, b) => b[1] - a[1])) {
      const [pair, cause] = k.split(' | ');
      console.log(`| ${pair} | ${cause} | ${n} |`);
    }
    console.log('\n| period gold ← predicted | n |\n| --- | --- |');
    for (const [k, n] of [...this.periodMiss].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${n} |`);
    if (showLines) for (const l of this.lines) console.log(l);
  }
}

function tuneGold(): Tally {
  const t = new Tally();
  forEachTuneMatch((article, figure, gold) => t.add(article, figure, gold));
  return t;
}

function probeDev(probe: ProbeId): Tally {
  const t = new Tally();
  const items = readProbe(probe);
  const half = halves(items, probes[probe].seed);
  for (const item of items) {
    if (half.get(item.id) !== 'dev') continue;
    const doc = { path: `${item.id}.txt`, name: `${item.id}.txt`, format: 'text' as const };
    const article =
      analyseDocument({ ...doc, text: `Probe ${item.id}\n\n${item.text}`, hints: {} }) ??
      blankArticle({ id: item.id, source: doc.path, outlet: null });
    const golds = item.figures.map((g) => {
      const start = item.text.indexOf(g.span);
      return { ...g, start, end: start + g.span.length };
    });
    const used = new Set<number>();
    article.figures.forEach((figure, index) => {
      if (figure.kind !== 'money') return;
      const l = locate(figure, index, article, [item.text]);
      const gi = golds.findIndex((g, i) => !used.has(i) && l.p === 0 && overlaps(g, l));
      if (gi < 0) return;
      used.add(gi);
      t.add(article, figure, golds[gi]!);
    });
  }
  return t;
}

tuneGold().print('tune gold');
probeDev(1).print('probe 1, dev half');
probeDev(2).print('probe 2, dev half');
probeDev(3).print('probe 3, dev half');
