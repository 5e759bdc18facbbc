// parallel.ts on real pages: a story large enough for worker threads (MIN_ITEMS_FOR_WORKERS) is
// analysed the same with them as on this thread alone, in order, and progress counts every item,
// the worker's included (each result is posted as the worker has it: parallel.ts's header).
import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { RawDocument } from '../../src/lib/model.ts';
import { analyseDocuments } from '../../src/pipeline/ingest.ts';
import { MIN_ITEMS_FOR_WORKERS } from '../../src/pipeline/parallel.ts';
import { readStory } from '../../src/pipeline/read/index.ts';

const seeds = readStory('sources/nato-ukraine-aid').documents;
/** The seed pages, each many times under its own name (the analysis is per page). */
const pages: RawDocument[] = Array.from({ length: MIN_ITEMS_FOR_WORKERS + 6 }, (_, i) => {
  const seed = seeds[i % seeds.length]!;
  return { ...seed, name: `p${String(i).padStart(3, '0')}-${seed.name}`, path: `p${i}/${seed.path}` };
});

const threadsBefore = process.env.EXPLAINER_THREADS;
afterEach(() => {
  if (threadsBefore === undefined) delete process.env.EXPLAINER_THREADS;
  else process.env.EXPLAINER_THREADS = threadsBefore;
});

function analyse(threads: 'all' | 'one') {
  if (threads === 'one') process.env.EXPLAINER_THREADS = '1';
  else delete process.env.EXPLAINER_THREADS;
  const progress: number[] = [];
  const articles = analyseDocuments(pages, [], new Map(), (done, total) => {
    expect(total).toBe(pages.length);
    progress.push(done);
  });
  return { articles, progress };
}

describe('analysis on every core', () => {
  it('gives the same articles, in order, as one thread', () => {
    expect(availableParallelism()).toBeGreaterThanOrEqual(2); // else this test checks nothing
    const all = analyse('all');
    const one = analyse('one');
    expect(all.articles.map((a) => a.source)).toEqual(pages.map((p) => p.name));
    expect(JSON.stringify(all.articles)).toBe(JSON.stringify(one.articles));
    // The worker did some of the pages (progress is reported once per page done on this thread):
    // else this test compared the one-thread path with itself.
    expect(all.progress.length).toBeLessThan(one.progress.length);
    // Progress never goes back and ends at the total.
    expect(all.progress.every((done, i) => i === 0 || done >= all.progress[i - 1]!)).toBe(true);
    expect(all.progress.at(-1)).toBe(pages.length);
  }, 120_000);
});
