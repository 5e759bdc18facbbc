/**
 * node bench/money-role-audit.ts [--dump] [--quiet] — period and role of money figures on the
 * audit set: news pages that are in no gold list (bench/gold/money-audit/pages.json, written by
 * hand under bench/gold/ANNOTATION.md; positions and labels only, the texts stay in ../shared).
 * A development set beside the tune half: its misses are printed (held-out and unseen never are).
 *
 * In:  ../shared/benchmarks/article-extraction/ground-truth.json (each page's hand-made article
 *      body; paragraphs are `articleBody.split(/\n{2,}/)` with empty ones dropped, as the corpus
 *      gold), for entries with `event` the corpus article (../shared/corpora/news-events), and the
 *      audit gold.
 * Out: --dump: every money figure the pipeline finds on the audit pages, with its sentence, for
 *      writing the gold. Otherwise, per batch (1: 18 pages labelled beside the tool's output and
 *      developed on; 2: 29 pages labelled from their text alone after the first rules were
 *      written, then developed on too; 3: 12 more pages, mostly retail deals and reviews, and 5 figures of
 *      un-annotated corpus events, labelled from their text alone before the tool was run): figure P/R, period and role accuracy on matched figures,
 *      role when answered (coverage), and each miss. scoreAudit is also used by the test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { blankArticle, type Article } from '../src/lib/model.ts';
import { corpusEvent, goldDir, type GoldMoney } from './accuracy/corpus.ts';
import { locate, periodMatches } from './accuracy/sections/money.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const pagesPath = join(here, '../../shared/benchmarks/article-extraction/ground-truth.json');

export interface AuditFile {
  about: string;
  /**
   * batch 1: labelled beside the tool's output; 2 and 3: labelled from the text alone. `event` set:
   * `id` is an article of that corpus event (news-events), read with its title; else a page id.
   */
  pages: { id: string; event?: string; batch: number; figures: GoldMoney[] }[];
}

export interface AuditTally {
  gold: number;
  predicted: number;
  matched: number;
  period: number;
  role: number;
  answered: number;
}

export const paragraphsOf = (body: string): string[] => body.split(/\n{2,}/).filter((p) => p.trim() !== '');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

function analyse(id: string, body: string, title = 'Page'): Article {
  const doc = { path: `${id}.txt`, name: `${id}.txt`, format: 'text' as const, text: `${title}\n\n${body}` };
  return analyseDocument({ ...doc, hints: {} }) ?? blankArticle({ id, source: doc.path, outlet: null });
}

export function readAudit(): {
  audit: AuditFile;
  bodies: Record<string, string>;
  titles: Record<string, string>;
} {
  const pages = JSON.parse(readFileSync(pagesPath, 'utf8')) as Record<string, { articleBody: string }>;
  const audit = JSON.parse(readFileSync(join(goldDir, 'money-audit/pages.json'), 'utf8')) as AuditFile;
  const bodies: Record<string, string> = {};
  const titles: Record<string, string> = {};
  for (const page of audit.pages) {
    if (page.event) {
      const article = corpusEvent(page.event).articles.find((a) => a.ID === page.id);
      if (!article)
        throw new Error(`bench/gold/money-audit/pages.json: no article ${page.id} in ${page.event}`);
      bodies[page.id] = article.content_original;
      titles[page.id] = article.title;
      continue;
    }
    const fullId = Object.keys(pages).find((k) => k.startsWith(page.id));
    if (!fullId) throw new Error(`bench/gold/money-audit/pages.json: no page ${page.id} in ${pagesPath}`);
    bodies[page.id] = pages[fullId]!.articleBody;
  }
  return { audit, bodies, titles };
}

/** Per batch, the tallies; and per page, the lines of its misses (or, with dump, of every figure). */
export function scoreAudit(dump = false): { tallies: Map<number, AuditTally>; lines: string[] } {
  const { audit, bodies, titles } = readAudit();
  const tallies = new Map<number, AuditTally>();
  const out: string[] = [];
  for (const page of audit.pages) {
    let t = tallies.get(page.batch);
    if (!t)
      tallies.set(page.batch, (t = { gold: 0, predicted: 0, matched: 0, period: 0, role: 0, answered: 0 }));
    const paragraphs = paragraphsOf(bodies[page.id]!);
    const article = analyse(page.id, bodies[page.id]!, titles[page.id]);
    const located = article.figures
      .map((figure, index) => ({ figure, index }))
      .filter(({ figure }) => figure.kind === 'money')
      .map(({ figure, index }) => locate(figure, index, article, paragraphs));
    const used = new Set<number>();
    const lines: string[] = [];
    for (const l of located) {
      const f = l.figure;
      const around = l.p >= 0 ? paragraphs[l.p]!.slice(Math.max(0, l.start - 90), l.end + 50) : '';
      if (dump) {
        lines.push(
          `  p${l.p} "${f.text}" amt=${f.amount} per=${f.period}${f.years ? `/${f.years}y` : ''} role=${f.role} q=${f.quantity}\n      «${around.replace(/\s+/gu, ' ')}»`,
        );
        continue;
      }
      t.predicted++;
      const gi = page.figures.findIndex((g, i) => !used.has(i) && g.p === l.p && overlaps(g, l));
      if (gi < 0) {
        lines.push(`  + extra p${l.p} "${f.text}" «${around}»`);
        continue;
      }
      used.add(gi);
      t.matched++;
      const g = page.figures[gi]!;
      if (periodMatches(g, f.period)) t.period++;
      else lines.push(`  ⏲ ${f.period} vs ${g.period} p${l.p} "${f.text}" (${g.quantity}) «${around}»`);
      if (f.role !== null) t.answered++;
      if (g.role === f.role) t.role++;
      else lines.push(`  ρ ${f.role} vs ${g.role} p${l.p} "${f.text}" (${g.quantity}) «${around}»`);
    }
    if (!dump) {
      t.gold += page.figures.length;
      page.figures.forEach((g, i) => {
        if (!used.has(i))
          lines.push(`  − missed p${g.p} ${paragraphs[g.p]?.slice(g.start, g.end)} (${g.quantity})`);
      });
    }
    if (lines.length > 0) out.push(`== ${page.id}\n${lines.join('\n')}`);
  }
  return { tallies, lines: out };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dump = process.argv.includes('--dump');
  const { tallies, lines } = scoreAudit(dump);
  if (!process.argv.includes('--quiet')) for (const line of lines) console.log(line);
  const share = (n: number, d: number): string => (d === 0 ? '—' : (n / d).toFixed(3));
  if (!dump)
    for (const [batch, t] of [...tallies].sort(([a], [b]) => a - b)) {
      const p = t.matched / t.predicted;
      const r = t.matched / t.gold;
      console.log(
        `batch ${batch}: figures gold ${t.gold}, predicted ${t.predicted}, matched ${t.matched}: P ${share(t.matched, t.predicted)} R ${share(t.matched, t.gold)} F1 ${(p + r === 0 ? 0 : (2 * p * r) / (p + r)).toFixed(3)}; ` +
          `period ${share(t.period, t.matched)} (${t.period}/${t.matched}); role ${share(t.role, t.matched)} (${t.role}/${t.matched}); role when answered ${share(t.role, t.answered)} (coverage ${share(t.answered, t.matched)})`,
      );
    }
}
