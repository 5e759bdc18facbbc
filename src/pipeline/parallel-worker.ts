/**
 * parallel-worker: the worker-thread side of parallel.ts. Receives { task, items, port, signal,
 * claims }, runs the named pure stage function over the items it claims (see parallel.ts), posts
 * { results } (or { error }) on the port and then wakes the blocked main thread through the shared
 * signal — always, even on failure, so the main thread never waits for a worker that died.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { TaskName, WorkerAnswer } from './parallel.ts';

const { task, items, port, signal, claims } = workerData as {
  task: TaskName;
  items: unknown[];
  port: MessagePort;
  signal: Int32Array;
  claims: Int32Array;
};

let answer: WorkerAnswer<unknown>;
try {
  // Imported here, not at the top, so a module that fails to load is reported like any error.
  const { analyseSource } = await import('./analyse.ts');
  const tasks: Record<TaskName, (item: never) => unknown> = { analyse: analyseSource };
  // Items from the front, each claimed first; the main thread takes them from the back, so the
  // first item found claimed means the rest are its.
  const results: unknown[] = [];
  for (let i = 0; i < items.length && Atomics.compareExchange(claims, i, 0, 1) === 0; i++) {
    results.push(tasks[task](items[i] as never));
  }
  answer = { results };
} catch (error) {
  answer = { error: error instanceof Error ? error.message : String(error) };
}
port.postMessage(answer);
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
