import { describe, expect, it } from 'vitest';
import { decodeFeatures, encodeFeatures, StoredFeaturesError } from '../../../src/selection/stored.js';
import { featuresFromHistory } from '../../../src/selection/features.js';
import { DEFAULT_MATRIX, completeMatrix } from '../../../src/selection/matrix.js';
import { scorePerson } from '../../../src/selection/score.js';
import { conviction, history } from './history.js';

const asOf = '2010-06-30';
const person = { personId: 1, personRef: 'P1', asOf };

describe('stored features', () => {
  it('round-trip exactly, so a reopened run recomputes the same criteria and reasons', () => {
    const h = history({
      outcomes: [conviction('2010-05-01', '2010-06-01'), conviction('2009-01-01', '2009-02-01', null)],
      arrests: [{ arrestDate: '2010-04-01', offenceCode: null, outcome: null }],
      intelligence: [{ reportDate: '2010-06-01', grading: null }],
      drugTests: [{ testDate: '2010-03-01', opiates: true, cocaine: false }],
      custody: [{ kind: 'sentenced', receptionDate: '2010-02-01', releaseDate: null, sentenceDays: 300, expectedReleaseDate: null }],
      ethnicity: 'White British',
    });
    const f = featuresFromHistory(h, asOf, DEFAULT_MATRIX);
    expect(f.custody).not.toBeNull();
    const back = decodeFeatures(encodeFeatures(f), person, DEFAULT_MATRIX);
    expect(back).toEqual(f);
    expect(scorePerson(back, DEFAULT_MATRIX)).toEqual(scorePerson(f, DEFAULT_MATRIX));
    const empty = featuresFromHistory(history({ addresses: [] }), asOf, DEFAULT_MATRIX);
    expect(decodeFeatures(encodeFeatures(empty), person, DEFAULT_MATRIX)).toEqual(empty);
    expect(encodeFeatures(f).length).toBeLessThan(250);
  });

  it('refuse a layout they do not know, or windows that are not the matrix’s', () => {
    const f = featuresFromHistory(history(), asOf, DEFAULT_MATRIX);
    expect(() => decodeFeatures('[99]', person, DEFAULT_MATRIX)).toThrow(StoredFeaturesError);
    const oneWindow = completeMatrix({ frequency: [{ months: 6, offenceWeight: 1, arrestWeight: 1, intelligenceWeight: 1 }] });
    expect(() => decodeFeatures(encodeFeatures(f), person, oneWindow)).toThrow(StoredFeaturesError);
  });
});
