// Calls from the main thread to a module running in a worker thread. The web
// server shares the main thread, so pure work that would hold it for tens of
// milliseconds (scoring a force-scale selection run) runs in a worker instead.
// The main thread asks for results a part at a time: each answer is a message
// of its own, deserialised on its own turn of the event loop, so a request for
// a page or a static asset waits at most one part, not the whole result.
import { Worker, parentPort } from 'node:worker_threads';

/** A worker module's calls: each takes one argument and returns (or resolves to) one value. */
export type Api = Record<string, (arg: any) => unknown>;

/** An answer whose buffers move to the main thread rather than being copied. */
export class Transferring<T> {
  constructor(
    readonly value: T,
    readonly buffers: ArrayBuffer[],
  ) {}
}

type Answer<R> = R extends Transferring<infer T> ? T : R;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/** The error a call failed with in the worker, or the worker's own failure. */
export class WorkerCallError extends Error {
  constructor(message: string, readonly workerStack?: string) {
    super(message);
    this.name = 'WorkerCallError';
  }
}

/**
 * A worker thread running `module` (a TypeScript module that calls
 * answerCalls). It is started on the first call, holds the process open only
 * while a call is pending, and ends after `idleMs` with none. A worker that
 * fails fails every pending call; the next call starts a new one.
 */
export class WorkerCalls<A extends Api> {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly module: URL,
    private readonly idleMs = 60_000,
  ) {}

  /** Whether the worker is running (started, and not yet ended or failed). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Starts the worker now (it takes a few hundred milliseconds), if it is not running. */
  warm(): void {
    this.started();
    if (this.pending.size === 0) this.idle();
  }

  call<K extends keyof A & string>(method: K, arg: Parameters<A[K]>[0]): Promise<Answer<Awaited<ReturnType<A[K]>>>> {
    const worker = this.started();
    if (this.idleTimer) clearTimeout(this.idleTimer), (this.idleTimer = null);
    if (this.pending.size === 0) worker.ref();
    const id = this.nextId++;
    const answer = new Promise<Answer<Awaited<ReturnType<A[K]>>>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, arg });
    });
    // Marked handled at once (it still rejects for whoever awaits it): a
    // caller may ask ahead and fail elsewhere before it awaits this answer.
    answer.catch(() => undefined);
    return answer;
  }

  /** Ends the worker now; pending calls fail. */
  async close(): Promise<void> {
    const w = this.worker;
    if (!w) return;
    this.stopped(w, new WorkerCallError('The worker was closed.'));
    await w.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./entry.js', import.meta.url), {
      workerData: { module: this.module.href },
      // A clean thread: the entry registers the TypeScript loader itself when
      // the module is TypeScript (run from the sources), not for the build.
      execArgv: [],
    });
    w.unref();
    w.on('message', (msg: { id: number; value?: unknown; error?: { message: string; stack?: string } }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (this.pending.size === 0) this.idle();
      if (msg.error) p.reject(new WorkerCallError(msg.error.message, msg.error.stack));
      else p.resolve(msg.value);
    });
    w.on('error', (e) => this.stopped(w, new WorkerCallError(`The worker failed: ${e.message}`, e.stack)));
    w.on('exit', (code) => this.stopped(w, new WorkerCallError(`The worker stopped (exit code ${code}).`)));
    this.worker = w;
    return w;
  }

  private idle(): void {
    const w = this.worker;
    if (!w) return;
    w.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker === w && this.pending.size === 0) void this.close();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private stopped(w: Worker, error: Error): void {
    if (this.worker !== w) return;
    this.worker = null;
    if (this.idleTimer) clearTimeout(this.idleTimer), (this.idleTimer = null);
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }
}

/** In a worker module: answers the main thread's calls with `api`. */
export function answerCalls(api: Api): void {
  const port = parentPort;
  if (!port) throw new Error('answerCalls must run in a worker thread');
  port.on('message', async (msg: { id: number; method: string; arg: unknown }) => {
    try {
      const f = api[msg.method];
      if (!f) throw new Error(`No call named ${msg.method}`);
      const v = await f(msg.arg);
      if (v instanceof Transferring) port.postMessage({ id: msg.id, value: v.value }, v.buffers);
      else port.postMessage({ id: msg.id, value: v });
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ id: msg.id, error: { message: err.message, stack: err.stack } });
    }
  });
}
