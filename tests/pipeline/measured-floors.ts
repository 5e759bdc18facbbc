/**
 * The totals of a layout group's blind measurement, kept as floors: each group's test (m, n, o…)
 * lists what `npm run bench:accuracy -- --only furniture` printed for its forms, and this registers
 * one test per split and form that scores the pages again (bench/accuracy/sections/furniture.ts)
 * and fails when a total falls below it. Floors, not targets: a rule may raise them, none may lower
 * them, and only totals are compared (a blind group's misses are never printed here).
 */
import { expect, it } from 'vitest';
import type { Split } from '../../bench/accuracy/corpus.ts';
import { scoreFurniture, type Form } from '../../bench/accuracy/sections/furniture.ts';

/** One split and form of a group's measurement: pages, headline, pages naming the outlet, outlet right, wrong, body. */
export interface MeasuredFloor {
  split: Split;
  form: Form;
  pages: number;
  headline: number;
  named: number;
  outlet: number;
  wrong: number;
  paragraphs: number;
  precision: number;
  recall: number;
}

/** Registers, inside the caller's `describe`, one test per floor. */
export function keepsMeasuredFloors(floors: readonly MeasuredFloor[]): void {
  const rows = scoreFurniture(
    [...new Set(floors.map((floor) => floor.split))],
    [...new Set(floors.map((floor) => floor.form))],
  );
  const row = (split: Split, form: Form, field: string) =>
    rows.find((r) => r.split === split && r.form === form && r.field === field)!;
  const wrong = (split: Split, form: Form) =>
    Number(/a wrong outlet on (\d+) of/u.exec(row(split, form, 'outlet').note ?? '')?.[1] ?? NaN);

  for (const floor of floors)
    it(`keeps at least the measured ${floor.split} ${floor.form} totals`, () => {
      const { split, form } = floor;
      expect(row(split, form, 'headline').n).toBe(floor.pages);
      expect(row(split, form, 'headline').accuracy).toBeGreaterThanOrEqual(floor.headline - 1e-9);
      expect(row(split, form, 'outlet').n).toBe(floor.named);
      expect(row(split, form, 'outlet').accuracy).toBeGreaterThanOrEqual(floor.outlet - 1e-9);
      expect(wrong(split, form)).toBeLessThanOrEqual(floor.wrong);
      expect(row(split, form, 'body').n).toBe(floor.paragraphs);
      // Body P / R were printed to three places: the floor is the printed value less half a unit.
      expect(row(split, form, 'body').precision).toBeGreaterThanOrEqual(floor.precision - 0.0005);
      expect(row(split, form, 'body').recall).toBeGreaterThanOrEqual(floor.recall - 0.0005);
    });
}
