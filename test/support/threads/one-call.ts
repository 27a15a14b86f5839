// Makes one call to a worker thread and neither waits for its end nor closes
// it: the process must still exit by itself (the CLI relies on it).
import { WorkerCalls } from '../../../src/threads/calls.js';

const calls = new WorkerCalls<{ echo: (x: string) => string }>(new URL('./echo-thread.ts', import.meta.url));
console.log(await calls.call('echo', 'answered'));
