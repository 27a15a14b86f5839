// openSource splits each piece of a CSV stream a part at a time: the rows must
// be those of the whole text, whatever lies across the parts' edges.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvSplitter } from '../../../src/imports/csv.js';
import { openSource, type SourceRow } from '../../../src/imports/read.js';

async function viaSource(text: string, pieceChars: number): Promise<SourceRow[]> {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += pieceChars) pieces.push(text.slice(at, at + pieceChars));
  const src = await openSource(Readable.from(pieces.map((p) => Buffer.from(p))), 'csv');
  const rows: SourceRow[] = [{ rowNo: src.headerRowNo, cells: src.header }];
  for await (const batch of src.batches) rows.push(...batch);
  return rows;
}

describe('openSource (CSV)', () => {
  it('reads pieces larger than a part as the whole text, records across the edges too', async () => {
    const lines = ['person_ref,note,n'];
    for (let i = 0; i < 9000; i++) {
      lines.push(i % 7 === 0 ? `P${i},"a ""quoted"", long\nvalue ${'x'.repeat(i % 50)}",${i}` : i % 5 === 0 ? ' , ,' : `P${i},"",${'y'.repeat(i % 40)}`);
    }
    const text = lines.join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(3 * 64 * 1024);
    const whole = new CsvSplitter();
    const want = [...whole.push(text), ...whole.end()].filter((r) => r.cells.some((c) => c.trim() !== ''));
    for (const pieceChars of [1 << 20, 100_000, 65_536, 4_099]) expect(await viaSource(text, pieceChars)).toEqual(want);
  });
});
