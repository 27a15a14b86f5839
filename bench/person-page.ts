// SPEC 6: a person page with 500 events, p95 ≤ 100 ms with 20 concurrent users,
// against a running server; baseline: a static asset under the same load.
import type { Benchmark } from './types.js';
import { benchCookie, startServer } from './server.js';
import { load } from './load.js';
import { round } from './stats.js';

const BAR_MS = 100;

export const personPage: Benchmark = {
  name: 'person-page-p95',
  engines: ['pglite', 'postgres'],
  describes: 'person page with 500 events, 20 concurrent users: p95 ≤ 100 ms',
  async run({ data, log }) {
    const cookie = await benchCookie(data);
    const server = await startServer(data);
    try {
      const url = `${server.url}/people/${data.personId}`;
      const check = await fetch(url, { headers: { cookie }, redirect: 'manual' });
      if (check.status !== 200) throw new Error(`the person page answered ${check.status}, not 200`);
      await load(url, { connections: 4, seconds: 2, cookie }); // warm up
      const page = await load(url, { connections: 20, seconds: 10, cookie });
      log(`  person page: ${page.requests} requests, p50 ${round(page.p50)} ms, p95 ${round(page.p95)} ms, max ${round(page.max)} ms`);
      const asset = await load(`${server.url}/assets/application.css`, { connections: 20, seconds: 5 });
      log(`  static asset: p95 ${round(asset.p95)} ms`);
      const ok = page.non2xx === 0 && page.errors === 0;
      return {
        name: this.name,
        engine: data.engine,
        value: round(page.p95),
        unit: 'ms',
        bar: `≤ ${BAR_MS} ms`,
        baseline: round(asset.p95),
        ratio: asset.p95 > 0 ? round(page.p95 / asset.p95, 2) : null,
        pass: ok && page.p95 <= BAR_MS,
        note: `${round(page.perSecond)} pages/s${ok ? '' : `; ${page.non2xx} non-2xx, ${page.errors} errors`}`,
      };
    } finally {
      await server.stop();
    }
  },
};
