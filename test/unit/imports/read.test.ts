// openSource splits each piece of a CSV stream a part at a time: the rows must
// be those of the whole text, whatever lies across the parts' edges.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvSplitter } from '../../../src/imports/csv.js';
import { openSource, utf8Pieces, type SourceRow } from '../../../src/imports/read.js';

async function viaSource(text: string, pieceChars: number): Promise<SourceRow[]> {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += pieceChars) pieces.push(text.slice(at, at + pieceChars));
  const src = await openSource(Readable.from(pieces.map((p) => Buffer.from(p))), 'csv');
  const rows: SourceRow[] = [{ rowNo: src.headerRowNo, cells: src.header }];
  for await (const batch of src.batches) rows.push(...batch);
  return rows;
}

describe('openSource (CSV)', () => {
  it('reads pieces larger than a part as the whole text, records across the edges too, without blank rows', async () => {
    const lines = ['person_ref,note,n'];
    for (let i = 0; i < 9000; i++) {
      lines.push(i % 11 === 0 ? '\u00A0,\u3000,' : i % 13 === 0 ? ',P,' : i % 7 === 0 ? `P${i},"a ""quoted"", long\nvalue ${'x'.repeat(i % 50)}",${i}` : i % 5 === 0 ? ' , ,' : `P${i},"",${'y'.repeat(i % 40)}`);
    }
    const text = lines.join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(3 * 64 * 1024);
    const whole = new CsvSplitter();
    const want = [...whole.push(text), ...whole.end()].filter((r) => r.cells.some((c) => c.trim() !== ''));
    for (const pieceChars of [1 << 20, 100_000, 65_536, 4_099]) expect(await viaSource(text, pieceChars)).toEqual(want);
  });
});

describe('utf8Pieces', () => {
  /** What openSource read before: the stream's own decoder (setEncoding('utf8')). */
  async function viaStream(chunks: Uint8Array[]): Promise<string> {
    const stream = Readable.from(chunks.map((c) => Buffer.from(c)), { objectMode: false });
    stream.setEncoding('utf8');
    let text = '';
    for await (const piece of stream) text += piece as string;
    return text;
  }

  it('reads any bytes, however cut, as the stream decoder did: characters across cuts, bad bytes, a byte order mark', async () => {
    const byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0xef, 0xbb, 0xbf, 0xc2, 0xa3, 0xe2, 0x9c, 0x93, 0xf0, 0x9d, 0x94, 0x85, 0x80, 0xff, 0xc0, 0xed, 0xa0, 0x0a, 0x0d),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(byte, { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 5 }), async (bytes, cuts) => {
        const all = Uint8Array.from(bytes);
        const edges = [...new Set([0, ...cuts.map((c) => Math.min(c, all.length)), all.length])].sort((a, b) => a - b);
        const chunks = edges.slice(1).map((to, i) => all.subarray(edges[i], to));
        let text = '';
        for await (const piece of utf8Pieces(Readable.from(chunks.map((c) => Buffer.from(c))))) text += piece;
        expect(text).toEqual(await viaStream(chunks));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('keeps a byte order mark and a character cut across chunks, and ends a cut-off character with U+FFFD', async () => {
    const read = async (...chunks: number[][]) => {
      let text = '';
      for await (const piece of utf8Pieces(Readable.from(chunks.map((c) => Buffer.from(c))))) text += piece;
      return text;
    };
    expect(await read([0xef, 0xbb], [0xbf, 0x61, 0xc2], [0xa3, 0x0a])).toBe('\uFEFFa£\n');
    expect(await read([0x61, 0xe2, 0x9c])).toBe('a\uFFFD');
  });
});
