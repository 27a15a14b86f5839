// The seeded generator: repeatable, seed-sensitive, and its distributions have the right means.
import { describe, expect, it } from 'vitest';
import { Rng, mixSeed, normalCdf, normalQuantile } from '../../../src/demo/random.js';

describe('Rng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(sa);
  });

  it('draws uniforms in [0, 1) with mean 1/2, and the usual means for its distributions', () => {
    const r = new Rng(mixSeed(7, 1));
    const n = 200_000;
    let u = 0;
    let min = 1;
    let max = 0;
    let norm = 0;
    let norm2 = 0;
    let pois = 0;
    let expo = 0;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      u += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
      const z = r.normal();
      norm += z;
      norm2 += z * z;
      pois += r.poisson(2.5);
      expo += r.exponential(3);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(u / n).toBeCloseTo(0.5, 2);
    expect(norm / n).toBeCloseTo(0, 1);
    expect(norm2 / n).toBeCloseTo(1, 1);
    expect(pois / n).toBeCloseTo(2.5, 1);
    expect(expo / n).toBeCloseTo(3, 1);
  });

  it('picks weighted indices in proportion to the weights', () => {
    const r = new Rng(3);
    const hits = [0, 0, 0];
    for (let i = 0; i < 100_000; i++) hits[r.weighted([1, 2, 7])]!++;
    expect(hits[0]! / 100_000).toBeCloseTo(0.1, 1);
    expect(hits[2]! / 100_000).toBeCloseTo(0.7, 1);
  });

  it('spreads nearby seeds: mixSeed(s, i) differs for neighbouring indices', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mixSeed(2009, i)));
    expect(seeds.size).toBe(10_000);
  });
});

describe('normal quantile', () => {
  it('inverts the normal distribution', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    for (const p of [0.001, 0.1, 0.3, 0.9, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
  });
});
