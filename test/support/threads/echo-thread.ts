// A worker module for the WorkerCalls tests (test/integration/threads.test.ts).
import { answerCalls, Transferring } from '../../../src/threads/calls.js';

answerCalls({
  echo: (x: unknown) => x,
  fail: (message: string) => {
    throw new Error(message);
  },
  bytes: (n: number) => {
    const b = new Uint8Array(n).fill(7);
    return new Transferring(b, [b.buffer]);
  },
  later: (ms: number) => new Promise((resolve) => setTimeout(() => resolve(ms), ms)),
  crash: (code: number) => process.exit(code),
});
