/**
 * node bench/money-audit.ts — money figures on text with NO money gold, for judging period, role,
 * quantity and grouping by eye (bench/gold/ANNOTATION.md) away from the tune half.
 *
 * In:  (1) every corpus event (../shared/corpora/news-events) that is in no money gold split and in no
 *      held-out or unseen split of any kind; (2) with --pages, the hand-made article bodies of the
 *      article-extraction benchmark (../shared/benchmarks/article-extraction/ground-truth.json:
 *      unrelated pages, so they form no multi-outlet groups).
 * Out: per money figure its sentence, amount, period (and years), role, quantity and in-article
 *      relation; per event, each money group with members from two or more outlets. Prints only;
 *      the texts stay in ../shared.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { groupFigures } from '../src/pipeline/compare/figures.ts';
import { blankArticle, type Article, type Figure } from '../src/lib/model.ts';
import { corpusEvents, goldDir } from './accuracy/corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const pagesPath = join(here, '../../shared/benchmarks/article-extraction/ground-truth.json');
const { values } = parseArgs({ options: { pages: { type: 'boolean' } } });

interface Splits {
  money: Record<string, string[]>;
  quotes: Record<string, string[]>;
}
const splits = JSON.parse(readFileSync(join(goldDir, 'events.json'), 'utf8')) as Splits;
const offLimits = new Set([
  ...Object.values(splits.money).flat(),
  ...(splits.quotes.heldout ?? []),
  ...(splits.quotes.unseen ?? []),
]);

function analyse(id: string, title: string, body: string, outlet?: string): Article {
  const doc = { path: `${id}.txt`, name: `${id}.txt`, format: 'text' as const, text: `${title}\n\n${body}` };
  const article = analyseDocument({ ...doc, hints: outlet ? { outlet } : {} });
  return article
    ? { ...article, id, outlet: outlet ?? article.outlet }
    : blankArticle({ id, source: doc.path, outlet: outlet ?? null });
}

function line(label: string, article: Article, f: Figure): string {
  const p = article.paragraphs[f.paragraph] ?? '';
  const around = p.slice(Math.max(0, f.start - 100), f.end + 60).replace(/\s+/gu, ' ');
  const relation = f.restatementOf !== null ? ` restates#${f.restatementOf}` : '';
  const years = f.years ? `/${f.years}y` : '';
  return `  ${label} "${f.text}" amt=${f.amount} per=${f.period}${years} role=${f.role} q=${f.quantity}${relation}\n      «${around}»`;
}

for (const [id, event] of corpusEvents()) {
  if (offLimits.has(id)) continue;
  const articles = event.articles.map((a) => analyse(a.ID, a.title, a.content_original, a.source));
  if (!articles.some((a) => a.figures.some((f) => f.kind === 'money'))) continue;
  console.log(`\n######## ${id}`);
  articles.forEach((a, ai) => {
    console.log(`== A${ai} ${a.outlet}`);
    a.figures.forEach((f, fi) => f.kind === 'money' && console.log(line(`A${ai}#${fi}`, a, f)));
  });
  for (const g of groupFigures(articles).filter((g) => g.kind === 'money')) {
    if (new Set(g.members.map((m) => m.article)).size < 2) continue;
    console.log(`  GROUP ${g.label} conflict=${g.conflict ? 'YES' : 'no'} q=${g.quantity}`);
    for (const m of g.members) {
      const ai = articles.findIndex((a) => a.id === m.article);
      const f = articles[ai]!.figures[m.figure]!;
      console.log(`     A${ai}#${m.figure} "${f.text}" q=${f.quantity} per=${f.period}`);
    }
  }
}

if (values.pages) {
  const pages = JSON.parse(readFileSync(pagesPath, 'utf8')) as Record<string, { articleBody: string }>;
  for (const [id, { articleBody }] of Object.entries(pages).sort()) {
    const article = analyse(id, 'Page', articleBody);
    const money = article.figures.map((f, fi) => ({ f, fi })).filter(({ f }) => f.kind === 'money');
    if (money.length === 0) continue;
    console.log(`== ${id.slice(0, 8)}`);
    for (const { f, fi } of money) console.log(line(`#${fi}`, article, f));
  }
}
