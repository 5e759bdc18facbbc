/**
 * bench:accuracy section "quotes": direct quotes, their speakers and cross-outlet statement groups,
 * scored against bench/gold/quotes/<event>.json (see bench/gold/README.md).
 *
 * In:  each gold event's articles from ../shared, given to the real pipeline (normalize + extract,
 *      in-process) in clean form: corpus title + "\n\n" + content_original; then compare's
 *      groupQuotes over the event's articles.
 * Out: rows per split — quote P/R/F1 (scare quotes not counted), speaker accuracy on matched
 *      quotes with the share of wrong names and of blanks, statement grouping P/R/F1 over pairs of
 *      matched quotes from different articles (gold `statements` are statements quoted by two or
 *      more articles; an article repeating its own quote is not one).
 *
 * Matching: a predicted quote is mapped back to the corpus paragraph that holds its text; it
 * matches a gold quote in the same paragraph whose span overlaps it by ≥ 50% of the shorter. For
 * statement pairs only, scare quotes are matched the same way (a gold statement may hold a scare-
 * quoted word of it; the pipeline joins such words as `word` members, compare/quotes/words.ts).
 * QUOTES_DEBUG=1 prints the misses of the tune split (never of held-out or unseen: not tuned on);
 * STATEMENTS_DEBUG=1 prints only its statement-group misses and false pairs (quotes/statements.ts);
 * QUOTES_PATHS=1 prints, for the tune split only, how many speakers each attribution path
 * (extract/quotes attributeQuotes: the tag reading, "+via" for the voice rule that resolved it)
 * credited right, wrong or left null; with QUOTES_DEBUG=1 too, each miss names its path and subject.
 * The parts: quotes/locate.ts (a predicted quote's corpus span), quotes/names.ts (speaker names),
 * quotes/statements.ts (statement pairs); this file matches quotes and speakers and makes the rows.
 */
import { analyseDocument } from '../../../src/pipeline/analyse.ts';
import { attributeQuotes } from '../../../src/pipeline/extract/quotes.ts';
import { blankArticle, type Article } from '../../../src/lib/model.ts';
import { corpusDocument, corpusEvent, goldFiles, paragraphsOf, type Split } from '../corpus.ts';
import { locate, overlapOK } from '../quotes/locate.ts';
import { sameName } from '../quotes/names.ts';
import { emptyStatementTally, scoreStatements, type StatementTally } from '../quotes/statements.ts';
import { prf, type AccuracyRow, type AccuracySection } from '../section.ts';

export { sameName } from '../quotes/names.ts';

interface Tally extends StatementTally {
  goldQuotes: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  speakerWrong: number;
  speakerNull: number;
}

const emptyTally = (): Tally => ({
  goldQuotes: 0,
  predicted: 0,
  matched: 0,
  speakerRight: 0,
  speakerWrong: 0,
  speakerNull: 0,
  ...emptyStatementTally(),
});

const debug = process.env.QUOTES_DEBUG === '1';
const statementsDebug = process.env.STATEMENTS_DEBUG === '1';
const auditPaths = process.env.QUOTES_PATHS === '1';

/** Per attribution path: speakers credited right, wrong, left null (tune split only). */
type PathTally = Map<string, { right: number; wrong: number; blank: number }>;

/** Each article is analysed once per process (bench/quote-sweep.ts scores the grouping many times). */
const analysed = new Map<string, ReturnType<typeof analyseDocument>>();
function analysedOnce(id: string, run: () => ReturnType<typeof analyseDocument>) {
  if (!analysed.has(id)) analysed.set(id, run());
  return analysed.get(id)!;
}

