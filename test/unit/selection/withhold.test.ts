// What a selection run and a rule's reasons show a viewer who may not see
// everything they rest on: withheld whole, never in part.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/access/actor.js';
import { DEFAULT_MATRIX, completeMatrix } from '../../../src/selection/matrix.js';
import { criterionRestsOn, scoreRestsOn, scoreWithheldFor, showCriterion, showProposalReasons, showReasons } from '../../../src/selection/withhold.js';
import { reason } from '../../../src/selection/reasons.js';

const actor = (agencyKind: Actor['agencyKind'], userId: number | null = 1): Actor => ({ userId, partnershipId: 1, role: 'analyst', agencyKind, label: 'x' });

describe('what a score rests on', () => {
  it('is intelligence and drug tests under the default matrix, and only what the matrix weighs', () => {
    expect(scoreRestsOn(DEFAULT_MATRIX)).toEqual(['intelligence', 'drug_tests']);
    const noIntel = completeMatrix({ frequency: DEFAULT_MATRIX.frequency.map((w) => ({ ...w, intelligenceWeight: 0 })), drugs: { weight: 0, cap: 5 } });
    expect(scoreRestsOn(noIntel)).toEqual([]);
    expect(scoreWithheldFor(actor('housing'), noIntel)).toBeNull();
  });

  it('withholds the score from all but the police and the CLI operator under the default matrix', () => {
    expect(scoreWithheldFor(actor('police'), DEFAULT_MATRIX)).toBeNull();
    expect(scoreWithheldFor(actor(null, null), DEFAULT_MATRIX)).toBeNull();
    expect(scoreWithheldFor(actor('drug_service'), DEFAULT_MATRIX)).toBe('intelligence');
    expect(scoreWithheldFor(actor('local_authority'), DEFAULT_MATRIX)).toBe('intelligence');
  });
});

describe('a criterion', () => {
  it('is withheld whole, weight kept, when it rests on what the viewer may not see', () => {
    const c = { name: 'intelligence_6m', value: 3, weight: 0.3, contribution: 0.9, reasons: [reason('intelligence_in_window', '3 intelligence reports', { count: 3 })] };
    expect(criterionRestsOn('intelligence_6m')).toEqual(['intelligence']);
    expect(criterionRestsOn('drugs')).toEqual(['drug_tests']);
    expect(showCriterion(actor('police'), c)).toBe(c);
    const shown = showCriterion(actor('probation'), c);
    expect(shown).toMatchObject({ value: null, contribution: null, weight: 0.3, withheld: 'intelligence' });
    expect(JSON.stringify(shown)).not.toContain('3 intelligence');
  });
});

describe('reasons', () => {
  it('are replaced whole, and a run of them by one line', () => {
    const rs = [
      reason('in_period', 'shown'),
      reason('no_arrest_or_intelligence', 'since the last intelligence report on 2009-12-29', { restsOn: ['intelligence'] }),
      reason('positive_drug_test', 'Tested positive for opiates on 2010-03-01', { restsOn: ['intelligence', 'drug_tests'] }),
    ];
    expect(showReasons(actor('police'), rs)).toEqual(rs);
    const shown = showReasons(actor('housing'), rs);
    expect(shown.map((r) => r.code)).toEqual(['in_period', 'withheld']);
    expect(JSON.stringify(shown)).not.toMatch(/2009-12-29|2010-03-01|opiates/);
  });

  it('that quote a withheld score give way to one that says why', () => {
    const rs = [reason('free_place', 'A place is free; ranked 3 with score 12.5.'), reason('priority_release', 'Priority under the 2009 guidance.')];
    expect(showProposalReasons(rs, null)).toEqual(rs);
    const shown = showProposalReasons(rs, 'intelligence');
    expect(shown.map((r) => r.code)).toEqual(['withheld', 'priority_release']);
    expect(JSON.stringify(shown)).not.toContain('12.5');
  });
});
