// A real `waymark serve` as a child process on a port of its own, for the
// tests of more than one app node against one PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Stops it (SIGTERM) and resolves with its exit code. */
  stop(): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts `waymark serve --port <free port> ...args` and waits until `ready` appears in its output. */
export async function startServe(env: NodeJS.ProcessEnv, args: string[] = [], ready = /Waymark is running at/): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.resolve('bin/waymark.js'), 'serve', '--port', String(port), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`waymark serve did not start in 60 s:\n${out}`)), 60_000);
    const seen = (c: Buffer) => {
      out += c.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`waymark serve exited (${code}) before it was ready:\n${out}`));
    });
  });
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The cookies a response sets, as name → value. */
export function setCookies(res: Response): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    jar[pair!.slice(0, i)] = pair!.slice(i + 1);
  }
  return jar;
}

export const cookieOf = (jar: Record<string, string>) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

/** Signs in through a real server's sign-in form; returns the cookie jar. */
export async function signInOver(base: string, username: string, password: string): Promise<Record<string, string>> {
  const page = await fetch(`${base}/sign-in`);
  const jar = setCookies(page);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const res = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookieOf(jar), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password, _csrf: csrf, returnTo: '/' }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in on ${base} answered ${res.status}`);
  return { ...jar, ...setCookies(res) };
}