function scoreEvent(
  event: string,
  gold: ReturnType<typeof goldFiles<'quotes'>>[number]['gold'],
  t: Tally,
  /** Print this event's quote and speaker misses, and its statement misses (tune only). */
  show: { quotes: boolean; statements: boolean },
  paths?: PathTally,
) {
  const corpus = corpusEvent(event);
  const articles: Article[] = [];
  /** gold quote key "articleId#index" -> predicted quote key "articleId#index". */
  const goldToPredicted = new Map<string, string>();
  const predictedToGold = new Map<string, string>();
  /** gold quote key -> its words, for the debug lines. */
  const goldText = new Map<string, string>();
  for (const goldArticle of gold.articles) {
    const source = corpus.articles.find((a) => a.ID === goldArticle.id);
    if (!source)
      throw new Error(`bench/gold/quotes/${event}.json: no article ${goldArticle.id} in the corpus`);
    const paragraphs = paragraphsOf(source);
    const analysed = analysedOnce(source.ID, () => analyseDocument(corpusDocument(source)));
    const article: Article = analysed
      ? { ...analysed, id: source.ID }
      : blankArticle({ id: source.ID, source: source.ID });
    articles.push(article);
    const located = article.quotes.map((q) => locate(q, article, paragraphs));
    const audit = paths ? attributeQuotes(article.paragraphs, article) : [];
    const pathOf = audit.map((a) => a.path);
    /** " [path «subject»]" after a debug line, when the path audit is on. */
    const how = (qi: number): string => (audit[qi] ? ` [${audit[qi].path} «${audit[qi].subject}»]` : '');
    const count = (qi: number, outcome: 'right' | 'wrong' | 'blank') => {
      if (!paths) return;
      const key = pathOf[qi] ?? '?';
      const row = paths.get(key) ?? { right: 0, wrong: 0, blank: 0 };
      row[outcome]++;
      paths.set(key, row);
    };
    const used = new Set<number>();
    const goldQuotes = goldArticle.quotes;
    if (show.quotes || show.statements)
      goldQuotes.forEach((g, i) =>
        goldText.set(`${source.ID}#${i}`, paragraphs[g.p]?.slice(g.start, g.end) ?? ''),
      );
    const lines: string[] = [];
    located.forEach((l, qi) => {
      if (l.quote.scare) return;
      const gi = goldQuotes.findIndex((g, i) => !used.has(i) && g.p === l.p && overlapOK(g, l));
      if (gi >= 0 && goldQuotes[gi]!.scare) {
        used.add(gi);
        return; // a quote gold calls scare: neither right nor wrong
      }
      t.predicted++;
      if (gi < 0) {
        lines.push(`  + extra p${l.p} "${l.quote.text.slice(0, 70)}"`);
        return;
      }
      used.add(gi);
      t.matched++;
      goldToPredicted.set(`${source.ID}#${gi}`, `${source.ID}#${qi}`);
      predictedToGold.set(`${source.ID}#${qi}`, `${source.ID}#${gi}`);
      const g = goldQuotes[gi]!;
      const said = l.quote.speaker;
      const context = process.env.QUOTES_DEBUG_CONTEXT
        ? `\n      ${paragraphs[l.p - 1]?.slice(-150) ?? ''} ‖ ${paragraphs[l.p]!.slice(Math.max(0, l.start - 150), l.start)}[Q]${paragraphs[l.p]!.slice(l.end, l.end + 80)}`
        : '';
      const right = said !== null && g.speaker !== null && sameName(said, g.speaker, g.kind);
      count(qi, said === null ? (g.speaker === null ? 'right' : 'blank') : right ? 'right' : 'wrong');
      if (said === null) {
        t.speakerNull++;
        if (g.speaker !== null)
          lines.push(
            `  ∅ null, gold "${g.speaker}" p${l.p} "${l.quote.text.slice(0, 50)}"${how(qi)}${context}`,
          );
      } else if (right) t.speakerRight++;
      else {
        t.speakerWrong++;
        lines.push(
          `  ✗ "${said}", gold "${g.speaker}" p${l.p} "${l.quote.text.slice(0, 50)}"${how(qi)}${context}`,
        );
      }
      if (g.speaker === null && said === null) t.speakerRight++;
    });
    // Statement grouping only (quote P/R and speakers never count a scare quote): a scare quote,
    // predicted or gold, is mapped to the quote it overlaps, so a gold scare member of a statement
    // pairs with the other members and a predicted `word` member is judged like any other.
    located.forEach((l, qi) => {
      const key = `${source.ID}#${qi}`;
      if (predictedToGold.has(key)) return;
      const gi = goldQuotes.findIndex(
        (g, i) => !goldToPredicted.has(`${source.ID}#${i}`) && g.p === l.p && overlapOK(g, l),
      );
      if (gi < 0 || !(l.quote.scare || goldQuotes[gi]!.scare)) return;
      goldToPredicted.set(`${source.ID}#${gi}`, key);
      predictedToGold.set(key, `${source.ID}#${gi}`);
    });
    goldQuotes.forEach((g, i) => {
      if (g.scare) return;
      t.goldQuotes++;
      if (!used.has(i))
        lines.push(
          `  - missed p${g.p} "${paragraphs[g.p]?.slice(g.start, Math.min(g.end, g.start + 70))}" (${g.speaker})`,
        );
    });
    if (show.quotes && lines.length)
      console.error(`${event} ${source.ID} (${source.source})\n${lines.join('\n')}`);
  }

  const input = { event, statements: gold.statements, articles, goldToPredicted, predictedToGold, goldText };
  scoreStatements(input, t, show.statements);
}

