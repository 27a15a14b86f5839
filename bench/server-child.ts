// A Waymark web server in its own process, as in production, for the load
// benchmarks. The parent talks to it over IPC: run selection runs (or the raw
// aggregate, for the memory benchmark) for a while
// (stored, as the web form does, on the server's own database), or report this
// process's memory.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { loadAuditKey } from '../src/access/audit-key.js';
import { buildApp } from '../src/web/app.js';
import { heavyAggregate } from './baselines.js';
import { timedSelectionRun } from './selection.js';

const config = { ...loadConfig(), secureCookies: false };
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, plugins: [loadAuditKey({ file: config.auditKeyFile, production: config.production }).key] });
const app = await buildApp({ database, config });
await app.listen({ port: 0, host: '127.0.0.1' });

function memory(): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

process.on('message', async (msg: any) => {
  if (msg.cmd === 'heavy') {
    const end = Date.now() + msg.ms;
    let runs = 0;
    const t0 = Date.now();
    while (Date.now() < end) {
      await heavyAggregate(database.db, msg.partnershipId);
      runs++;
    }
    process.send!({ cmd: 'heavy-done', runs, seconds: (Date.now() - t0) / 1000 });
  } else if (msg.cmd === 'select') {
    const end = Date.now() + msg.ms;
    const seconds: number[] = [];
    // As the web form runs it (src/web/routes/selection.ts): stored, and read back a page at a time.
    while (Date.now() < end) seconds.push((await timedSelectionRun(database.db, msg.partnershipId, { results: false })).seconds);
    process.send!({ cmd: 'select-done', runs: seconds.length, seconds });
  } else if (msg.cmd === 'memory') {
    process.send!({ cmd: 'memory', ...memory() });
  } else if (msg.cmd === 'stop') {
    await app.close();
    // As the serve command does (src/web/server.ts): load clients may leave mid-request.
    await app.handlersSettled(8000);
    await database.close();
    process.exit(0);
  }
});
process.send!({ cmd: 'ready', port: (app.server.address() as AddressInfo).port, ...memory() });
