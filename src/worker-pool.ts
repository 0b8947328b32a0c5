/**
 * Runs one function over many items in worker threads, each item isolated: an item whose function
 * throws, whose worker crashes (exits, runs out of memory) or that runs past its time limit gives the
 * caller's `failed` result, the worker is replaced when needed, and the rest go on. Results come back in
 * the items' order.
 *
 * The worker side is a module that calls `serveTasks` with the function. A `.ts` module (under tsx or
 * vitest) is loaded through tsx's loader, registered in the worker itself; a compiled `.js` one is
 * loaded as it is. A worker that cannot start at all rejects the run with `WorkersUnavailable`, so
 * that the caller can do the work on its own thread instead.
 *
 * A run starts its workers and stops them when it ends, unless given `kept` workers (`keptWorkers`):
 * then it takes ready ones from there first and gives them back, so that a process that runs small
 * batches now and then (the live archive's updates) does not pay for loading the module each time.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { appendAll } from './arrays.js';

/** Thrown by `runInWorkers` when a worker dies before it is ready: the module cannot be loaded here. */
export class WorkersUnavailable extends Error {}

export interface WorkerRun<I, O> {
  /** The worker module: a file that calls `serveTasks`. */
  module: URL;
  items: readonly I[];
  /** How many workers to start (at least 1, at most one per item). */
  threads: number;
  /** How long one item may take in its worker, in ms, before the worker is stopped and the item given up. */
  timeoutMs: (item: I) => number;
  /** What an item gives when it cannot be done; `reason` says why, in a few words. */
  failed: (item: I, reason: string) => O;
  /** Items sent to a worker ahead of the one it is doing, so that it never waits for the next (default 2). */
  queueDepth?: number;
  /**
   * Called on this thread with each item as it is sent to a worker, before the worker can begin it: starts work the
   * worker would otherwise block on, such as reading its file into the page cache (must not throw).
   */
  readAhead?: (item: I) => void;
  /** Workers of `module` to take first and give back when the run is done (default: none; the run's workers are stopped). */
  kept?: KeptWorkers;
  /**
   * Whether the run keeps the process alive while it works (default true). False for background work
   * the process may drop when it ends (its workers and time limits are then unref'ed).
   */
  holdsProcess?: boolean;
}

/** Ready workers of one module, kept between runs (see `keptWorkers`). */
export interface KeptWorkers {
  /** Starts a worker now, if none is kept or starting, so that the next run finds one ready. */
  warm(): void;
  /** A ready worker, once any warming has settled; undefined when none is kept. */
  take(): Promise<Worker | undefined>;
  /** Keeps a ready, idle worker for the next run, or stops it when `most` are kept already or these are closed. */
  give(worker: Worker): void;
  /** Stops the idle workers, and from now on any worker warmed or given back: no more runs will come (a closed library). */
  close(): void;
}

/** A worker's answer; `waitedMs` is how long it sat idle, its queue empty, before this item came. */
type Reply<O> = { ready: true } | ({ at: number; waitedMs: number } & ({ result: O } | { error: string }));

/** What a run's workers did besides the results: how long they sat idle in all, waiting for the next item (ms, summed over workers; a kept worker's first item counts its wait since its last run). */
export interface RunStatistics {
  waitedMs: number;
}

