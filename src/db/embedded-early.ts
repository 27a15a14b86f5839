// The embedded database started early: a command that will open it starts
// PGlite (about a second of loading and opening the data folder, in its worker
// thread) while the main thread is still loading the command's modules (about
// another second), instead of after. openDatabase takes it when it opens the
// same data folder. The lock is taken first, as openDatabase takes it, so the
// folder still has one owner; when it cannot be taken, nothing starts early and
// openDatabase says why as it always has.
import { lockDataFolder } from './lock.js';
import { PgliteWorker } from './pglite-driver.js';

interface Early {
  dataDir: string;
  worker: PgliteWorker;
  release: () => void;
}

let early: Early | null = null;

/** Starts the embedded database on `dataDir` now, for a command that will open it (once per process). */
export function startEmbeddedEarly(dataDir: string): void {
  if (early) return;
  let release: () => void;
  try {
    release = lockDataFolder(dataDir);
  } catch {
    return;
  }
  const worker = new PgliteWorker({ dataDir });
  // Until a command takes it, it does not keep the process alive.
  worker.hold(false);
  // A failure to start is openDatabase's to report, when it takes the worker.
  worker.ready.catch(() => undefined);
  early = { dataDir, worker, release };
  // Not taken by the time the command is done (it did not need the
  // database after all): closed properly, not cut off as the process ends.
  process.once('beforeExit', () => void closeEmbeddedEarly());
}

/** The database started early on `dataDir`, with its lock's release, for openDatabase; null when none was. */
export function takeEmbeddedEarly(dataDir: string): { worker: PgliteWorker; release: () => void } | null {
  if (!early || early.dataDir !== dataDir) return null;
  const taken = early;
  early = null;
  taken.worker.hold(true);
  return taken;
}

/**
 * Closes the database started early if no command took it, and releases its
 * lock: before a process that failed early exits, so PGlite is not cut off
 * part-way through opening the folder.
 */
export async function closeEmbeddedEarly(): Promise<void> {
  if (!early) return;
  const { worker, release } = early;
  early = null;
  worker.hold(true);
  // An open that never finishes is not waited on for ever: the command has ended.
  let timer: NodeJS.Timeout | undefined;
  const opened = await Promise.race([
    worker.ready.then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CLOSE_WAIT_MS))),
  ]);
  clearTimeout(timer);
  if (opened) await worker.close();
  else await worker.stop();
  release();
}

/** How long a command that never used the database waits for it to finish opening before stopping it. */
const CLOSE_WAIT_MS = 15_000;
