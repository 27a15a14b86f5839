// Migration 0093 seeded the partnerships that existed then with the default
// gravity table and neighbourhood-crime groups; later ones are seeded from
// src/offences/defaults.ts. The two must be the same table.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAVITY, NEIGHBOURHOOD_CRIME_GROUPS } from '../../../src/offences/defaults.js';

const migration = fs.readFileSync('src/db/migrations/0093_offence_reference.sql', 'utf8');

describe('the default offence reference', () => {
  it('is the one migration 0093 seeded', () => {
    const gravity = Object.fromEntries([...migration.matchAll(/\('(\d{3})', (\d+)\)/g)].map((m) => [m[1], Number(m[2])]));
    expect(gravity).toEqual(DEFAULT_GRAVITY);
    const groups = /unnest\(ARRAY\[([^\]]*)\]\)/.exec(migration)![1]!.match(/\d{3}/g);
    expect(groups).toEqual([...NEIGHBOURHOOD_CRIME_GROUPS]);
  });
});
