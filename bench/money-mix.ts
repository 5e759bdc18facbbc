/**
 * node bench/money-mix.ts — a precision stress test for money grouping, from the `tune` money gold only.
 *
 * Why: the un-annotated corpus events hold almost no money (BENCHMARKS.md, issue #11), so grouping
 * cannot be judged on them. Two tune events read as ONE story give many figures that are certainly
 * different quantities (a pair across the two events is never the same quantity, unless both events
 * report one sum: such pairs are printed to be judged by hand) next to the gold pairs of each event.
 * Merging also halves how common each event's words are, so context words look more distinctive than
 * in a real story: a harder test than a single story.
 *
 * In:  every pair of tune events (bench/gold/events.json `money.tune`), or `--same-topic` only pairs of
 *      one topic prefix; `--verbose` prints every false pair.
 * Out: pair totals: predicted cross-article pairs of gold-matched figures, within-event right/wrong,
 *      cross-event (false) pairs, and conflicts flagged on a cross-event group. Prints only.
 */
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { groupFigures } from '../src/pipeline/compare/figures.ts';
import { blankArticle, type Article } from '../src/lib/model.ts';
import { corpusDocument, corpusEvent, eventSelection, goldFiles, paragraphsOf } from './accuracy/corpus.ts';
import { locate } from './accuracy/sections/money.ts';

const { values } = parseArgs({
  options: { verbose: { type: 'boolean' }, 'same-topic': { type: 'boolean' }, single: { type: 'boolean' } },
});

interface Prepared {
  event: string;
  articles: Article[];
  /** "articleId#figure" (predicted) -> gold quantity key "event|quantity index" or "event|-fi" (in no quantity). */
  goldOf: Map<string, string>;
  /** "articleId#figure" -> the gold label of the figure (its quantity description). */
  label: Map<string, string>;
}

const tune = new Set(eventSelection().money.tune);
const prepared: Prepared[] = [];
for (const { gold } of goldFiles('money')) {
  if (!tune.has(gold.event)) continue;
  const corpus = corpusEvent(gold.event);
  const goldOf = new Map<string, string>();
  const label = new Map<string, string>();
  const quantityOf = new Map<string, number>();
  gold.quantities.forEach((q, qi) => q.members.forEach(([a, f]) => quantityOf.set(`${a}#${f}`, qi)));
  const articles: Article[] = [];
  for (const goldArticle of gold.articles) {
    const source = corpus.articles.find((a) => a.ID === goldArticle.id)!;
    const analysed = analyseDocument(corpusDocument(source, { outlet: source.source }));
    const article: Article = analysed
      ? { ...analysed, id: source.ID, outlet: source.source }
      : blankArticle({ id: source.ID, source: `${source.ID}.txt`, outlet: source.source });
    articles.push(article);
    const paragraphs = paragraphsOf(source);
    const used = new Set<number>();
    article.figures.forEach((figure, index) => {
      if (figure.kind !== 'money') return;
      const l = locate(figure, index, article, paragraphs);
      const gi = goldArticle.figures.findIndex(
        (g, i) => !used.has(i) && g.p === l.p && Math.min(g.end, l.end) > Math.max(g.start, l.start),
      );
      if (gi < 0) return;
      used.add(gi);
      const q = quantityOf.get(`${source.ID}#${gi}`);
      goldOf.set(`${source.ID}#${index}`, `${gold.event}|${q ?? `-${source.ID}-${gi}`}`);
      label.set(`${source.ID}#${index}`, `"${figure.text}" [${goldArticle.figures[gi]!.quantity}]`);
    });
  }
  prepared.push({ event: gold.event, articles, goldOf, label });
}

const total = { predicted: 0, right: 0, wrongWithin: 0, cross: 0, crossConflicts: 0, stories: 0 };
const topic = (event: string) => event.replace(/-\d.*$/u, '');
const seenPairs = new Set<string>();

function score(parts: Prepared[]) {
  const articles = parts.flatMap((p) => p.articles);
  const goldOf = new Map(parts.flatMap((p) => [...p.goldOf]));
  const label = new Map(parts.flatMap((p) => [...p.label]));
  total.stories++;
  for (const group of groupFigures(articles)) {
    if (group.kind !== 'money') continue;
    const keys = group.members.map((m) => `${m.article}#${m.figure}`).filter((k) => goldOf.has(k));
    let crossHere = false;
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = [keys[i]!, keys[j]!];
        if (a.split('#')[0] === b.split('#')[0]) continue;
        const [ga, gb] = [goldOf.get(a)!, goldOf.get(b)!];
        const [ea, eb] = [ga.split('|')[0], gb.split('|')[0]];
        const id = [a, b].sort().join('|');
        if (ea !== eb) {
          total.predicted++;
          total.cross++;
          crossHere = true;
          if (values.verbose && !seenPairs.has(id))
            console.log(`  ✗ cross ${label.get(a)} ~ ${label.get(b)}`);
          seenPairs.add(id);
          continue;
        }
        // Within-event pairs are counted once (in the single-event run), not once per mix.
        if (!values.single) continue;
        total.predicted++;
        if (ga === gb && !ga.split('|')[1]!.startsWith('-')) total.right++;
        else {
          total.wrongWithin++;
          if (values.verbose) console.log(`  ✗ within ${label.get(a)} ~ ${label.get(b)}`);
        }
      }
    if (crossHere && group.conflict) {
      total.crossConflicts++;
      if (values.verbose) console.log(`  ⚠ ${group.conflict}`);
    }
  }
}

if (values.single) for (const p of prepared) score([p]);
else
  for (let i = 0; i < prepared.length; i++)
    for (let j = i + 1; j < prepared.length; j++) {
      if (values['same-topic'] && topic(prepared[i]!.event) !== topic(prepared[j]!.event)) continue;
      score([prepared[i]!, prepared[j]!]);
    }

console.log(
  values.single
    ? `tune events one by one: ${total.stories} stories, ${total.predicted} predicted pairs, ${total.right} right, ${total.wrongWithin} wrong`
    : `tune events mixed two by two: ${total.stories} stories, ${total.cross} cross-event pairs (${seenPairs.size} distinct), ${total.crossConflicts} conflicts flagged on a cross-event group`,
);
