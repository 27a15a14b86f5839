// A chunk of COPY text filled row by row, for the imports' pipelined COPYs.

/**
 * One chunk of COPY text being filled, as UTF-8 bytes: each line is written
 * into one buffer as it is made, so it is garbage at once, instead of
 * thousands of lines living until the chunk is joined (which cost the
 * collector as much as checking the rows).
 *
 * A sorting chunk ({ sorted: true }) gives its lines back sorted by a number
 * given with each (stable: lines of equal keys keep their order). The direct
 * import sorts each chunk by person and date, the order of the outcomes
 * index, so the index takes each chunk's entries a page at a time rather
 * than one page per row (in PGlite, half the cost of the COPY). Only the
 * lines' places are sorted; the bytes are written as they come.
 */
export class ChunkWriter {
  private buf: Buffer;
  private used = 0;
  /** Where each line starts, and its key (sorting chunks only). */
  private starts: Float64Array | null = null;
  private keys: Float64Array | null = null;
  private n = 0;

  constructor(size: number, opts: { sorted?: boolean } = {}) {
    this.buf = Buffer.allocUnsafeSlow(size);
    if (opts.sorted) {
      this.starts = new Float64Array(1024);
      this.keys = new Float64Array(1024);
    }
  }

  /** Whether a line and its line end surely fit (a UTF-16 unit is at most 3 bytes of UTF-8). */
  fits(line: string): boolean {
    return this.used === 0 || this.used + line.length * 3 + 1 <= this.buf.length;
  }

  /** Adds a line; a sorting chunk needs its key. */
  add(line: string, key?: number): void {
    if (this.used + line.length * 3 + 1 > this.buf.length) this.buf = Buffer.concat([this.buf.subarray(0, this.used)], this.used + line.length * 3 + 1);
    if (this.starts) {
      if (key === undefined) throw new Error('A sorting chunk needs a key with each line.');
      this.place(key);
    }
    this.used += this.buf.write(line, this.used, 'utf8');
    this.buf[this.used++] = 10;
  }

  private place(key: number): void {
    if (this.n === this.starts!.length) {
      const starts = new Float64Array(this.n * 2);
      starts.set(this.starts!);
      this.starts = starts;
      const keys = new Float64Array(this.n * 2);
      keys.set(this.keys!);
      this.keys = keys;
    }
    this.starts![this.n] = this.used;
    this.keys![this.n++] = key;
  }

  /** The chunk's bytes (sorted, for a sorting chunk) in a buffer of their own (the next chunk reuses this one), or null when empty. */
  take(): Uint8Array | null {
    if (this.used === 0) return null;
    let bytes: Uint8Array;
    if (this.starts) bytes = this.sortedBytes();
    else {
      bytes = new Uint8Array(this.used);
      bytes.set(this.buf.subarray(0, this.used));
    }
    this.used = 0;
    this.n = 0;
    return bytes;
  }

  private sortedBytes(): Uint8Array {
    const { n, used } = this;
    const keys = this.keys!;
    const starts = this.starts!;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    // (Typed-array sort is not stable: ties go by position.)
    const sorted = Array.from(order).sort((a, b) => keys[a]! - keys[b]! || a - b);
    const bytes = new Uint8Array(used);
    let at = 0;
    for (const i of sorted) {
      const start = starts[i]!;
      const end = i + 1 < n ? starts[i + 1]! : used;
      bytes.set(this.buf.subarray(start, end), at);
      at += end - start;
    }
    return bytes;
  }
}
