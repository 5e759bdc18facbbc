// Money conflicts on real coverage (issue #11, BENCHMARKS.md "Money conflicts on real coverage"):
// cross-outlet pairs of money figures on corpus events in no gold split and on tune events, judged by
// hand (bench/gold/money-conflicts/real.json). Pins today's counts: no false conflict, the one real
// conflict flagged, and how many same-quantity pairs are joined (a gap, asserted as today's value).
import { describe, expect, it } from 'vitest';
import { allowedEvents, readRealGold, scoreRealConflicts } from '../../bench/money-real-conflicts.ts';
import { corpusEvent, paragraphsOf } from '../../bench/accuracy/corpus.ts';

describe('money conflicts on real coverage', () => {
  const gold = readRealGold();

  it('the gold reads only allowed events, and every judged span is a money figure in its paragraph', () => {
    const allowed = new Set(allowedEvents());
    for (const pair of gold.pairs) {
      expect(allowed.has(pair.event), pair.event).toBe(true);
      const articles = corpusEvent(pair.event).articles;
      for (const span of [pair.a, pair.b]) {
        const source = articles.find((a) => a.ID === span.id)!;
        const text = paragraphsOf(source)[span.p]!.slice(span.start, span.end);
        expect(text, `${pair.event} ${span.id} p${span.p}`).toMatch(/\d|billion|million/iu);
      }
      expect(pair.a.id).not.toBe(pair.b.id);
    }
    expect(gold.pairs).toHaveLength(70);
  });

  it('flags no false conflict and the 1 real conflict; groups 48 of 56 agreeing pairs, 0 of 13 different', () => {
    const s = scoreRealConflicts(gold);
    expect(
      {
        conflicts: s.conflicts,
        flagged: s.conflictsFlagged,
        falseConflicts: s.falseConflicts,
        agree: s.agree,
        agreeGrouped: s.agreeGrouped,
        different: s.different,
        differentGrouped: s.differentGrouped,
      },
      s.lines.join('\n'),
    ).toEqual({
      conflicts: 1,
      flagged: 1,
      falseConflicts: 0,
      agree: 56,
      agreeGrouped: 48,
      different: 13,
      differentGrouped: 0,
    });
  });
});
