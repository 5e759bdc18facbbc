/**
 * `explainer build` runs Pagefind's indexer below Astro's priority while Astro builds
 * (src/cli/background.ts, Background): a process started inside run() is reniced, restore() gives it
 * this process's priority back where the OS allows (root, or an RLIMIT_NICE that permits it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { Background } from '../../src/cli/background.ts';

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

describe('Background (the search indexer while Astro builds)', () => {
  it('lowers the priority of a process started inside run(), and gives it back on restore()', async () => {
    const background = new Background();
    const child = await background.run(async () => {
      const sleeper = spawn('sleep', ['30']);
      started.push(sleeper);
      return sleeper;
    });
    const own = getPriority();
    expect(getPriority(child.pid!)).toBe(Math.min(19, own + 10));
    background.restore();
    // Raising a priority needs a privilege on Linux: without it the indexer keeps the lower one.
    const expected = process.getuid?.() === 0 ? own : Math.min(19, own + 10);
    expect(getPriority(child.pid!)).toBe(expected);
  });

  it('leaves processes started outside run() alone', async () => {
    const background = new Background();
    await background.run(async () => undefined);
    const outside = spawn('sleep', ['30']);
    started.push(outside);
    await new Promise((done) => outside.once('spawn', done));
    expect(getPriority(outside.pid!)).toBe(getPriority());
  });
});
