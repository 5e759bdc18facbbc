/**
 * parallel-worker: the worker-thread side of parallel.ts. Receives { task, items, port, signal,
 * claims }, runs the named pure stage function over the items it claims (see parallel.ts), posts
 * each { index, result } on the port as it is known (or { error } when it fails) and then wakes the
 * blocked main thread through the shared signal — always, even on failure, so the main thread never
 * waits for a worker that died.
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
  // first item found claimed means the rest are its. Each result is posted as soon as it is known
  // (and so not kept here): the main thread takes them off the port between its own items.
  for (let i = 0; i < items.length && Atomics.compareExchange(claims, i, 0, 1) === 0; i++) {
    port.postMessage({ index: i, result: tasks[task](items[i] as never) } satisfies WorkerAnswer<unknown>);
  }
} catch (error) {
  // The items claimed but not answered are computed by the main thread.
  port.postMessage({
    error: error instanceof Error ? error.message : String(error),
  } satisfies WorkerAnswer<unknown>);
}
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