/** Serves `runInWorkers` in a worker module: answers each item with `handle(item)`, or the message of what it threw. */
export function serveTasks<I, O>(handle: (item: I) => O): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread started by runInWorkers');
  /** When this worker last ran out of work: its start, then each reply posted. */
  let idleSince = performance.now();
  port.on('message', ({ at, item }: { at: number; item: I }) => {
    const waitedMs = performance.now() - idleSince;
    let reply: Reply<O>;
    try {
      reply = { at, waitedMs, result: handle(item) };
    } catch (error) {
      reply = { at, waitedMs, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    idleSince = performance.now();
  });
  port.postMessage({ ready: true } satisfies Reply<O>);
}

/**
 * Each item's result, in the items' order, computed by `run.threads` workers of `run.module`.
 * Rejects with `WorkersUnavailable` when a worker exits or fails before it is ready; never because of
 * one item.
 */
export async function runInWorkers<I, O>(run: WorkerRun<I, O>): Promise<O[]> {
  const results: O[] = [];
  await streamInWorkers(run, (result) => results.push(result));
  return results;
}

/**
 * `runInWorkers` handing each result to `take` as soon as it and every earlier item's are done, in
 * the items' order, so that the caller can use and drop them while the workers go on (a result done
 * ahead of an earlier one waits for it). Resolves once every item's result was taken, with the run's statistics; rejects with
 * what `take` throws, or with `WorkersUnavailable` as runInWorkers does: results already taken stay
 * taken (the caller counts them, to do the rest another way).
 */
export async function streamInWorkers<I, O>(run: WorkerRun<I, O>, take: (result: O) => void): Promise<RunStatistics> {
  const threads = Math.min(Math.max(1, Math.floor(run.threads)), run.items.length);
  const ready: Worker[] = [];
  while (ready.length < threads) {
    const worker = await run.kept?.take();
    if (!worker) break;
    ready.push(worker);
  }
  return runOn(run, threads, ready, take);
}

function runOn<I, O>(run: WorkerRun<I, O>, threads: number, ready: Worker[], take: (result: O) => void): Promise<RunStatistics> {
  /** Results done ahead of an earlier item's, by position, until that one is done. */
  const waiting = new Map<number, O>();
  let nextOut = 0;
  const pending = run.items.map((_, at) => at).reverse(); // popped from the end: items go out in order
  const depth = Math.max(1, run.queueDepth ?? 2);
  const live = new Set<Worker>();
  const holds = run.holdsProcess ?? true;
  const statistics: RunStatistics = { waitedMs: 0 };

  return new Promise<RunStatistics>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void, succeeded: boolean) => {
      if (settled) return;
      settled = true;
      for (const worker of live) {
        if (succeeded && run.kept) run.kept.give(worker);
        else stop(worker);
      }
      for (const worker of ready) if (succeeded && run.kept) run.kept.give(worker);
      live.clear();
      outcome();
    };
    const done = (at: number, result: O) => {
      if (settled) return;
      waiting.set(at, result);
      try {
        while (waiting.has(nextOut)) {
          const next = waiting.get(nextOut)!;
          waiting.delete(nextOut++);
          take(next);
        }
      } catch (error) {
        finish(() => reject(error), false);
        return;
      }
      if (nextOut === run.items.length) finish(() => resolve(statistics), true);
    };

    const start = () => {
      const reused = ready.pop();
      const worker = reused ?? spawnWorker(run.module);
      live.add(worker);
      let started = reused !== undefined;
      /** Items sent to this worker, in the order it does them; the first is the one it is working on. */
      const queue: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      const watchFirst = () => {
        clearTimeout(timer);
        const first = queue[0];
        if (first !== undefined) {
          const limit = run.timeoutMs(run.items[first]!);
          timer = setTimeout(() => lose(`it took over ${limit < 1000 ? `${limit} ms` : `${Number((limit / 1000).toFixed(1))} s`}`), limit);
          if (!holds) timer.unref();
        }
      };
      /** Items this worker has finished; its queue fills up to `depth` only as it works (see `feed`). */
      let finished = 0;
      const feed = () => {
        // Filled one more item per item done, not `depth` at once: with a deep queue each worker would start with a block of
        // `depth` consecutive items, and every result of the second worker's block would then wait here for the first's.
        while (queue.length < Math.min(depth, finished + 2) && pending.length) {
          const at = pending.pop()!;
          queue.push(at);
          const item = run.items[at]!;
          run.readAhead?.(item);
          worker.postMessage({ at, item });
        }
      };
      /** The worker is gone or stopped: its current item fails, the ones queued behind it go to another worker. */
      const lose = (reason: string) => {
        clearTimeout(timer);
        if (!live.delete(worker)) return;
        stop(worker);
        if (!started) {
          finish(() => reject(new WorkersUnavailable(`a worker thread could not start (${reason})`)), false);
          return;
        }
        const [current, ...behind] = queue;
        appendAll(pending, behind.reverse());
        if (pending.length) start();
        if (current !== undefined) done(current, run.failed(run.items[current]!, reason));
      };
      worker.on('message', (reply: Reply<O>) => {
        if ('ready' in reply) {
          started = true;
          feed();
          watchFirst();
          return;
        }
        queue.shift();
        finished++;
        statistics.waitedMs += reply.waitedMs;
        feed();
        watchFirst();
        done(reply.at, 'result' in reply ? reply.result : run.failed(run.items[reply.at]!, `it failed (${reply.error})`));
      });
      worker.on('error', (error) => lose(`its worker failed: ${error.message}`));
      worker.on('exit', (code) => lose(`its worker stopped with exit code ${code}`));
      // After the 'message' listener: adding one refs the worker again (Node 20), and an update left running at the end of
      // console mode kept the process up until the file was read (minutes for a 12 MB file on a loaded machine).
      holdProcess(worker, holds);
      if (started) {
        feed();
        watchFirst();
      }
    };

    if (run.items.length === 0) {
      finish(() => resolve(statistics), true);
      return;
    }
    for (let i = 0; i < threads; i++) start();
  });
}

