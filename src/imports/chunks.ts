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
    const starts = this.starts!;
    const order = stableOrder(this.keys!, n);
    const bytes = new Uint8Array(used);
    let at = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const start = starts[i]!;
      const end = i + 1 < n ? starts[i + 1]! : used;
      bytes.set(this.buf.subarray(start, end), at);
      at += end - start;
    }
    return bytes;
  }
}

/**
 * The places 0..n-1 in the order of keys[0..n-1], rising; equal keys keep
 * their order (a merge sort of runs, on typed arrays: Array's sort with a
 * comparator took three times as long, and a typed array's own sort is not
 * stable).
 */
export function stableOrder(keys: Float64Array, n: number): Uint32Array {
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  // Runs of 16 by insertion, then merges of doubling width.
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo; i < hi; i++) {
      const k = keys[i]!;
      let j = i - 1;
      while (j >= lo && keys[from[j]!]! > k) {
        from[j + 1] = from[j]!;
        j--;
      }
      from[j + 1] = i;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let o = lo;
      while (a < mid && b < hi) to[o++] = keys[from[b]!]! < keys[from[a]!]! ? from[b++]! : from[a++]!;
      while (a < mid) to[o++] = from[a++]!;
      while (b < hi) to[o++] = from[b++]!;
    }
    const t = from;
    from = to;
    to = t;
  }
  return from;
}
