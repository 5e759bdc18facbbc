/**
 * bench/quote-sweep: the precision/recall curve of cross-outlet statement groups on the TUNE half
 * of the hand gold, over the similarity thresholds of compare/quotes (QUOTE_MATCH). Never scores
 * held-out: thresholds are chosen here, held-out is reported once by bench:accuracy.
 *
 *   npx node bench/quote-sweep.ts [--min-precision 0.90] [--all] [--phrases]
 *
 * Grid: same-, unknown- and different-speaker thresholds × the shared run × the sentence
 * containment and the same-speaker short fragments of compare/quotes/fragments.ts; then the
 * shipped setting with the synonym table off, with each sentence containment, with each length for
 * same-speaker phrases of one content word (fragments.ts fewContentMinWords), and without short
 * fragments. --phrases sweeps only the phrase checks of compare/quotes/phrases.ts (titles on/off ×
 * where a phrase's words must sit in a longer quote × an organisation and a person as one speaker
 * for short fragments; the negation veto's scope × the content share a shared run needs with a
 * speaker unknown); their cost in false pairs across stories is bench/quote-mix.ts's count.
 * Out: the P/R frontier; the setting with the highest recall at precision >= --min-precision
 * (ties: higher precision); the shipped setting's points; with --all, every point.
 */
import { FRAGMENT, QUOTE_MATCH } from '../src/pipeline/compare/quotes/index.ts';
import { PHRASE } from '../src/pipeline/compare/quotes/phrases.ts';
import { POLARITY } from '../src/pipeline/compare/quotes/polarity.ts';
import { parseArgs } from 'node:util';
import { section } from './accuracy/sections/quotes.ts';

interface Point {
  setting: string;
  precision: number;
  recall: number;
  note: string;
}

const base = structuredClone(QUOTE_MATCH);
const baseFragment = structuredClone(FRAGMENT);
const basePhrase = structuredClone(PHRASE);
const basePolarity = structuredClone(POLARITY);
const { values } = parseArgs({
  options: {
    'min-precision': { type: 'string', default: '0.90' },
    all: { type: 'boolean' },
    phrases: { type: 'boolean' },
  },
});
const minPrecision = Number(values['min-precision']);
const points: Point[] = [];

async function measure(setting: string): Promise<void> {
  const rows = await section.score({ splits: ['tune'] });
  const row = rows.find((r) => r.field === 'statement groups')!;
  points.push({ setting, precision: row.precision!, recall: row.recall!, note: row.note ?? '' });
}

// The synonym table is measured on/off at the chosen setting only (it moved no tune pair when it
// was last swept over the whole grid, BENCHMARKS.md); the grid is the thresholds and the two
// fragment measures: the shared run and the sentence containment (compare/quotes/fragments.ts).
const sentenceGrid = [1.01, 0.95, 0.9, 0.85, 0.8, 0.7];
const name = (x: number, off: number) => (x >= off ? 'off' : String(x));
if (values.phrases)
  for (const titles of [true, false])
    for (const [window, slack] of [
      [true, 1],
      [true, 3],
      [true, 6],
      [false, 3],
      [true, -1],
    ] as const)
      for (const organisations of [true, false]) {
        // slack -1: the window check off (nearStems 0), as before phrases.ts.
        Object.assign(PHRASE, basePhrase, {
          titles,
          window,
          nearSlack: Math.max(0, slack),
          nearStems: slack < 0 ? 0 : basePhrase.nearStems,
        });
        Object.assign(FRAGMENT, baseFragment, { organisations });
        const where = slack < 0 ? 'anywhere' : window ? `within +${slack} words` : 'never';
        await measure(
          `${titles && window && slack === basePhrase.nearSlack && organisations ? 'the shipped setting: ' : ''}titles ${titles ? 'alone' : 'grouped'}, phrase words ${where}, organisation = person ${organisations ? 'yes' : 'no'}`,
        );
      }
Object.assign(PHRASE, basePhrase);
Object.assign(FRAGMENT, baseFragment);
// The negation veto's scope (polarity.ts) and the share of content words a shared run needs when a
// speaker is unknown (similarity.ts QUOTE_MATCH.run.unknownShare).
if (values.phrases)
  for (const scoped of [true, false])
    for (const unknownShare of [0, 0.3, 0.4, 0.5, 0.6]) {
      POLARITY.scoped = scoped;
      Object.assign(QUOTE_MATCH, structuredClone(base), { run: { ...base.run, unknownShare } });
      const shipped = scoped && unknownShare === base.run.unknownShare;
      await measure(
        `${shipped ? 'the shipped setting: ' : ''}negation ${scoped ? 'on shared words only' : 'anywhere in the stretch'}, run with a speaker unknown needs ${unknownShare} of the content words`,
      );
    }
POLARITY.scoped = basePolarity.scoped;
Object.assign(QUOTE_MATCH, structuredClone(base));
for (const same of values.phrases ? [] : [0.5, 0.6, 0.65, 0.7])
  for (const unknown of [0.5, 0.6, 0.65, 0.7])
    for (const different of [0.8, 1.01])
      for (const [runWords, runContent] of [
        [5, 2],
        [99, 3],
      ] as const)
        for (const sentence of [1.01, 0.9, 0.8])
          for (const short of [2, 99]) {
            Object.assign(QUOTE_MATCH, structuredClone(base), {
              threshold: { sameSpeaker: same, unknownSpeaker: unknown, differentSpeaker: different },
              run: { minWords: runWords, minContent: runContent },
            });
            Object.assign(FRAGMENT, baseFragment, { sentenceContainment: sentence, shortMinContent: short });
            await measure(
              `same=${same} unknown=${unknown} different=${different} run=${runWords}/${runContent} sentence=${name(sentence, 1.01)} short=${name(short, 99)}`,
            );
          }
if (!values.phrases) await shippedVariants();

async function shippedVariants(): Promise<void> {
  Object.assign(QUOTE_MATCH, structuredClone(base), { synonyms: false });
  Object.assign(FRAGMENT, baseFragment);
  await measure('the shipped setting with the synonym table off');
  Object.assign(QUOTE_MATCH, structuredClone(base));
  for (const sentence of sentenceGrid) {
    FRAGMENT.sentenceContainment = sentence;
    await measure(`the shipped setting, sentence=${name(sentence, 1.01)}`);
  }
  Object.assign(FRAGMENT, baseFragment, { shortMinContent: 99 });
  await measure('the shipped setting, short fragments off');
  for (const few of [3, 5, 99]) {
    Object.assign(FRAGMENT, baseFragment, { fewContentMinWords: few });
    await measure(`the shipped setting, one-content-word phrases from ${name(few, 99)} words`);
  }
  Object.assign(FRAGMENT, baseFragment);
  await measure('the shipped setting');
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
const chosen = points.filter((p) => p.precision >= minPrecision)[0];
console.log(
  chosen
    ? `best at P >= ${minPrecision}: P ${f(chosen.precision)} R ${f(chosen.recall)}  ${chosen.setting}`
    : `none >= ${minPrecision}`,
);
for (const p of points.filter((q) => q.setting.startsWith('the shipped')))
  console.log(`  P ${f(p.precision)} R ${f(p.recall)}  ${p.setting}`);
if (values.all) for (const p of points) console.log(`  P ${f(p.precision)} R ${f(p.recall)}  ${p.setting}`);
