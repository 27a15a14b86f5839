// SPEC 6: the embedded server stays under 1 GB RSS. The load is 20 users on
// person pages plus the raw scoring aggregate in the server process; the peak
// (VmHWM) covers the database worker thread too. A big import's memory is
// measured on its own, in the import process (import-peak-rss).
// Baseline: the server's RSS just after it opened the data folder.
import type { Benchmark } from './types.js';
import { benchCookie, startServer } from './server.js';
import { load } from './load.js';
import { round } from './stats.js';

const BAR_MB = 1024;

export const embeddedRss: Benchmark = {
  name: 'embedded-server-peak-rss',
  engines: ['pglite'],
  describes: 'embedded server under 1 GB RSS under person-page load and scoring (imports: import-peak-rss)',
  async run({ data, log }) {
    const cookie = await benchCookie(data);
    const server = await startServer(data);
    try {
      const heavy = server.request({ cmd: 'heavy', ms: 8_000, partnershipId: data.partnershipId }, 'heavy-done');
      await load(`${server.url}/people/${data.personId}`, { connections: 20, seconds: 8, cookie });
      await heavy;
      const m = await server.request<{ rssMb: number; peakMb: number }>({ cmd: 'memory' }, 'memory');
      log(`  RSS at start ${round(server.idle.rssMb)} MB, peak ${round(m.peakMb)} MB`);
      return {
        name: this.name,
        engine: data.engine,
        value: round(m.peakMb),
        unit: 'MB',
        bar: `< ${BAR_MB} MB`,
        baseline: round(server.idle.rssMb),
        ratio: round(m.peakMb / server.idle.rssMb, 2),
        pass: m.peakMb < BAR_MB,
        note: 'during person-page load and scoring; an import\'s peak is import-peak-rss',
      };
    } finally {
      await server.stop();
    }
  },
};