/**
 * Up to `most` ready workers of `module`, kept idle between runs (`WorkerRun.kept`). Idle workers never
 * keep the process alive; one that dies while idle is simply forgotten. Each holds its module loaded
 * (the seed reader's is large: hence `most`) until `close`.
 */
export function keptWorkers(module: URL, most = 1): KeptWorkers {
  const idle = new Set<Worker>();
  let warming: Promise<void> | undefined;
  let closed = false;
  const keep = (worker: Worker) => {
    worker.unref();
    if (closed || idle.size >= most) {
      stop(worker);
      return;
    }
    detach(worker);
    const forget = () => {
      idle.delete(worker);
      detach(worker);
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    idle.add(worker);
  };
  return {
    warm() {
      if (closed || idle.size > 0 || warming) return;
      const worker = spawnWorker(module);
      warming = new Promise<void>((settle) => {
        worker.on('message', (reply: Reply<unknown>) => {
          if ('ready' in reply) keep(worker);
          settle();
        });
        // A worker that cannot start is not kept: the next run starts its own and finds out why.
        worker.on('error', () => settle());
        worker.on('exit', () => settle());
        holdProcess(worker, false);
      }).finally(() => (warming = undefined));
    },
    async take() {
      await warming;
      const [worker] = idle;
      if (!worker) return undefined;
      idle.delete(worker);
      detach(worker);
      return worker;
    },
    give: keep,
    close() {
      closed = true;
      for (const worker of idle) stop(worker);
      idle.clear();
    },
  };
}

/**
 * Whether `worker` keeps the process alive. Called once its listeners are attached: in Node 20 adding a 'message'
 * listener refs a worker that was unref'ed (measured: an unref'ed worker with a listener added afterwards kept a
 * script running until killed).
 */
function holdProcess(worker: Worker, holds: boolean): void {
  if (holds) worker.ref();
  else worker.unref();
}

/**
 * Stops a worker no run wants any more. Its late 'error' (a module that fails to load after the run gave
 * up on it) must still have a listener: an 'error' event nobody listens to is an uncaught exception.
 */
function stop(worker: Worker): void {
  detach(worker);
  worker.on('error', () => {});
  void worker.terminate();
}

/** Removes a run's listeners. Not `removeAllListeners()`: a Worker's own 'newListener' handlers deliver its messages. */
function detach(worker: Worker): void {
  for (const event of ['message', 'error', 'exit'] as const) worker.removeAllListeners(event);
}

/** A worker thread running `module`: a compiled `.js` as it is, a `.ts` one (tsx, vitest) through tsx's loader registered in the worker. */
export function spawnWorker(module: URL): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module);
  // Workers do not inherit tsx's loader reliably (vitest's forks do not have it): register it in the worker.
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { execArgv: [] });
}
