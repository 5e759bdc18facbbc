/**
 * bench/quote-sweep: the precision/recall curve of cross-outlet statement groups on the TUNE half
 * of the hand gold, over the similarity thresholds of compare/quotes (QUOTE_MATCH). Never scores
 * held-out: thresholds are chosen here, held-out is reported once by bench:accuracy.
 *
 *   node bench/quote-sweep.ts            # the grid, one line per setting, best first
 *
 * Out: per setting, pairs predicted, precision, recall; the chosen setting is the one with the
 * highest recall at precision >= 0.90 (ties: higher precision), printed last.
 */
import { QUOTE_MATCH } from '../src/pipeline/compare/quotes/index.ts';
import { section } from './accuracy/sections/quotes.ts';

interface Point {
  setting: string;
  precision: number;
  recall: number;
  note: string;
}

const base = structuredClone(QUOTE_MATCH);
const points: Point[] = [];

async function measure(setting: string): Promise<void> {
  const rows = await section.score({ splits: ['tune'] });
  const row = rows.find((r) => r.field === 'statement groups')!;
  points.push({ setting, precision: row.precision!, recall: row.recall!, note: row.note ?? '' });
}

for (const synonyms of [false, true])
  for (const same of [0.4, 0.5, 0.6])
    for (const unknown of [0.5, 0.6, 0.7])
      for (const different of [0.8, 1.01])
        for (const [runWords, runContent] of [
          [5, 2],
          [6, 2],
          [6, 3],
          [8, 3],
          [99, 3],
        ] as const) {
          Object.assign(QUOTE_MATCH, structuredClone(base), {
            synonyms,
            threshold: { sameSpeaker: same, unknownSpeaker: unknown, differentSpeaker: different },
            run: { minWords: runWords, minContent: runContent },
          });
          await measure(
            `synonyms=${synonyms} same=${same} unknown=${unknown} different=${different} run=${runWords}/${runContent}`,
          );
        }

const f = (x: number) => x.toFixed(3);
points.sort((a, b) => b.recall - a.recall || b.precision - a.precision);
// The frontier: points no other point beats on both precision and recall.
const frontier = points.filter(
  (p, i) =>
    !points.some((q) => q.precision > p.precision && q.recall >= p.recall) &&
    points.findIndex((q) => q.precision === p.precision && q.recall === p.recall) === i,
);
console.log('frontier (tune):');
for (const p of frontier) console.log(`  P ${f(p.precision)} R ${f(p.recall)}  ${p.setting}  (${p.note})`);
const chosen = points.filter((p) => p.precision >= 0.9)[0];
console.log(
  chosen ? `chosen: P ${f(chosen.precision)} R ${f(chosen.recall)}  ${chosen.setting}` : 'none >= 0.90',
);
if (process.argv.includes('--all'))
  for (const p of points) console.log(`  P ${f(p.precision)} R ${f(p.recall)}  ${p.setting}`);
