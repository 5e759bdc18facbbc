// parallel.ts on real pages: a list long enough for worker threads (MIN_ITEMS_FOR_WORKERS) is
// analysed the same with them as on this thread alone, in order, and progress counts every item,
// the worker's included (each result is posted as the worker has it: parallel.ts's header).
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../src/lib/model.ts';
import { analyseSource } from '../../src/pipeline/analyse.ts';
import { MIN_ITEMS_FOR_WORKERS, mapOnAllCores } from '../../src/pipeline/parallel.ts';
import { readStory } from '../../src/pipeline/read/index.ts';

const seeds = readStory('sources/nato-ukraine-aid').documents;
/** The seed pages, each many times under its own name (the analysis is per page). */
const pages: RawDocument[] = Array.from({ length: MIN_ITEMS_FOR_WORKERS + 6 }, (_, i) => {
  const seed = seeds[i % seeds.length]!;
  return { ...seed, name: `p${String(i).padStart(3, '0')}-${seed.name}`, path: `p${i}/${seed.path}` };
});

describe('analysis on every core', () => {
  it('gives the same results, in order, as one thread, the worker doing some of the pages', () => {
    expect(availableParallelism()).toBeGreaterThanOrEqual(2); // else no worker runs
    delete process.env.EXPLAINER_THREADS;
    const one = pages.map(analyseSource);
    // This thread pauses 100 ms before each page it analyses, so a worker that starts late on a
    // busy machine still claims some pages (else this test compared one thread with itself).
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let here = 0;
    const progress: number[] = [];
    const all = mapOnAllCores(
      pages,
      'analyse',
      (page) => {
        here++;
        Atomics.wait(pause, 0, 0, 100);
        return analyseSource(page);
      },
      (done, total) => {
        expect(total).toBe(pages.length);
        progress.push(done);
      },
    );
    expect(here).toBeLessThan(pages.length);
    expect(JSON.stringify(all)).toBe(JSON.stringify(one));
    // Progress never goes back and ends at the total.
    expect(progress.every((done, i) => i === 0 || done >= progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(pages.length);
  }, 120_000);
});
