// How a selection run stores each person's result: a row of
// selection_run_results, whose features are a compact positional JSON array
// (about 150 bytes, against about 1 KB for the scored criteria with their
// reasons). The criteria are pure functions of features and matrix, so a
// reopened run recomputes them exactly with the run's own matrix version.
// Pure: no I/O.
import type { CustodyKind, IsoDate } from '../db/schema.js';
import { copyTextField } from '../formats/copy-text.js';
import type { RunResult } from './scoring.js';
import type { SelectionFeatures } from './features.js';
import type { MatrixConfig } from './matrix.js';

/** The layout's version, the array's first element; bump it when the layout changes. */
const LAYOUT = 1;

/** The features without the person's id, reference and as-of date (the row and run hold those). */
export function encodeFeatures(f: SelectionFeatures): string {
  const c = f.custody;
  const windows: number[] = [];
  for (const w of f.windows) windows.push(w.offences, w.arrests, w.intelligence);
  return JSON.stringify([
    LAYOUT,
    f.sex,
    f.dateOfBirth,
    f.ethnicity,
    f.dateOfDeath,
    f.areaCode,
    f.lastOffenceDate,
    f.lastArrestDate,
    f.lastIntelligenceDate,
    windows,
    f.lookbackOffences,
    f.gravityMax,
    f.gravityTotal,
    f.neighbourhoodOffences,
    f.positiveDrugTests,
    f.lastPositiveDrugTestDate,
    f.sanctions,
    f.firstSanctionDate,
    f.latestSanctionDate,
    f.latestOffenceCode,
    f.latestOgrs3Category,
    c ? [c.kind, c.receptionDate, c.sentenceDays, c.expectedReleaseDate, c.expectedReleaseEstimated ? 1 : 0] : null,
    f.statutorySupervision ? 1 : 0,
  ]);
}

export class StoredFeaturesError extends Error {}

/** The inverse of encodeFeatures; the window lengths come from the run's matrix. */
export function decodeFeatures(text: string, person: { personId: number; personRef: string; asOf: IsoDate }, config: MatrixConfig): SelectionFeatures {
  const a = JSON.parse(text) as any[];
  if (!Array.isArray(a) || a[0] !== LAYOUT) throw new StoredFeaturesError(`Stored selection features in an unknown layout (${String(Array.isArray(a) ? a[0] : typeof a)}).`);
  const flat = a[9] as number[];
  if (flat.length !== config.frequency.length * 3) throw new StoredFeaturesError('Stored selection features do not match the run’s matrix windows.');
  const c = a[21] as [CustodyKind, IsoDate, number | null, IsoDate | null, number] | null;
  return {
    personId: person.personId,
    personRef: person.personRef,
    asOf: person.asOf,
    sex: a[1],
    dateOfBirth: a[2],
    ethnicity: a[3],
    dateOfDeath: a[4],
    areaCode: a[5],
    lastOffenceDate: a[6],
    lastArrestDate: a[7],
    lastIntelligenceDate: a[8],
    windows: config.frequency.map((w, i) => ({ months: w.months, offences: flat[i * 3]!, arrests: flat[i * 3 + 1]!, intelligence: flat[i * 3 + 2]! })),
    lookbackOffences: a[10],
    gravityMax: a[11],
    gravityTotal: a[12],
    neighbourhoodOffences: a[13],
    positiveDrugTests: a[14],
    lastPositiveDrugTestDate: a[15],
    sanctions: a[16],
    firstSanctionDate: a[17],
    latestSanctionDate: a[18],
    latestOffenceCode: a[19],
    latestOgrs3Category: a[20],
    custody: c ? { kind: c[0], receptionDate: c[1], sentenceDays: c[2], expectedReleaseDate: c[3], expectedReleaseEstimated: c[4] === 1 } : null,
    statutorySupervision: a[22] === 1,
  };
}

/** The columns of a stored result's row (resultLine), in order. */
export const RESULT_COLUMNS = ['run_id', 'partnership_id', 'person_id', 'rank', 'score', 'member', 'in_pool', 'above_lowest_member', 'priority', 'proposal', 'proposal_reasons', 'features'];

const bool = (b: boolean) => (b ? 't' : 'f');

/**
 * A result's row as a line of COPY's text format (JSON needs no quoting
 * there); `head` is the run's id and partnership's, each followed by a tab,
 * and `featuresField` the stored features (encodeFeatures) already written
 * as a field of the format (copyTextField).
 */
export function resultLine(head: string, r: Omit<RunResult, 'criteria'>, featuresField: string): string {
  return (
    head +
    `${r.personId}\t${r.rank}\t${r.score}\t${bool(r.member)}\t${bool(r.inPool)}\t${bool(r.aboveLowestMember)}\t${bool(r.priority)}\t` +
    `${copyTextField(r.proposal)}\t${r.proposalReasons.length ? copyTextField(JSON.stringify(r.proposalReasons)) : '[]'}\t${featuresField}\n`
  );
}
