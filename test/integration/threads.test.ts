// Calls to a module in a worker thread (src/threads/calls.ts): the selection
// run's scoring goes through them, so that the web server's thread stays free.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerCallError, WorkerCalls } from '../../src/threads/calls.js';

type Echo = {
  echo: (x: unknown) => unknown;
  fail: (message: string) => never;
  bytes: (n: number) => Uint8Array;
  later: (ms: number) => Promise<number>;
  crash: (code: number) => never;
};

const module = new URL('../support/threads/echo-thread.ts', import.meta.url);
let calls: WorkerCalls<Echo>;
afterEach(async () => calls?.close());

describe('WorkerCalls', () => {
  it('answers each call with its own value, in a TypeScript module, whatever order the answers come in', async () => {
    calls = new WorkerCalls<Echo>(module);
    const answers = await Promise.all([calls.call('later', 60), calls.call('echo', { a: [1, 'two'] }), calls.call('later', 5)]);
    expect(answers).toEqual([60, { a: [1, 'two'] }, 5]);
  });

  it('moves a transferred buffer whole', async () => {
    calls = new WorkerCalls<Echo>(module);
    const b = await calls.call('bytes', 100_000);
    expect(b).toBeInstanceOf(Uint8Array);
    expect(b.length).toBe(100_000);
    expect(b.every((x) => x === 7)).toBe(true);
  });

  it('fails a call with the error thrown in the worker, and goes on answering', async () => {
    calls = new WorkerCalls<Echo>(module);
    const e = await calls.call('fail', 'no such person').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkerCallError);
    expect((e as Error).message).toBe('no such person');
    expect(await calls.call('echo', 'still here')).toBe('still here');
  });

  it('lets a caller ask ahead and never await a failed answer, without an unhandled rejection', async () => {
    calls = new WorkerCalls<Echo>(module);
    void calls.call('fail', 'asked ahead, never awaited');
    expect(await calls.call('echo', 'after')).toBe('after');
    // (Vitest fails the run on an unhandled rejection; give it the turns to see one.)
    await new Promise((r) => setTimeout(r, 50));
  });

  it('fails the calls pending when the worker dies, and starts a new one for the next call', async () => {
    calls = new WorkerCalls<Echo>(module);
    const pending = calls.call('later', 5_000);
    await expect(calls.call('crash', 3)).rejects.toThrow(/exit code 3/);
    await expect(pending).rejects.toThrow(/exit code 3/);
    expect(calls.running).toBe(false);
    expect(await calls.call('echo', 1)).toBe(1);
    expect(calls.running).toBe(true);
  });

  it('ends an idle worker after its idle time, and not while a call is pending', async () => {
    calls = new WorkerCalls<Echo>(module, 100);
    expect(await calls.call('later', 300)).toBe(300);
    expect(calls.running).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(calls.running).toBe(false);
  });

  it('does not keep a process alive once its calls are answered', async () => {
    const script = new URL('../support/threads/one-call.ts', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { timeout: 20_000 });
    expect(stdout.trim()).toBe('answered');
  });
});
