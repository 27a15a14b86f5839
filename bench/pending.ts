// SPEC 6 figures whose features are being built by others. Each entry says what
// to plug in; `npm run bench` lists them as not yet available until then.
// To wire one: write bench/<name>.ts exporting a Benchmark (see person-page.ts
// for the shape) and replace its pending() entry in registry.ts.
import fs from 'node:fs';
import type { Benchmark, Engine } from './types.js';

function pending(name: string, describes: string, engines: Engine[], feature: string, plugIn: string): Benchmark {
  return {
    name,
    engines,
    describes,
    async unavailable() {
      const exists = fs.existsSync(new URL(`../${feature}`, import.meta.url));
      return exists ? `${feature} exists now: wire it up (${plugIn})` : `waits for ${feature} (${plugIn})`;
    },
    async run() {
      throw new Error(`${name} is not wired yet`);
    },
  };
}

export const pendingBenchmarks: Benchmark[] = [
  pending('import-outcomes-throughput', 'outcome import ≥ 100,000 rows/s (PostgreSQL), ≤ 2× bare COPY', ['pglite', 'postgres'], 'src/imports', 'time the outcomes import of outcomeRowsCsv() from bare-copy.ts; ratio = import time ÷ bare COPY time'),
  pending('import-peak-rss', 'embedded server < 1 GB RSS during a 4-million-row import', ['pglite'], 'src/imports', 'run the import in server-child.ts through IPC and read VmHWM as embedded-rss.ts does'),
  pending('ni30-ni38-ogrs3-3000', 'NI30, NI38 and OGRS3 for a 3,000-person cohort ≤ 1 s', ['pglite', 'postgres'], 'src/performance/ni30.ts', 'time each measure over a 3,000-person cohort of the bench data'),
];
