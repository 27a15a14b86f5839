// Who may record consent to share health detail, and what consent opens.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/access/actor.js';
import { mayRecordConsent, maySee } from '../../../src/access/need-to-know.js';

const a = (role: Actor['role'], agencyKind: Actor['agencyKind'], userId: number | null = 1): Actor => ({ userId, partnershipId: 1, role, agencyKind, label: 'x' });

describe('mayRecordConsent', () => {
  it('lets the lead agency and drug services record it in casework, and administrators and the CLI operator', () => {
    expect(mayRecordConsent(a('practitioner', 'drug_service'))).toBe(true);
    expect(mayRecordConsent(a('scheme_manager', 'probation'), { isLead: true })).toBe(true);
    expect(mayRecordConsent(a('administrator', 'housing'))).toBe(true);
    expect(mayRecordConsent(a('administrator', null, null))).toBe(true);
  });

  it('refuses other agencies, analysts and board members', () => {
    expect(mayRecordConsent(a('practitioner', 'housing'))).toBe(false);
    expect(mayRecordConsent(a('practitioner', 'police'))).toBe(false);
    expect(mayRecordConsent(a('analyst', 'drug_service'), { isLead: true })).toBe(false);
    expect(mayRecordConsent(a('board_member', 'drug_service'), { isLead: true })).toBe(false);
  });
});

describe('maySee health', () => {
  it('follows the consent scope', () => {
    expect(maySee(a('practitioner', 'housing'), 'health')).toBe(false);
    expect(maySee(a('practitioner', 'housing'), 'health', { consent: ['housing'] })).toBe(true);
    expect(maySee(a('practitioner', 'police'), 'health', { consent: ['housing'] })).toBe(false);
    expect(maySee(a('practitioner', 'police'), 'health', { consent: 'all' })).toBe(true);
    expect(maySee(a('board_member', 'police'), 'health', { consent: 'all' })).toBe(false);
  });
});
