// Which 32-bit key hashes a file has shown so far: an open-addressing set in
// one Int32Array (4 to 8 bytes a key), so a force-scale import can ask of
// every row "may this key have come before?" without a JavaScript Set's
// object per entry. A hash shared by two keys answers yes for the second:
// callers treat yes as "maybe" and check. Pure: no I/O.

export class SeenKeys {
  private table = new Int32Array(1 << 16);
  private size = 0;

  /** Adds the hash; whether it was there already. */
  add(hash: number): boolean {
    // 0 marks an empty slot, so the hash 0 is kept as 1 (one more "maybe").
    const h = hash | 0 || 1;
    let mask = this.table.length - 1;
    if (this.size * 2 >= this.table.length) mask = this.grow();
    for (let i = mix(h) & mask; ; i = (i + 1) & mask) {
      const at = this.table[i]!;
      if (at === 0) {
        this.table[i] = h;
        this.size++;
        return false;
      }
      if (at === h) return true;
    }
  }

  private grow(): number {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    const mask = this.table.length - 1;
    for (const h of old) {
      if (h === 0) continue;
      let i = mix(h) & mask;
      while (this.table[i] !== 0) i = (i + 1) & mask;
      this.table[i] = h;
    }
    return mask;
  }
}

/** Spreads a hash's bits over the low ones that pick its slot. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
