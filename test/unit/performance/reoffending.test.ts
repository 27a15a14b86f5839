import { describe, expect, it } from 'vitest';
import { computeReoffending, followUpWindow } from '../../../src/performance/reoffending.js';

describe('proven reoffending', () => {
  it('sets the window to 12 months and the wait to six more', () => {
    expect(followUpWindow('2009-01-31')).toEqual({ start: '2009-01-31', offenceWindowEnd: '2010-01-31', provenBy: '2010-07-31' });
  });

  it('computes rate, frequency, severity and cost, never inventing a missing cost', () => {
    const f = computeReoffending({
      asOf: '2012-01-01',
      gravity: new Map([['034', 8], ['028', 6]]),
      unitCosts: [
        { category: 'robbery', pounds: 11320, priceYear: '2015/16', groupCodes: ['034'] },
        { category: 'domestic burglary', pounds: null, priceYear: null, groupCodes: ['028'] },
      ],
      people: [
        { personId: 1, startDate: '2009-01-01', offences: [{ groupCode: '034', count: 2, violent: 2 }, { groupCode: '028', count: 1, violent: 0 }] },
        { personId: 2, startDate: '2009-02-01', offences: [{ groupCode: null, count: 1, violent: 0 }] },
        { personId: 3, startDate: '2009-03-01', offences: [] },
        { personId: 4, startDate: '2009-03-01', offences: [] },
      ],
    });
    expect(f.cohortSize).toBe(4);
    expect(f.reoffenders).toBe(2);
    expect(f.binaryRate).toBe(0.5);
    expect(f.offences).toBe(4);
    expect(f.frequencyPerOffender).toBe(1);
    expect(f.frequencyPerReoffender).toBe(2);
    expect(f.severity).toEqual({ gradedOffences: 3, ungradedOffences: 1, totalGravity: 22, meanGravity: 22 / 3, maxGravity: 8, violentOffences: 2 });
    expect(f.cost.total).toBe(22640);
    expect(f.cost.byCategory).toEqual([
      { category: 'robbery', offences: 2, unitCost: 11320, priceYear: '2015/16', cost: 22640 },
      { category: 'domestic burglary', offences: 1, unitCost: null, priceYear: null, cost: null },
    ]);
    expect(f.cost.uncostedOffences).toBe(2);
    expect(f.provisional).toBe(false);
  });

  it('is provisional while a follow-up and its wait are not over', () => {
    const f = computeReoffending({ asOf: '2010-03-01', gravity: new Map(), unitCosts: [], people: [{ personId: 1, startDate: '2009-06-01', offences: [] }] });
    expect(f.incompleteFollowUp).toBe(1);
    expect(f.provisional).toBe(true);
  });
});
