// @ts-check
// The entry of a worker thread that runs a module answering the main thread's
// calls (see calls.ts). When that module is TypeScript (the sources, run by a
// test runner or through tsx) it first registers the TypeScript loader in this
// thread, since a worker does not inherit one; the build bin/waymark.js runs
// (scripts/build.mjs) is plain JavaScript and needs none.
import { workerData } from 'node:worker_threads';

if (String(workerData.module).endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
