// Load with autocannon, keeping every response time so p95 is exact
// (autocannon's own summary stops at p90 and p97.5).
import autocannon from 'autocannon';
import { percentile } from './stats.js';

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requests: number;
  perSecond: number;
  non2xx: number;
  errors: number;
}

export async function load(url: string, opts: { connections: number; seconds: number; cookie?: string }): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({ url, connections: opts.connections, duration: opts.seconds, headers: opts.cookie ? { cookie: opts.cookie } : {} });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const r = await instance;
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: Math.max(...times),
    requests: times.length,
    perSecond: times.length / opts.seconds,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Sequential probes of one address every `everyMs`, for `seconds`; returns the latencies. */
export async function probe(url: string, seconds: number, everyMs = 20): Promise<number[]> {
  const out: number[] = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const t0 = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return out;
}
