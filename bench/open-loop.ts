// Two ways to ask a server for one address that measure the page rather than
// the queue in front of it:
//   sequential  one request at a time, warm: the server's own time for each
//               (its Server-Timing header) and the client's;
//   open loop   requests started on a fixed schedule whatever happened to the
//               earlier ones (a real population of users does not wait for
//               each other), each timed from its scheduled start, so that a
//               server falling behind shows as latency, not as fewer requests.
import http from 'node:http';
import { percentile } from './stats.js';

export interface Answer {
  status: number;
  /** Milliseconds from the request's start to the last byte of the answer. */
  ms: number;
  /** The server's own time (Server-Timing app;dur=…), when it says. */
  serverMs: number | null;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One GET, read to the end. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        const timing = /app;dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''));
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, serverMs: timing ? Number(timing[1]) : null });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

export interface Sequential {
  requests: number;
  /** Medians, in milliseconds. */
  server: number;
  client: number;
  serverP95: number;
}

/** `n` requests one after another (after `warm` unmeasured ones); fails on any answer but 200. */
export async function sequential(url: string, opts: { n: number; warm: number; headers?: Record<string, string> }): Promise<Sequential> {
  const server: number[] = [];
  const client: number[] = [];
  for (let i = 0; i < opts.warm + opts.n; i++) {
    const a = await get(url, opts.headers);
    if (a.status !== 200) throw new Error(`${url} answered ${a.status}, not 200`);
    if (a.serverMs === null) throw new Error(`${url} gave no Server-Timing header`);
    if (i >= opts.warm) {
      server.push(a.serverMs);
      client.push(a.ms);
    }
  }
  return { requests: opts.n, server: percentile(server, 50), client: percentile(client, 50), serverP95: percentile(server, 95) };
}

export interface OpenLoop {
  /** Requests started (rate × seconds). */
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers other than 200, and requests that failed. */
  failures: number;
  /** How late the load generator itself started requests (its own p95, ms): a check that the schedule held. */
  startLagP95: number;
}

/**
 * Starts a request every 1000/rate ms for `seconds`, without waiting for
 * earlier ones; each latency runs from the scheduled start to the answer's last byte.
 */
export async function openLoop(url: string, opts: { rate: number; seconds: number; headers?: Record<string, string> }): Promise<OpenLoop> {
  const total = Math.round(opts.rate * opts.seconds);
  const every = 1000 / opts.rate;
  const start = performance.now() + 20;
  const latencies: number[] = [];
  const lags: number[] = [];
  let failures = 0;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * every;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lags.push(Math.max(0, performance.now() - due));
    inFlight.push(
      get(url, opts.headers).then(
        (a) => {
          latencies.push(performance.now() - due);
          if (a.status !== 200) failures++;
        },
        () => {
          latencies.push(performance.now() - due);
          failures++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return {
    requests: total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    failures,
    startLagP95: percentile(lags, 95),
  };
}