export const section: AccuracySection = {
  name: 'quotes',
  score({ splits }) {
    const rows: AccuracyRow[] = [];
    const files = goldFiles('quotes');
    for (const split of splits) {
      const t = emptyTally();
      const mine = files.filter((f) => f.split === split);
      const paths: PathTally | undefined = auditPaths && split === 'tune' ? new Map() : undefined;
      for (const f of mine) {
        const tune = split === 'tune';
        const show = { quotes: debug && tune, statements: (debug || statementsDebug) && tune };
        scoreEvent(f.gold.event, f.gold, t, show, paths);
      }
      if (paths) {
        console.error('path: right / wrong / left null (tune)');
        for (const [key, r] of [...paths].sort((a, b) => a[0].localeCompare(b[0])))
          console.error(`  ${key}: ${r.right} / ${r.wrong} / ${r.blank}`);
      }
      rows.push(...rowsOf(split, t, mine.length));
    }
    return rows;
  },
};

function rowsOf(split: Split, t: Tally, events: number): AccuracyRow[] {
  const base = { section: 'quotes', split, form: 'clean' as const };
  const q = prf(t.matched, t.predicted, t.goldQuotes);
  const judged = t.matched;
  const pct = (n: number) => `${((100 * n) / Math.max(1, judged)).toFixed(1)}%`;
  const g = prf(t.truePairs, t.predictedPairs, t.goldPairs);
  const groupRecall = t.goldPairs === 0 ? 1 : t.goldFound / t.goldPairs;
  const groupF1 =
    g.precision + groupRecall === 0 ? 0 : (2 * g.precision * groupRecall) / (g.precision + groupRecall);
  return [
    {
      ...base,
      field: 'quote',
      n: t.goldQuotes,
      ...q,
      note: `${events} events, ${t.predicted} predicted`,
      counts: { events, gold: t.goldQuotes, predicted: t.predicted, matched: t.matched },
    },
    {
      ...base,
      field: 'speaker',
      n: judged,
      accuracy: judged === 0 ? 0 : t.speakerRight / judged,
      note: `wrong names ${pct(t.speakerWrong)}, left null ${pct(t.speakerNull)}`,
      counts: { right: t.speakerRight, wrong: t.speakerWrong, null: t.speakerNull },
    },
    {
      ...base,
      field: 'statement groups',
      n: t.goldPairs,
      precision: g.precision,
      recall: groupRecall,
      f1: groupF1,
      note: `pairs; ${t.predictedPairs} predicted`,
    },
  ];
}
