/**
 * parallel-worker: the worker-thread side of parallel.ts. Receives { task, items, port, signal,
 * claims }, runs the named pure stage function over the items it claims (see parallel.ts), posts
 * { results } (or { error }) on the port and then wakes the blocked main thread through the shared
 * signal — always, even on failure, so the main thread never waits for a worker that died.
 */
import module from 'node:module';
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
  // Loading the pipeline (type-stripping and compiling its modules) cost a worker ~0.6 s of CPU
  // before its first item; Node's compile cache keeps the stripped code and V8's code on disk
  // and halves that on every run after the first. The CLI turns it on for its own thread too
  // (bin/explainer.js); NODE_COMPILE_CACHE picks the folder, NODE_DISABLE_COMPILE_CACHE=1 turns it
  // off. Only speed: a missing or stale cache is rebuilt by Node.
  module.enableCompileCache?.();
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
