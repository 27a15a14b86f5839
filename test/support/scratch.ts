// Temporary folders for a test file, removed with everything in them when the
// file's tests are done (setup-integration.ts), pass or fail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A new folder under the system's temporary folder, whose name starts with `prefix`. */
export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder scratchDir made so far. */
export function removeScratchDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
