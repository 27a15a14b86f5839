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
];
