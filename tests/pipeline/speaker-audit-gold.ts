// The hand-judged speaker audits of un-annotated corpus articles (bench/gold/speaker-audit/round*.json:
// positions and labels only, texts read from ../shared at run time), judged against today's pipeline:
// each audited article is analysed, its quotes placed in the corpus paragraphs
// (bench/accuracy/quotes/locate.ts) and their speakers compared with the accuracy bench's own name
// match (bench/accuracy/quotes/names.ts). Shared by the audit tests of rounds 17 and 20.
import { readFileSync } from 'node:fs';
import { analyseDocument } from '../../src/pipeline/analyse.ts';
import { corpusDocument, corpusEvent, goldDir, paragraphsOf } from '../../bench/accuracy/corpus.ts';
import { locate, overlapOK } from '../../bench/accuracy/quotes/locate.ts';
import { sameName } from '../../bench/accuracy/quotes/names.ts';
import type { SpeakerKind } from '../../src/lib/model.ts';

/** One audited quote: where it is, the verdict when drawn, the right speaker where known. */
export interface Audited {
  batch: number;
  event: string;
  id: string;
  p: number;
  start: number;
  end: number;
  verdict: 'right' | 'wrong' | 'unsure' | 'name-form';
  speaker: string | null;
  kind: SpeakerKind | null;
  /** A wrong name the round removed. */
  fixed?: boolean;
}

export type Outcome = 'right' | 'wrong' | 'blank' | 'scare' | 'missing';

/** The audited quotes of one round's file (`round17`, `round20`). */
export function auditedQuotes(round: string): Audited[] {
  return (JSON.parse(readFileSync(`${goldDir}/speaker-audit/${round}.json`, 'utf8')) as { quotes: Audited[] })
    .quotes;
}

/** Today's outcome of every audited quote: the pipeline's speaker against the hand label. */
export function judge(quotes: readonly Audited[]): Map<Audited, Outcome> {
  const out = new Map<Audited, Outcome>();
  for (const [id, ofArticle] of Map.groupBy(quotes, (q) => q.id)) {
    const source = corpusEvent(ofArticle[0]!.event).articles.find((a) => a.ID === id)!;
    const article = analyseDocument(corpusDocument(source))!;
    const corpus = paragraphsOf(source);
    const located = article.quotes.map((q) => locate(q, article, corpus));
    for (const g of ofArticle) {
      const hit = located.find((l) => l.p === g.p && overlapOK(l, g));
      const said = hit?.quote.speaker ?? null;
      out.set(
        g,
        !hit
          ? 'missing'
          : hit.quote.scare
            ? 'scare'
            : said === null
              ? 'blank'
              : g.speaker !== null && sameName(said, g.speaker, g.kind)
                ? 'right'
                : 'wrong',
      );
    }
  }
  return out;
}

/** How many audited quotes of one verdict (fixed or not) end in each outcome today. */
export function tally(
  outcomes: Map<Audited, Outcome>,
  verdict: Audited['verdict'],
  fixed = false,
): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { right: 0, wrong: 0, blank: 0, scare: 0, missing: 0 };
  for (const [g, o] of outcomes) if (g.verdict === verdict && !!g.fixed === fixed) counts[o]++;
  return counts;
}
