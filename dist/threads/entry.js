// @ts-check
// The entry of a worker thread that runs a TypeScript module: it registers the
// TypeScript loader in this thread (a worker does not inherit one registered
// by bin/waymark.js or by a test runner), then loads workerData.module, which
// answers the main thread's calls (see calls.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
