/**
 * parallel: maps a pure, per-item stage function over many items on every core, synchronously.
 *
 *   mapOnAllCores(items, task, fn) -> fn applied to each item, in order
 *
 * Normalize and extract are pure per article and take most of an ingest's time, so a 1,000-article
 * story is split into one share per core: this thread computes the first share while worker threads
 * compute the others. The API stays synchronous (the pipeline and its callers are): the main thread
 * blocks on Atomics.wait until a worker signals, then takes its answer with receiveMessageOnPort.
 * Small inputs, a machine with one core, or any worker failure fall back to plain `items.map(fn)`,
 * so parallelism can only change speed, never results.
 *
 * Shares are balanced as they go: a worker takes its items from the front of its share, and this
 * thread, once its own share is done, takes the same worker's items from the back while it waits.
 * Each item is claimed once, through a flag per item in shared memory (compareExchange), so a
 * worker that starts late or runs on a busy core does not leave this thread idle.
 *
 * A worker posts each result as soon as it has it, and this thread takes them off the port between
 * its own items: the worker's heap never holds its share's results (on a 1,000-article ingest they
 * were ~500 analyses held there, then copied into one message, while this thread held the other
 * ~500: the process's memory peak, BENCHMARKS.md "Cold ingest round 9 and memory round 3").
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Below this many items a worker's start-up (loading the pipeline, ~0.3 s) costs more than it saves. */
export const MIN_ITEMS_FOR_WORKERS = 64;
/** A worker that has not answered by then is given up on and its share computed here. */
const WORKER_DEADLINE_MS = 10 * 60 * 1000;

/** Names of the tasks a worker knows (see parallel-worker.ts). */
export type TaskName = 'analyse';

/** What a worker posts: one item's result (by its index in the share), or why it stopped. */
export type WorkerAnswer<R> = { index: number; result: R } | { error: string };

interface Job {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  /** One flag per item: 0 free, 1 claimed (by the worker from the front or by us from the back). */
  claims: Int32Array;
  items: unknown[];
  /** Results the worker has posted and this thread has taken off the port, by item index. */
  received: Map<number, unknown>;
}

/** `onProgress(done, total)` is called as items finish here or their results arrive from a worker. */
export function mapOnAllCores<T, R>(
  items: T[],
  task: TaskName,
  work: (item: T) => R,
  onProgress: (done: number, total: number) => void = () => {},
): R[] {
  const threads = Math.min(availableParallelism(), 8);
  const parallel =
    threads >= 2 && items.length >= MIN_ITEMS_FOR_WORKERS && process.env.EXPLAINER_THREADS !== '1';
  const jobs: Job[] = [];
  let done = 0;
  const fn = (item: T): R => {
    const result = work(item);
    done++;
    // Take what the workers have posted meanwhile, so it does not pile up in their ports.
    for (const job of jobs) done += drain(job);
    onProgress(done, items.length);
    return result;
  };
  if (!parallel) return items.map(fn);
  const share = Math.ceil(items.length / threads);
  for (let start = share; start < items.length; start += share) {
    const part = items.slice(start, start + share);
    const job = startWorker(task, part);
    if (!job) {
      for (const started of jobs) stop(started);
      jobs.length = 0;
      return items.map(fn);
    }
    jobs.push(job);
  }
  const results: R[] = items.slice(0, share).map(fn);
  for (const job of jobs) results.push(...collect(job, fn));
  onProgress(items.length, items.length);
  return results;
}

function startWorker(task: TaskName, items: unknown[]): Job | null {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const claims = new Int32Array(new SharedArrayBuffer(4 * items.length));
  try {
    const worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), {
      workerData: { task, items, port: port2, signal, claims },
      transferList: [port2],
      stdout: false,
      stderr: false,
      // Why: V8's default young generation lets a worker's short-lived strings pile up to
      // ~100 MB before a scavenge; 8 MB semi-spaces keep peak RSS down at no measured CPU cost.
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    worker.unref();
    return { worker, port: port1, signal, claims, items, received: new Map() };
  } catch {
    return null;
  }
}

/** Takes the results the worker has posted off its port; returns how many. */
function drain(job: Job): number {
  let count = 0;
  for (let message; (message = receiveMessageOnPort(job.port));) {
    const answer = message.message as WorkerAnswer<unknown>;
    if ('index' in answer) {
      job.received.set(answer.index, answer.result);
      count++;
    }
  }
  return count;
}

function stop(job: Job): void {
  void job.worker.terminate();
  job.port.close();
}

/**
 * Takes the worker's items from the back while it has any left, blocks until it signals, then
 * returns its results and ours in order (or computes here what it did not answer for).
 */
function collect<T, R>(job: Job, fn: (item: T) => R): R[] {
  const items = job.items as T[];
  const taken: R[] = []; // from the back, last item first
  for (let i = items.length - 1; i >= 0 && Atomics.compareExchange(job.claims, i, 0, 1) === 0; i--) {
    taken.push(fn(items[i]!));
  }
  const rest = items.length - taken.length;
  Atomics.wait(job.signal, 0, 0, WORKER_DEADLINE_MS);
  drain(job);
  stop(job);
  const front = items
    .slice(0, rest)
    .map((item, i) => (job.received.has(i) ? (job.received.get(i) as R) : fn(item)));
  job.received.clear();
  return [...front, ...taken.reverse()];
}
