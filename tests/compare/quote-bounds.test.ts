// The clustering's bounded similarity (issue #15 speed) must decide exactly as the full one: for
// every pair of a fixture of invented quotes (paraphrases, spelling variants, cuts, negations,
// numbers, unrelated sentences) and every threshold and best-so-far the clustering can pass, a pair
// that reaches the threshold and beats the best gets the exact score, and no other pair does.
import { describe, expect, it } from 'vitest';
import { boundedSimilarity, quoteItem, quoteSimilarity } from '../../src/pipeline/compare/quotes/index.ts';

const TEXTS: [string, string | null][] = [
  ['We will sign the fisheries agreement with Norway before the end of the summer', 'Mara Lindqvist'],
  ['We will sign the fisheries deal with Norway before the summer ends', 'Lindqvist'],
  ['We will not sign the fisheries agreement with Norway before the end of the summer', 'Mara Lindqvist'],
  ['sign the fisheries agreement with Norway before the end', null],
  ['The harbour budget will rise by 20 percent over three years', 'Tomas Okafor'],
  ['The harbour budget will rise by 30 percent over three years', 'Okafor'],
  ['The harbor budget is going to increase by twenty percent in three years', 'Okafor'],
  ['Zelensky said the talks were constructive and that the partners were ready', 'Irena Vasquez'],
  ['Zelenskyy said the negotiations had been constructive and the allies were prepared', 'Vasquez'],
  ['Zelenskiy called the talks constructive', null],
  ['Volodymyr thanked the organisers for a predictable schedule', 'Irena Vasquez'],
  ['Wolodymyr thanked the organizers for a reliable schedule', 'Vasquez'],
  ['Our planners predicted a shortage of ferries this winter', 'Anouk Brandt'],
  ['The planning office predicts a ferry shortage for the winter', 'Brandt'],
  ['No matter what happens we will keep the ferries running', 'Anouk Brandt'],
  ['We will keep the ferries running whatever happens', 'Brandt'],
  ['It is a good day for the town', 'Hal Mercer'],
  ['It is a very good day for the whole town and the region', 'Mercer'],
  ['The rule of law must apply to everyone in the port authority', 'Hal Mercer'],
  ['Everybody in the port authority must respect the rule of law', 'Someone Else'],
  ['The weather was mild and the bridge reopened on Tuesday morning', null],
  ['Bridge reopened', null],
  ['We are confident the vote will pass, and we are sure it will pass soon', 'Lena Ortiz'],
  ['I am certain the vote passes soon', 'Ortiz'],
  // One sentence transcribed with small edits (compare/quotes/fragments.ts sentence containment).
  [
    'We reopened the terminal on Monday. I think the ferries, they will sail again before the harvest festival in October.',
    'Anouk Brandt',
  ],
  [
    'I think the ferries will sail again before harvest festival in October. Tickets go on sale next week.',
    'Brandt',
  ],
  ['Our ferries will be sold before the harvest festival ends. Tickets go on sale next week.', 'Brandt'],
  ['the terminal on Monday … the ferries, they will sail again', null],
  ['harvest festival', 'Brandt'],
];

describe('boundedSimilarity (the clustering fast path)', () => {
  it('gives the exact quoteSimilarity to every pair that can count, and prunes others', () => {
    const items = TEXTS.map(([text, speaker], i) => quoteItem(i, 0, text, speaker));
    let counted = 0;
    let pruned = 0;
    for (const a of items)
      for (const b of items) {
        if (a === b) continue;
        const full = quoteSimilarity(a, b);
        for (const min of [0.6, 0.8])
          for (const beat of [-1, 0, 0.5, 0.6, 0.7, 0.8, 0.95, 1]) {
            const fast = boundedSimilarity(a, b, min, beat);
            const counts = full >= min && full > beat;
            expect(fast >= min && fast > beat, `${a.text} | ${b.text} | ${min} ${beat}`).toBe(counts);
            if (counts) {
              expect(fast).toBe(full);
              counted++;
            } else if (fast !== full) pruned++;
          }
      }
    // Both sides are exercised: pairs that count, and pairs the bounds cut short.
    expect(counted).toBeGreaterThan(20);
    expect(pruned).toBeGreaterThan(20);
  });
});
