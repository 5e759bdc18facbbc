/**
 * Background: runs the search indexer (Pagefind's backend, a child process) below Astro's priority
 * while Astro builds, and gives it the CLI's priority back when Astro is done (src/cli/build-site.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { getPriority, setPriority } from 'node:os';

/** How many nice levels below Astro the search indexer runs while Astro builds. */
const INDEX_NICENESS = 10;

/**
 * Lowers the priority of the processes started inside run() (Pagefind's indexer): on two cores the
 * index, a few CPU-seconds done long before Astro, otherwise slows Astro's renderer and bundler
 * threads, which are the build's critical path; at a lower priority it takes what they leave.
 * restore() gives it this process's priority back when Astro is done, where the OS allows (raising
 * a priority needs a privilege on Linux; without it the index finishes at the lower one).
 */
export class Background {
  private readonly children: ChildProcess[] = [];
  private restored = false;

  async run<T>(start: () => Promise<T>): Promise<T> {
    const onSpawn = (message: unknown): void => {
      const child = (message as { process?: ChildProcess }).process;
      if (child) this.children.push(child);
    };
    subscribe('child_process', onSpawn);
    try {
      return await start();
    } finally {
      unsubscribe('child_process', onSpawn);
      if (!this.restored) this.renice(Math.min(19, getPriority() + INDEX_NICENESS));
    }
  }

  readonly restore = (): void => {
    this.restored = true;
    this.renice(getPriority());
  };

  private renice(priority: number): void {
    for (const child of this.children) {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
      try {
        setPriority(child.pid, priority);
      } catch {
        // The indexer has exited, or raising its priority is not allowed: it goes on as it is.
      }
    }
  }
}
