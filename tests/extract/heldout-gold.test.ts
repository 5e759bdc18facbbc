/**
 * The accuracy gate on articles the rules were never tuned on: the HELD-OUT half of the hand gold
 * (bench/gold/events.json, `heldout`), scored by the bench:accuracy sections themselves
 * (bench/accuracy/sections/quotes.ts and money.ts: one scorer), texts read from ../shared at run
 * time. quotes.test.ts and figures.test.ts score the fixtures the rules were tuned on, so they are
 * unit tests of the rules; a regression on unseen text fails here.
 *
 * Floors sit just under the numbers of 2026-11-29 (`npm run bench:accuracy -- --split heldout`):
 * quote F1 0.991 (275 of 280 found, none extra), speaker accuracy 0.818 with wrong names 3.6%
 * (225 right, 10 wrong of 275; speakers round 17), money F1 0.983 (116 of 118 found, 118 predicted;
 * 0.961 before money round 11 read "10 cents"),
 * same-quantity pairs across outlets P 1.000 R 0.661 (113 of 171 gold pairs, none wrong), statement
 * groups P 0.929 R 0.731 (79 of 108 gold pairs, 85 predicted; statement groups round 6 of #10). One
 * quote, two speakers or one statement pair lost still pass; more fail. Raise a floor when the held-out number rises; never tune on the misses
 * (the sections print none for this split).
 *
 * Cost: 8 quote events and 13 money events through normalize + extract + compare: about 3.3 s of
 * CPU for the whole vitest run of this file (measured on the shared machine, user time).
 */
import { describe, expect, it } from 'vitest';
import type { AccuracyRow } from '../../bench/accuracy/section.ts';
import { section as money } from '../../bench/accuracy/sections/money.ts';
import { section as quotes } from '../../bench/accuracy/sections/quotes.ts';

const scored = new Map<typeof quotes, Promise<AccuracyRow[]>>();
/** A section's rows for the held-out split, scored once per file (two tests read the quote rows). */
function heldout(section: typeof quotes): Promise<AccuracyRow[]> {
  if (!scored.has(section)) scored.set(section, Promise.resolve(section.score({ splits: ['heldout'] })));
  return scored.get(section)!;
}

/** The row of `field`, which must be there. */
function row(rows: AccuracyRow[], field: string): AccuracyRow {
  const found = rows.find((candidate) => candidate.field === field);
  expect(found, `no "${field}" row`).toBeDefined();
  return found!;
}

describe('accuracy on the held-out hand gold (never tuned on)', () => {
  it('quotes: F1 >= 0.985 over all held-out quote events', async () => {
    const quote = row(await heldout(quotes), 'quote');
    console.log(
      `held-out quotes: P ${quote.precision!.toFixed(3)} R ${quote.recall!.toFixed(3)} F1 ${quote.f1!.toFixed(3)} (${quote.note})`,
    );
    // The gold is all there (a split that scored nothing would have F1 1).
    expect(quote.counts!.events).toBe(8);
    expect(quote.counts!.gold).toBeGreaterThanOrEqual(280);
    expect(quote.f1!).toBeGreaterThanOrEqual(0.985);
    expect(quote.precision!).toBeGreaterThanOrEqual(0.985);
  });

  it('speakers: accuracy >= 0.810 on matched quotes, wrong names <= 4.4%', async () => {
    const speaker = row(await heldout(quotes), 'speaker');
    const wrong = speaker.counts!.wrong! / speaker.n;
    console.log(`held-out speakers: accuracy ${speaker.accuracy!.toFixed(3)} (${speaker.note})`);
    expect(speaker.n).toBeGreaterThanOrEqual(270);
    expect(speaker.accuracy!).toBeGreaterThanOrEqual(0.81);
    // Precision first: a wrong name is worse than a blank, so it has its own ceiling.
    expect(wrong).toBeLessThanOrEqual(0.044);
  });

  it('statement groups: pair precision >= 0.915, recall >= 0.72', async () => {
    const groups = row(await heldout(quotes), 'statement groups');
    console.log(
      `held-out statement groups: P ${groups.precision!.toFixed(3)} R ${groups.recall!.toFixed(3)} of ${groups.n} (${groups.note})`,
    );
    expect(groups.n).toBeGreaterThanOrEqual(108);
    // A wrong pair puts two statements in one group: precision has the tighter floor.
    expect(groups.precision!).toBeGreaterThanOrEqual(0.915);
    expect(groups.recall!).toBeGreaterThanOrEqual(0.72);
  });

  it('money figures: F1 >= 0.98 over all held-out money events', async () => {
    const figure = row(await heldout(money), 'money figure');
    console.log(
      `held-out money: P ${figure.precision!.toFixed(3)} R ${figure.recall!.toFixed(3)} F1 ${figure.f1!.toFixed(3)} (${figure.counts!.matched} of ${figure.counts!.gold} found, ${figure.counts!.predicted} predicted)`,
    );
    expect(figure.counts!.gold).toBeGreaterThanOrEqual(118);
    expect(figure.f1!).toBeGreaterThanOrEqual(0.98);
  });

  // Counts, not only shares: money round 11's cents reader found 5 more held-out figures (111 -> 116
  // matched; period 97 -> 102, role 79 -> 82 right), which lowered the role share (0.712 -> 0.707).
  // Money round 13 relabelled 4 held-out figures to the sharpened ANNOTATION.md definitions (3 per-unit
  // figures lost their period, a value held became `total`): same code, period 102 -> 100, role 82 -> 83;
  // then its rules (written from tune gold and probe dev halves): period 101, role 84.
  it('money period >= 101 and role >= 84 right of 116 matched (0.871, 0.724); no false conflict', async () => {
    const rows = await heldout(money);
    const [period, role, conflict] = ['period', 'role', 'conflict'].map((field) => row(rows, field));
    console.log(
      `held-out money: period ${period!.accuracy!.toFixed(3)}, role ${role!.accuracy!.toFixed(3)}, conflicts ${conflict!.note}`,
    );
    expect(period!.n).toBeGreaterThanOrEqual(116);
    expect(Math.round(period!.accuracy! * period!.n)).toBeGreaterThanOrEqual(101);
    expect(Math.round(role!.accuracy! * role!.n)).toBeGreaterThanOrEqual(84);
    expect(period!.accuracy!).toBeGreaterThanOrEqual(0.87);
    expect(role!.accuracy!).toBeGreaterThanOrEqual(0.723);
    // An invented conflict is worse than a missed one (issue #11).
    expect(conflict!.note).toMatch(/^0 false of/u);
  });

  it('same quantity across outlets: pair precision >= 0.95, recall >= 0.66', async () => {
    const pairs = row(await heldout(money), 'same quantity (pairs)');
    console.log(
      `held-out same-quantity pairs: P ${pairs.precision!.toFixed(3)} R ${pairs.recall!.toFixed(3)} of ${pairs.n}`,
    );
    expect(pairs.n).toBeGreaterThanOrEqual(171);
    // A wrong pair can become an invented conflict: precision has the tighter floor.
    expect(pairs.precision!).toBeGreaterThanOrEqual(0.95);
    expect(pairs.recall!).toBeGreaterThanOrEqual(0.66);
  });
});
