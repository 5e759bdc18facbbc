/**
 * Outlets on saved HTML, round 1 (issue #10): the saved-page outlet rows of layout groups d–j on
 * the tune split, kept at today's values (counts of pages, so a change of one page shows). Groups k
 * and l keep theirs in their own files; group m (the blind set) keeps floors in its own.
 * Before the round (2026-11-29): d 50/54, e 44/45, f 34/44, g 27/40, h 46/54, i 53/57 (1 wrong),
 * j 60/62 (1 wrong).
 */
import { describe, expect, it } from 'vitest';
import { scoreFurniture, type Form } from '../../bench/accuracy/sections/furniture.ts';

const TODAY: ReadonlyArray<[Form, number, number, number]> = [
  // form, pages naming the outlet, of them right, pages (of 62) with a wrong outlet
  ['html-heldout-layouts-d', 54, 50, 0],
  ['html-heldout-layouts-e', 45, 44, 0],
  // 44 named until group f's pages stopped counting an address alone (www.npr.org) as naming it.
  ['html-heldout-layouts-f', 43, 39, 0],
  ['html-heldout-layouts-g', 40, 36, 0],
  ['html-heldout-layouts-h', 54, 52, 0],
  // The wrong one: a TV station's page whose every statement names the station, og:url another site.
  ['html-heldout-layouts-i', 57, 57, 1],
  ['html-heldout-layouts-j', 62, 62, 0],
];

describe('outlets on saved pages of groups d–j (tune split)', () => {
  const rows = scoreFurniture(
    ['tune'],
    TODAY.map(([form]) => form),
  );
  it.each(TODAY)('%s: %i pages name the outlet, %i right, %i wrong', (form, named, right, wrong) => {
    const row = rows.find((r) => r.form === form && r.field === 'outlet')!;
    expect(row.n).toBe(named);
    expect(row.accuracy).toBeCloseTo(right / named, 3);
    expect(row.note).toContain(`a wrong outlet on ${wrong} of 62 pages`);
  });
});
