// What the import pages show: the record of imports as table rows, one
// import's progress and result, the data-quality checks with named examples,
// and the review list of possible duplicates.
import type { ImportKind } from '../../imports/kind-names.js';
import type { KindFormat } from '../../imports/kinds.js';
import type { ImportError } from '../../imports/records.js';
import type { RunningImport } from '../../imports/jobs.js';
import type { ImportRecord, MergeRecord } from '../../imports/records.js';
import type { DataQualityReport } from '../../imports/quality.js';
import type { DuplicatePerson, PossibleDuplicate } from '../../imports/duplicates.js';
import { escape, formatDate } from '../html.js';
import { importMessage, STORE_GOOD_ROWS, unknownCodesNote } from '../../imports/advice.js';

export const KIND_LABELS: Record<ImportKind, string> = {
  people: 'People',
  outcomes: 'Outcomes (convictions and cautions)',
  arrests: 'Arrests',
  intelligence: 'Intelligence reports',
  drug_tests: 'Drug tests',
  custody: 'Custody periods',
  supervision: 'Supervision periods',
  memberships: 'Scheme memberships',
  addresses: 'Addresses',
  risk_assessments: 'Risk of serious harm assessments',
  mappa_referrals: 'MAPPA referrals',
};

export const PHASE_LABELS: Record<RunningImport['phase'], string> = {
  starting: 'Starting',
  reading: 'Reading and checking rows',
  checking: 'Checking against stored data',
  storing: 'Storing',
  done: 'Finishing',
};

export function importRow(r: ImportRecord) {
  const status = r.status === 'completed' ? 'Completed' : r.status === 'failed' ? 'Failed' : 'Running';
  const colour = r.status === 'completed' ? 'green' : r.status === 'failed' ? 'red' : 'blue';
  return [
    { html: `<a class="govuk-link" href="/imports/${r.id}">${r.id}</a>`, format: 'numeric' },
    { text: `${formatDate(r.startedAt.toISOString())} ${r.startedAt.toISOString().slice(11, 16)}` },
    { text: r.userLabel ?? 'Command line' },
    { text: KIND_LABELS[r.kind as ImportKind] ?? r.kind },
    { html: `${escape(r.fileName)}<br><span class="govuk-body-s wm-hash" title="SHA-256">SHA-256 <code>${escape(r.sha256.slice(0, 16))}…</code></span>` },
    { text: String(r.rowsRead), format: 'numeric' },
    { text: String(r.rowsAdded), format: 'numeric' },
    { text: String(r.rowsUpdated), format: 'numeric' },
    { text: String(r.rowsRejected), format: 'numeric' },
    { html: `<strong class="govuk-tag govuk-tag--${colour}">${status}</strong>` },
  ];
}

/** The page of an import that has finished, here or in another process. */
export function finishedImportView(rec: ImportRecord, errors: readonly ImportError[], hasErrorFile: boolean) {
  return {
    title: `Import ${rec.id}: ${rec.fileName}`,
    running: false,
    rec,
    message: importMessage(rec, STORE_GOOD_ROWS.web),
    unknownCodes: unknownCodesNote(rec.rowsUnknownCode),
    importId: rec.id,
    kindLabel: KIND_LABELS[rec.kind as ImportKind] ?? rec.kind,
    modeLabel: rec.mode === 'partial' ? 'Store the good rows' : 'All or nothing',
    startedAt: `${formatDate(rec.startedAt.toISOString())} ${rec.startedAt.toISOString().slice(11, 19)} UTC`,
    countRows: [
      ['Rows read', rec.rowsRead],
      ['Added', rec.rowsAdded],
      ['Updated', rec.rowsUpdated],
      ['Unchanged', rec.rowsUnchanged],
      ['Rejected', rec.rowsRejected],
    ].map(([label, value]) => ({ label, value, key: String(label).toLowerCase().replace(/ /g, '-') })),
    errorRows: errors.map((e) => [{ text: e.file }, { text: String(e.row), format: 'numeric' }, { text: e.field }, { text: e.valueWithheld ? 'Not shown (only the administrator who ran the import sees the values)' : e.value || '–' }, { text: e.reason }]),
    hasErrorFile,
  };
}

/** The import formats page: each kind's columns, drawn from the importer's own definitions (kinds.ts), so it cannot drift from what is accepted. */
export function importFormatsView(formats: readonly KindFormat[]) {
  return {
    title: 'Import formats',
    kinds: formats.map((k) => ({
      kind: k.kind,
      label: KIND_LABELS[k.kind],
      header: k.header.join(','),
      rows: k.columns.map((c) => [{ html: `<code>${escape(c.name)}</code>` }, { text: c.required ? 'Yes' : 'No' }, { text: c.takes }]),
    })),
  };
}

export function dataQualityView(report: DataQualityReport, importId: number | null) {
  const checks = report.checks.map((c) => ({
    key: c.key,
    label: c.label,
    count: c.count,
    examples: c.examples.map((e) => ({ personId: e.personId, name: e.name, personRef: e.personRef })),
  }));
  return {
    title: importId ? `Data quality after import ${importId}` : 'Data quality',
    importId,
    checks,
    codeRows: report.unknownCodes.map((u) => [{ text: u.code }, { text: String(u.count), format: 'numeric' }]),
  };
}

function duplicateSide(p: DuplicatePerson) {
  return {
    personId: p.personId,
    personRef: p.personRef,
    name: `${p.familyName.toUpperCase()}, ${p.givenNames}`,
    dateOfBirth: formatDate(p.dateOfBirth),
    identifiers: p.identifiers.map((i) => `${i.kind.toUpperCase()}: ${i.value}`),
  };
}

export function duplicatesView(pairs: readonly PossibleDuplicate[], merges: readonly MergeRecord[]) {
  return {
    pairs: pairs.map((d) => ({ id: d.id, reason: d.reason, importId: d.importId, person: duplicateSide(d.person), other: duplicateSide(d.other) })),
    merges: merges.map((m) => ({ ...m, mergedAt: formatDate(m.mergedAt.toISOString()) })),
  };
}
