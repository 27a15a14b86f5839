// A PersonHistory builder for the selection unit tests.
import type { PersonHistory } from '../../../src/people/history.js';

export function history(p: Partial<PersonHistory> = {}): PersonHistory {
  return {
    personId: 1,
    personRef: 'P1',
    dateOfBirth: '1985-05-05',
    sex: 'male',
    ethnicity: null,
    dateOfDeath: null,
    outcomes: [],
    arrests: [],
    intelligence: [],
    drugTests: [],
    custody: [],
    supervision: [],
    addresses: [{ fromDate: '2005-01-01', toDate: null, areaCode: 'A1' }],
    memberships: [{ schemeCode: 'PPO', tierCode: null, startDate: '2009-01-01', endDate: null, endReason: null }],
    ...p,
  };
}

export const conviction = (offenceDate: string, outcomeDate: string, offenceCode: string | null = '02800') => ({
  offenceDate,
  outcomeDate,
  outcome: 'conviction' as const,
  offenceCode,
  disposal: null,
  sentenceDays: null,
});
