// Receiving an uploaded extract: streamed to a temporary file, its type
// checked as it goes (by extension, then by content), its size capped. The
// upload page (a multipart form) and the API (a multipart body, or the file
// itself as text/csv or the XLSX type) both save uploads here.
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';

/** An uploaded file as saveUpload reads it: a multipart file part, or a request body. */
export interface UploadPart {
  filename?: string;
  file: Readable & { truncated?: boolean };
}

/** An upload the page refuses, with the message the user sees. */
export class UploadRejected extends Error {}

export interface SavedUpload {
  path: string;
  fileName: string;
  bytes: number;
}

/** A file name fit to record and show: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(-200) || 'upload';
}

/**
 * Streams the file part to a temporary file, checking its type as it goes:
 * by extension, then by content (an XLSX file is a zip, which starts
 * "PK\x03\x04"; a CSV file must be UTF-8 text). Throws UploadRejected.
 */
export async function saveUpload(part: UploadPart, limitBytes: number, pathFor: (extension: string) => string): Promise<SavedUpload> {
  const fileName = cleanFileName(part.filename ?? '');
  const ext = path.extname(fileName).toLowerCase();
  if (!part.filename) {
    part.file.resume();
    throw new UploadRejected('Select a CSV or XLSX file to import');
  }
  if (ext !== '.csv' && ext !== '.xlsx') {
    part.file.resume();
    throw new UploadRejected(`${fileName} is not a CSV or XLSX file. The file must end in .csv or .xlsx`);
  }
  const target = pathFor(ext);
  let bytes = 0;
  let head = Buffer.alloc(0);
  const decoder = new StringDecoder('utf8');
  const check = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      // A body sent whole (not a multipart part, which the parser caps) is capped here.
      if (bytes > limitBytes) return cb(new UploadRejected(`${fileName} is larger than ${Math.round(limitBytes / 1024 / 1024)} MB, the largest file this service accepts`));
      if (head.length < 4) head = Buffer.concat([head, chunk.subarray(0, 4 - head.length)]);
      if (ext === '.xlsx') {
        if (head.length >= 4 && !head.equals(Buffer.from('PK\x03\x04', 'latin1'))) {
          return cb(new UploadRejected(`${fileName} is not an Excel workbook: its content is not XLSX. Save it from Excel as .xlsx, or as CSV (UTF-8)`));
        }
      } else if (!isUtf8Text(decoder, chunk)) {
        return cb(new UploadRejected(`${fileName} is not UTF-8 text, so it is not a CSV file Waymark can read. Save it as "CSV UTF-8"`));
      }
      cb(null, chunk);
    },
    flush(cb) {
      if (ext === '.xlsx' && head.length < 4) return cb(new UploadRejected(`${fileName} is not an Excel workbook: its content is not XLSX`));
      if (ext === '.csv' && decoder.end().includes('\uFFFD')) return cb(new UploadRejected(`${fileName} is not UTF-8 text, so it is not a CSV file Waymark can read. Save it as "CSV UTF-8"`));
      cb();
    },
  });
  const out = fs.createWriteStream(target, { mode: 0o600 });
  try {
    await pipeline(part.file, check, out);
    if (part.file.truncated) throw new UploadRejected(`${fileName} is larger than ${Math.round(limitBytes / 1024 / 1024)} MB, the largest file this service accepts`);
    if (bytes === 0) throw new UploadRejected(`${fileName} is empty`);
  } catch (e) {
    // The file is opened asynchronously: remove it only once the stream has closed.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    fs.rmSync(target, { force: true });
    part.file.resume();
    if ((e as any)?.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new UploadRejected(`${fileName} is larger than ${Math.round(limitBytes / 1024 / 1024)} MB, the largest file this service accepts`);
    }
    throw e;
  }
  return { path: target, fileName, bytes };
}

/** UTF-8 text: decodes without replacement characters and has no NUL bytes (which binary files have). */
function isUtf8Text(decoder: StringDecoder, chunk: Buffer): boolean {
  if (chunk.includes(0)) return false;
  const text = decoder.write(chunk);
  // A real U+FFFD in the file is encoded as EF BF BD; count those to tell them from decoding failures.
  const decodedReplacements = (text.match(/\uFFFD/g) ?? []).length;
  if (decodedReplacements === 0) return true;
  let literal = 0;
  for (let i = chunk.indexOf(0xef); i !== -1 && i + 2 < chunk.length; i = chunk.indexOf(0xef, i + 1)) {
    if (chunk[i + 1] === 0xbf && chunk[i + 2] === 0xbd) literal++;
  }
  return decodedReplacements <= literal;
}

