import { describe, expect, it } from 'vitest';
import { countWords, distinctiveWords, logOddsZ } from '../../src/pipeline/compare/log-odds.ts';

describe('weighted log-odds with an informative Dirichlet prior', () => {
  // Target "apple apple banana", rest "banana cherry": story counts apple 2, banana 2, cherry 1 (n = 5).
  // With α0 = n the prior is the raw story counts: α_apple = 2, α_banana = 2.
  const target = countWords(['apple apple banana']);
  const story = countWords(['apple apple banana', 'banana cherry']);
  const z = new Map(logOddsZ(target, story, 5).map((w) => [w.word, w]));

  it('matches a hand computation', () => {
    // apple: δ = ln((2+2)/(3+5−2−2)) − ln((0+2)/(2+5−0−2)) = ln(4/4) − ln(2/5) = ln 2.5
    //        σ² = 1/(2+2) + 1/(0+2) = 0.75   →  z = ln 2.5 / √0.75 = 1.058044
    expect(z.get('apple')!.z).toBeCloseTo(Math.log(2.5) / Math.sqrt(0.75), 10);
    expect(z.get('apple')!.z).toBeCloseTo(1.058044, 5);
    expect(z.get('apple')!.count).toBe(2);
    // banana: δ = ln(3/5) − ln(3/4) = ln 0.8;  σ² = 1/3 + 1/3  →  z = −0.273293
    expect(z.get('banana')!.z).toBeCloseTo(-0.273293, 5);
    // cherry is not used by the target: not scored.
    expect(z.has('cherry')).toBe(false);
  });

  it('defaults to the raw story counts as prior (α0 = n)', () => {
    expect(logOddsZ(target, story)).toEqual(logOddsZ(target, story, 5));
  });

  it('reports significant words only, without stopwords or numbers, highest z first', () => {
    const kiev = Array.from(
      { length: 30 },
      () => 'The troops reached Kiev in 2024 and the alliance met.',
    ).join(' ');
    const kyiv = Array.from(
      { length: 30 },
      () => 'The troops reached Kyiv in 2024 and the alliance met.',
    ).join(' ');
    const a = countWords([kiev]);
    const all = countWords([kiev, kyiv, kyiv]);
    const words = distinctiveWords(a, all, { alpha0: 100 });
    expect(words.map((w) => w.word)).toEqual(['kiev']);
    expect(words[0]!.z).toBeGreaterThan(1.96);
    expect(words[0]!.count).toBe(30);
    expect(countWords(['The 2024 plan, in 5 years'])).toEqual(
      new Map([
        ['plan', 1],
        ['years', 1],
      ]),
    );
  });
});
