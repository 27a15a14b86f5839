// An XLSX file is a zip: before a parser inflates it, its entries' sizes are
// read from the zip's central directory and then inflated once, counting bytes,
// so that a small upload that would expand to gigabytes (a zip bomb) is refused
// with its name and the limit, and a zip whose stated sizes lie is refused too.
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import zlib from 'node:zlib';
import { InvalidInputError } from '../errors.js';

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function notZip(file: string, why: string): InvalidInputError {
  // The message names the file itself (the web's import record keeps only the message), so no location is added.
  return new InvalidInputError(`${file} is not a readable XLSX file: ${why}.`);
}

function tooLarge(file: string, limit: number, what: string): InvalidInputError {
  const mb = Math.round(limit / 1024 / 1024);
  return new InvalidInputError(
    `${file} ${what} more than ${mb} MB when unzipped, the limit for an XLSX file (WAYMARK_XLSX_EXPANDED_LIMIT_MB). Save it as CSV, or split it.`,
  );
}

async function readAt(h: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await h.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The entries listed in the zip's central directory (ZIP64 included). */
async function centralDirectory(h: fs.FileHandle, fileSize: number, file: string): Promise<ZipEntry[]> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(h, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw notZip(file, 'it has no zip directory');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR) throw notZip(file, 'its ZIP64 directory is missing');
    const z = await readAt(h, Number(tail.readBigUInt64LE(at - 20 + 8)), 56);
    if (z.length < 56 || z.readUInt32LE(0) !== ZIP64_EOCD) throw notZip(file, 'its ZIP64 directory is damaged');
    count = Number(z.readBigUInt64LE(32));
    cdSize = Number(z.readBigUInt64LE(40));
    cdOffset = Number(z.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > fileSize) throw notZip(file, 'its zip directory points past the end of the file');
  const cd = await readAt(h, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw notZip(file, 'its zip directory is damaged');
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    let localOffset = cd.readUInt32LE(p + 42);
    // ZIP64 sizes live in an extra field, in this order, for each 32-bit field that is all ones.
    let e = p + 46 + nameLength;
    const end = e + extraLength;
    while (e + 4 <= end) {
      const id = cd.readUInt16LE(e);
      const len = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === MAX32) (size = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (compressedSize === MAX32) (compressedSize = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (localOffset === MAX32) localOffset = Number(cd.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    entries.push({ method: cd.readUInt16LE(p + 10), compressedSize, size, localOffset });
    p = end + commentLength;
  }
  return entries;
}

/** Inflates one entry, counting its bytes; stops as soon as the total passes the limit. */
async function inflatedSize(h: fs.FileHandle, path: string, entry: ZipEntry, budget: number, file: string): Promise<number> {
  const local = await readAt(h, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw notZip(file, 'an entry of its zip directory points to nothing');
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.compressedSize === 0) return 0;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) return entry.compressedSize;
  if (entry.method !== 8) throw notZip(file, `it uses a zip compression method (${entry.method}) other than deflate`);
  const inflate = zlib.createInflateRaw();
  let total = 0;
  try {
    for await (const chunk of raw.pipe(inflate) as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > budget) break;
    }
  } catch {
    throw notZip(file, 'an entry does not unzip');
  } finally {
    raw.destroy();
    inflate.destroy();
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
