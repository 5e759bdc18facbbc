/**
 * parallel-worker: the worker-thread side of parallel.ts. Receives { task, items, port, signal },
 * runs the named pure stage function over the items, posts { results } (or { error }) on the port
 * and then wakes the blocked main thread through the shared signal — always, even on failure, so
 * the main thread never waits for a worker that died.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { TaskName, WorkerAnswer } from './parallel.ts';

const { task, items, port, signal } = workerData as {
  task: TaskName;
  items: unknown[];
  port: MessagePort;
  signal: Int32Array;
};

let answer: WorkerAnswer<unknown>;
try {
  // Imported here, not at the top, so a module that fails to load is reported like any error.
  const { analyseDocument } = await import('./analyse.ts');
  const tasks: Record<TaskName, (item: never) => unknown> = { analyse: analyseDocument };
  answer = { results: items.map((item) => tasks[task](item as never)) };
} catch (error) {
  answer = { error: error instanceof Error ? error.message : String(error) };
}
port.postMessage(answer);
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
