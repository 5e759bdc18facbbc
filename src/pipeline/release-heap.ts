/**
 * release-heap: one full garbage collection, between ingest's compare and emit on a large story.
 *
 *   releaseHeap(analysed) -> nothing (only memory changes; never results)
 *
 * Why: compare leaves ~75 MB of short-lived objects in the old generation on a 1,000-article
 * story, and V8 collects them only when the heap next hits its limit — during emit, by which time
 * the heap has grown to hold both. A collection here lets emit reuse that space: the ingest's peak
 * RSS drops by ~10-20 MB of ~430-470 (BENCHMARKS.md: "Peak memory round 1", "V8 flags"), for one
 * collection of ~0.10 s CPU in a ~16.5 s cold ingest (0.6 %, within the runs' spread); output
 * identical. Node exposes gc() only behind --expose-gc, so that V8 flag is set from here, once,
 * on the first large story, and only a fresh vm context is made with it (the caller's globals get
 * no `gc`). Anything unavailable makes this a no-op.
 *
 * Counted in sources analysed by this run, not articles: a re-ingest that takes nearly every
 * analysis from the cache has no such peak (its one-changed run peaks at ~370-390 MB with or without
 * the collection) and was paying ~0.1 s of its ~2 s CPU for it (Edit loop round 12 in BENCHMARKS.md).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Fewer analyses leave no memory to spare back: the collection would only cost time. */
const MIN_ANALYSED = 200;

let collect: (() => void) | null | undefined;

/** Collects garbage once when this run analysed at least MIN_ANALYSED sources. */
export function releaseHeap(analysed: number): void {
  if (analysed < MIN_ANALYSED) return;
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
