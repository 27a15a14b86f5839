// Starts bench/server-child.ts on a data set and signs the bench user in.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { BenchData } from './types.js';
import { createSession } from '../src/access/sessions.js';
import { SESSION_COOKIE } from '../src/web/session-cookie.js';

export interface BenchServer {
  url: string;
  child: ChildProcess;
  idle: { rssMb: number; peakMb: number };
  request<T = any>(msg: Record<string, unknown>, reply: string): Promise<T>;
  stop(): Promise<void>;
}

/** A session cookie for the bench user (the embedded database must not be open elsewhere). */
export async function benchCookie(data: BenchData): Promise<string> {
  const database = await data.open();
  try {
    const user = await database.db.selectFrom('users').select('id').where('username', '=', data.username).executeTakeFirstOrThrow();
    return `${SESSION_COOKIE}=${await createSession(database.db, user.id, 2)}`;
  } finally {
    await database.close();
  }
}

export async function startServer(data: BenchData): Promise<BenchServer> {
  const child = fork(new URL('./server-child.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...data.env, NODE_ENV: 'development' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(([code]) => Promise.reject(new Error(`the benchmark server exited (${code})`)))])) as [any];
  const request = async (msg: Record<string, unknown>, reply: string) => {
    child.send(msg);
    for (;;) {
      const [m] = (await once(child, 'message')) as [any];
      if (m.cmd === reply) return m;
    }
  };
  return {
    url: `http://127.0.0.1:${ready.port}`,
    child,
    idle: { rssMb: ready.rssMb, peakMb: ready.peakMb },
    request,
    async stop() {
      child.send({ cmd: 'stop' });
      await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
