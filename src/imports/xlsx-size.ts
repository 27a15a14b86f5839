// An XLSX file is a zip: before a parser inflates it, its entries' sizes are
// read from the zip's central directory and then inflated once, counting bytes,
// so that a small upload that would expand to gigabytes (a zip bomb) is refused
// with its name and the limit, and a zip whose stated sizes lie is refused too.
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { InvalidInputError } from '../errors.js';
import { centralDirectory, dataStart, notZip, unzipped, type ZipEntry } from './zip.js';

function tooLarge(file: string, limit: number, what: string): InvalidInputError {
  const mb = Math.round(limit / 1024 / 1024);
  return new InvalidInputError(
    `${file} ${what} more than ${mb} MB when unzipped, the limit for an XLSX file (WAYMARK_XLSX_EXPANDED_LIMIT_MB). Save it as CSV, or split it.`,
  );
}

/** Inflates one entry, counting its bytes; stops as soon as the total passes the limit. */
async function inflatedSize(h: fs.FileHandle, path: string, entry: ZipEntry, budget: number, file: string): Promise<number> {
  const start = await dataStart(h, entry, file);
  if (entry.compressedSize === 0) return 0;
  if (entry.method === 0) return entry.compressedSize;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  let total = 0;
  try {
    for await (const chunk of unzipped(raw, entry, file)) {
      total += chunk.length;
      if (total > budget) break;
    }
  } finally {
    raw.destroy();
  }
  return total;
}

/**
 * Refuses an XLSX file that would expand past `limit` bytes: first by the
 * sizes its zip directory states, then by inflating each entry (the stated
 * sizes can lie). `file` names it in the message.
 */
export async function checkXlsxExpandedSize(path: string, file: string, limit: number): Promise<void> {
  const h = await fs.open(path, 'r');
  try {
    const { size: fileSize } = await h.stat();
    const entries = await centralDirectory(h, fileSize, file);
    const stated = entries.reduce((s, e) => s + e.size, 0);
    if (stated > limit) throw tooLarge(file, limit, 'would expand to');
    let total = 0;
    for (const entry of entries) {
      const n = await inflatedSize(h, path, entry, limit - total, file);
      total += n;
      if (total > limit) throw tooLarge(file, limit, 'expands to');
      if (n > entry.size) throw notZip(file, 'its zip directory understates the size of an entry');
    }
  } finally {
    await h.close();
  }
}
