// Speaker attribution, round 20 of issue #10: WRONG names on a fresh sample. 900 attributed quotes
// of the un-annotated corpus articles, drawn with fixed seeds and judged by hand (batch 1: 250 of
// all attributed quotes at the start, the round's honest estimate: 3 wrong of 246 judged; batch
// 2: 200 on risky paths at the start; batch 3: 150 on risky paths after the first rules; batch 4:
// 150 of all attributed quotes after the rules, the estimate after: 1 wrong of 146; batch 5: 150
// on risky paths after them: 1 wrong of 145), and 12 wrong names found by reading classes of the
// audit dump (batch 6)
// (bench/gold/speaker-audit/round20.json: positions and labels only, texts read from ../shared at
// run time). The pipeline runs on each audited article; its quotes are placed in the corpus
// paragraphs (bench/accuracy/quotes/locate.ts) and their speakers judged with the accuracy
// bench's own name match (bench/accuracy/quotes/names.ts).
//
// The 22 wrong names this round removed must stay removed (blank or right, never a name that is
// not the right one); the rest stays at today's counts (2026-11-30, after the round): of the 871
// judged right when drawn, 870 are still right and 1 is blank (""…," the real estate mogul said …
// "…," he declared": someone unnamed by a post spoke, so the "he" names nobody, people/pronoun-
// rivals.ts); the one wrong name left is a quote inside a relative clause ("… up the amendments
// Paul had demanded …, assuming they are "…"" is Reid's, read as Paul's). Raise a floor when a
// number improves.
import { describe, expect, it } from 'vitest';
import { auditedQuotes, judge, tally } from './speaker-audit-gold.ts';

describe('speaker audit round 20: 900 sampled quotes and 12 found by class, of un-annotated articles', () => {
  const outcomes = judge(auditedQuotes('round20'));

  it('every audited span is still a quote the pipeline finds', () => {
    expect([...outcomes].filter(([, o]) => o === 'missing').map(([g]) => `${g.id} p${g.p}`)).toEqual([]);
  });

  it('the wrong names this round removed give no wrong name again', () => {
    const fixed = [...outcomes].filter(([g]) => g.fixed);
    expect(fixed).toHaveLength(22);
    expect(fixed.filter(([, o]) => o === 'wrong').map(([g]) => `${g.id} p${g.p}`)).toEqual([]);
  });

  it('the rest stays at today’s counts', () => {
    const right = tally(outcomes, 'right');
    const wrongLeft = tally(outcomes, 'wrong');
    console.log(
      `speaker audit round 20: judged right ${JSON.stringify(right)}, wrong and not fixed ${JSON.stringify(wrongLeft)}`,
    );
    expect(right.wrong).toBe(0);
    expect(right.right).toBeGreaterThanOrEqual(870);
    expect(wrongLeft.wrong).toBeLessThanOrEqual(1);
  });
});
