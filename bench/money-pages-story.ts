/**
 * node bench/money-pages-story.ts [--verbose] — money grouping on un-annotated real pages, judged by hand.
 *
 * Why: the corpus events outside the money gold hold almost no money (BENCHMARKS.md, issue #11), so
 * cross-outlet grouping cannot be audited on them. The article-extraction benchmark's hand-cleaned
 * bodies (../shared/benchmarks/article-extraction/ground-truth.json: 181 pages of one season's news,
 * 55 with money) are read here as ONE story: several pages report the same events (a state's ad
 * campaign, a rescue of a start-up, a quarter's earnings, a tariff round, a court case, deal lists
 * for the same products), the rest are unrelated, so the story is full of equal and near values
 * that are different sums.
 * In:  the pages; SAME below: which figures of different pages are one quantity, judged by hand
 *      (page id prefix, figure text as extracted, and its occurrence in the page when repeated).
 * Out: cross-page pairs the grouping makes, how many are right (precision), how many of the
 *      judged same-quantity pairs it finds (recall), and the groups flagged as conflicts. Prints only.
 * The judgments were made on the pipeline's output of 2026-11-29 (branch figpairs); a figure the
 * extraction no longer finds drops out of both sides.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { groupFigures } from '../src/pipeline/compare/figures.ts';
import type { Article } from '../src/lib/model.ts';

const here = dirname(fileURLToPath(import.meta.url));
const pagesPath = join(here, '../../shared/benchmarks/article-extraction/ground-truth.json');
const { values } = parseArgs({ options: { verbose: { type: 'boolean' } } });

/**
 * Same quantity across pages: "page:figure text[:occurrence]" (occurrence counts the page's money
 * figures with that text from 1). Every other cross-page pair is a different quantity.
 */
const SAME: string[][] = [
  // A state's anti-meth ad campaign, four pages.
  ['156770d6:$449,000', '3f65af7b:$449,000', '776a1c04:$449,000', 'c13b9c0e:$449,000'],
  // One retailer's deal price of one product.
  ['287e4d9f:$139', 'e7d77f18:$139'],
  // A quarter's earnings per share: analysts' expectation, and the result.
  ['51374560:$2.52', 'f8ff621a:$2.52'],
  ['51374560:$2.53', 'f8ff621a:$2.53'],
  // A streaming service's monthly price and its launch bundle's price.
  ['680c2848:$10:1', '680c2848:$10:2', '8267acac:$9.99'],
  ['680c2848:$129:1', '680c2848:$129:2', '8267acac:$129.99'],
  // A founder's trademark deal ("almost $6 million" and "$5.9 million").
  ['06e5123e:$6 million', '1ace8c85:$5.9 million'],
  // One tariff round on one list of goods, and a farm-purchase target.
  ['39d5c43b:$156 billion', '702d1da6:$160 billion'],
  ['39d5c43b:50 billion', '702d1da6:$50 billion'],
  // One court case's maximum fine.
  ['6ebac05f:$250,000', '7a457a4f:$250,000'],
];

const pages = JSON.parse(readFileSync(pagesPath, 'utf8')) as Record<string, { articleBody: string }>;
const articles: Article[] = [];
/** "page#figure index" -> its SAME key "page:text:occurrence". */
const keyOf = new Map<string, string>();
for (const [id, { articleBody }] of Object.entries(pages).sort()) {
  const page = id.slice(0, 8);
  const doc = {
    path: `${id}.txt`,
    name: `${id}.txt`,
    format: 'text' as const,
    text: `Page\n\n${articleBody}`,
  };
  const article = analyseDocument({ ...doc, hints: { outlet: page } });
  if (!article?.figures.some((f) => f.kind === 'money')) continue;
  articles.push({ ...article, id: page, outlet: page });
  const seen = new Map<string, number>();
  article.figures.forEach((f, i) => {
    if (f.kind !== 'money') return;
    const n = (seen.get(f.text) ?? 0) + 1;
    seen.set(f.text, n);
    keyOf.set(`${page}#${i}`, `${page}:${f.text}:${n}`);
  });
}
const sameOf = new Map<string, number>();
SAME.forEach((list, i) => list.forEach((k) => sameOf.set(k.split(':').length === 2 ? `${k}:1` : k, i)));
const judged = (k: string | undefined) => (k === undefined ? undefined : sameOf.get(k));

let judgedPairs = 0;
for (const list of SAME)
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++)
      if (list[i]!.slice(0, 8) !== list[j]!.slice(0, 8)) judgedPairs++;

let pairs = 0;
let right = 0;
const conflicts: string[] = [];
for (const group of groupFigures(articles)) {
  if (group.kind !== 'money' || new Set(group.members.map((m) => m.article)).size < 2) continue;
  const keys = group.members.map((m) => keyOf.get(`${m.article}#${m.figure}`));
  const lines: string[] = [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) {
      if (group.members[i]!.article === group.members[j]!.article) continue;
      pairs++;
      const ok = judged(keys[i]) !== undefined && judged(keys[i]) === judged(keys[j]);
      if (ok) right++;
      lines.push(`    ${ok ? 'same     ' : 'DIFFERENT'} ${keys[i]} ~ ${keys[j]}`);
    }
  if (group.conflict) conflicts.push(group.conflict);
  if (values.verbose)
    console.log(`  group ${group.label}${group.conflict ? ' (conflict)' : ''}\n${lines.join('\n')}`);
}
console.log(
  `${articles.length} pages with money as one story: ${pairs} cross-page pairs, ${right} right ` +
    `(P ${(right / Math.max(1, pairs)).toFixed(3)}); ${right} of ${judgedPairs} judged pairs found ` +
    `(R ${(right / judgedPairs).toFixed(3)}); ${conflicts.length} conflicts flagged`,
);
for (const conflict of conflicts) console.log(`  conflict: ${conflict}`);
