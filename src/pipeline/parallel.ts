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
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Below this many items a worker's start-up (loading the pipeline, ~0.3 s) costs more than it saves. */
export const MIN_ITEMS_FOR_WORKERS = 64;
/** A worker that has not answered by then is given up on and its share computed here. */
const WORKER_DEADLINE_MS = 10 * 60 * 1000;

/** Names of the tasks a worker knows (see parallel-worker.ts). */
export type TaskName = 'analyse';

export interface WorkerAnswer<R> {
  /** Results of the share's first items, in order: those the worker claimed. */
  results?: R[];
  error?: string;
}

interface Job {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  /** One flag per item: 0 free, 1 claimed (by the worker from the front or by us from the back). */
  claims: Int32Array;
  items: unknown[];
}

/**
 * `onProgress(done, total)` is called as items finish. Workers report only when done, so while they
 * run, this thread's count is scaled by the number of threads: an estimate, exact at the end.
 */
export function mapOnAllCores<T, R>(
  items: T[],
  task: TaskName,
  work: (item: T) => R,
  onProgress: (done: number, total: number) => void = () => {},
): R[] {
  const threads = Math.min(availableParallelism(), 8);
  const parallel =
    threads >= 2 && items.length >= MIN_ITEMS_FOR_WORKERS && process.env.EXPLAINER_THREADS !== '1';
  const scale = parallel ? threads : 1;
  let done = 0;
  const fn = (item: T): R => {
    const result = work(item);
    done++;
    onProgress(Math.min(items.length, Math.round(done * scale)), items.length);
    return result;
  };
  if (!parallel) return items.map(fn);
  const share = Math.ceil(items.length / threads);
  const jobs: Job[] = [];
  for (let start = share; start < items.length; start += share) {
    const part = items.slice(start, start + share);
    const job = startWorker(task, part);
    if (!job) return items.map(fn);
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
    return { worker, port: port1, signal, claims, items };
  } catch {
    return null;
  }
}

/**
 * Takes the worker's items from the back while it has any left, blocks until it signals, then
 * returns its results and ours in order (or computes what it did not answer for here).
 */
function collect<T, R>(job: Job, fn: (item: T) => R): R[] {
  const items = job.items as T[];
  const taken: R[] = []; // from the back, last item first
  for (let i = items.length - 1; i >= 0 && Atomics.compareExchange(job.claims, i, 0, 1) === 0; i--) {
    taken.push(fn(items[i]!));
  }
  const rest = items.length - taken.length;
  Atomics.wait(job.signal, 0, 0, WORKER_DEADLINE_MS);
  const answer = receiveMessageOnPort(job.port)?.message as WorkerAnswer<R> | undefined;
  void job.worker.terminate();
  job.port.close();
  const front = answer?.results?.length === rest ? answer.results : items.slice(0, rest).map(fn);
  return [...front, ...taken.reverse()];
}
