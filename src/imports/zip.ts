// The parts of a zip file (an XLSX file is one) that an import reads: the
// central directory at its end, which lists every entry by name with its sizes
// and where it starts, and an entry's bytes, found by that directory rather
// than by reading the file from the front (so the order of the entries, which
// differs from one spreadsheet program to another, does not matter).
import type fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { InvalidInputError } from '../errors.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
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

export function notZip(file: string, why: string): InvalidInputError {
  // The message names the file itself (the web's import record keeps only the message), so no location is added.
  return new InvalidInputError(`${file} is not a readable XLSX file: ${why}.`);
}

export async function readAt(h: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await h.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The entries listed in the zip's central directory (ZIP64 included). */
export async function centralDirectory(h: fs.FileHandle, fileSize: number, file: string): Promise<ZipEntry[]> {
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
    if (p + 46 + nameLength + extraLength + commentLength > cd.length) throw notZip(file, 'its zip directory is damaged');
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    let localOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
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
    entries.push({ name, method: cd.readUInt16LE(p + 10), compressedSize, size, localOffset });
    p = end + commentLength;
  }
  return entries;
}

/** Where an entry's (compressed) bytes start in the file: after its local header. */
export async function dataStart(h: fs.FileHandle, entry: ZipEntry, file: string): Promise<number> {
  const local = await readAt(h, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw notZip(file, 'an entry of its zip directory points to nothing');
  return entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

/** Refuses an entry that is neither stored nor deflated (the only methods XLSX files use). */
function checkMethod(entry: ZipEntry, file: string): void {
  if (entry.method !== 0 && entry.method !== 8) throw notZip(file, `it uses a zip compression method (${entry.method}) other than deflate`);
}

/** Bad compressed data (zlib's errors have codes Z_…) is the file's fault; a failed read of the disk is not. */
function unzipError(e: unknown, entry: ZipEntry, file: string): unknown {
  return typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('Z_') ? notZip(file, `${entry.name} does not unzip`) : e;
}

/** An entry's bytes, unzipped, from its compressed bytes as they come (piped, so with backpressure). */
export async function* unzipped(compressed: AsyncIterable<Buffer>, entry: ZipEntry, file: string): AsyncGenerator<Buffer> {
  checkMethod(entry, file);
  if (entry.method === 0) {
    yield* compressed;
    return;
  }
  const source = Readable.from(compressed, { objectMode: false });
  const inflate = zlib.createInflateRaw();
  source.on('error', (e) => inflate.destroy(e));
  source.pipe(inflate);
  try {
    for await (const out of inflate as AsyncIterable<Buffer>) yield out;
  } catch (e) {
    throw unzipError(e, entry, file);
  } finally {
    source.destroy();
    inflate.destroy();
  }
}

/** A small entry whole (workbook, relationships, styles, shared strings), read by its place in the directory. */
export async function entryBytes(h: fs.FileHandle, entry: ZipEntry, file: string): Promise<Buffer> {
  const start = await dataStart(h, entry, file);
  const compressed = await readAt(h, start, entry.compressedSize);
  checkMethod(entry, file);
  if (entry.method === 0) return compressed;
  try {
    return zlib.inflateRawSync(compressed);
  } catch (e) {
    throw unzipError(e, entry, file);
  }
}
