/**
 * Money period and role on the blind probe (bench/gold/money-probe/sentences.json: 123 invented news
 * sentences, 177 figures, labelled before the rules were read), scored by bench/money-probe.ts (one
 * scorer). The `dev` half was tuned on in money round 11; the `test` half was never read, only its
 * totals: a regression gate, and the honest estimate stays the test half's number.
 *
 * Floors are today's counts (2026-11-29, `npx node bench/money-probe.ts`): dev 90 matched, period
 * 84, role 85 (with the cents reader); test 86 matched, period 68, role 61 (blind, before round 11: dev 73 / 63, test 67 / 59).
 * A figure lost fails; raise a floor when a number rises.
 */
import { describe, expect, it } from 'vitest';
import { halves, readProbe, scoreProbe } from '../../bench/money-probe.ts';

describe('money roles on the blind probe of invented news sentences', () => {
  it('every labelled span is in its sentence, and the halves split each beat evenly', () => {
    const items = readProbe();
    expect(items).toHaveLength(123);
    for (const item of items)
      for (const figure of item.figures) expect(item.text, item.id).toContain(figure.span);
    const half = halves(items);
    for (const beat of new Set(items.map((i) => i.beat))) {
      const inBeat = items.filter((i) => i.beat === beat);
      const dev = inBeat.filter((i) => half.get(i.id) === 'dev').length;
      expect(Math.abs(dev - (inBeat.length - dev)), beat).toBeLessThanOrEqual(1);
    }
  });

  it('period and role stay at today’s counts on both halves', () => {
    const { tallies } = scoreProbe();
    expect(tallies.dev.matched).toBeGreaterThanOrEqual(90);
    expect(tallies.dev.period).toBeGreaterThanOrEqual(84);
    expect(tallies.dev.role).toBeGreaterThanOrEqual(85);
    expect(tallies.test.matched).toBeGreaterThanOrEqual(86);
    expect(tallies.test.period).toBeGreaterThanOrEqual(68);
    expect(tallies.test.role).toBeGreaterThanOrEqual(61);
  });
});
