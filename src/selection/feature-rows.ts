// A person's selection features as the feature query (extract.ts) returns
// them: a feature row, one JSON array per person of the column groups below
// (an array of each group's columns); the whole pool is one feature text, an
// array of those rows, one a line (as jsonArraysText's). No I/O, so the text
// can be parsed where the scoring runs, in a worker thread (scoring-thread.ts).
import type { CustodyKind, IsoDate, Sex } from '../db/schema.js';
import { arrayRowTexts } from '../formats/json-lines.js';
import type { SelectionFeatures } from './features.js';
import type { MatrixConfig } from './matrix.js';

/** One row of the feature query, by column. */
export interface FeatureRow {
  id: number;
  person_ref: string;
  sex: Sex;
  date_of_birth: IsoDate;
  ethnicity: string | null;
  date_of_death: IsoDate | null;
  area_code: string | null;
  last_offence: IsoDate | null;
  lb_offences: number | null;
  gravity_max: number | null;
  gravity_total: number | null;
  nbh: number | null;
  sanctions: number | null;
  first_sanction: IsoDate | null;
  latest_sanction: IsoDate | null;
  latest_code: string | null;
  latest_category: string | null;
  last_arrest: IsoDate | null;
  last_intel: IsoDate | null;
  positive_tests: number | null;
  last_positive: IsoDate | null;
  custody_kind: CustodyKind | null;
  reception_date: IsoDate | null;
  sentence_days: number | null;
  expected_release: IsoDate | null;
  estimated: boolean | null;
  supervised: boolean;
  [window: string]: unknown;
}

/**
 * The columns of Row that toFeatures reads, in groups of one SQL type, each
 * group one array in a row's JSON array, in this order (the windows' counts
 * come after the integers: ob, ar, ir for each window). json_build_array
 * works out how to write each of its arguments for every row: five arrays,
 * each of one element type, instead of some 36 columns a row cost about a
 * third as much, the longest part of the feature text's cost over the raw
 * query (bench/selection.ts).
 */
const GROUPS = {
  int8: ['id', 'lb_offences', 'nbh', 'sanctions', 'positive_tests', 'sentence_days'],
  float8: ['gravity_max', 'gravity_total'],
  date: ['date_of_birth', 'date_of_death', 'last_offence', 'first_sanction', 'latest_sanction', 'last_arrest', 'last_intel', 'last_positive', 'reception_date', 'expected_release'],
  text: ['person_ref', 'sex', 'ethnicity', 'area_code', 'latest_code', 'latest_category', 'custody_kind'],
  bool: ['estimated', 'supervised'],
} as const satisfies Record<string, readonly (keyof FeatureRow)[]>;

type Column = (typeof GROUPS)[keyof typeof GROUPS][number];

/** The SQL type of each group, in a row's order. */
export type FeatureGroupType = keyof typeof GROUPS;

/** The groups of each person's row, in order, with their SQL type and columns (the windows' counts after the integers). */
export function featureGroups(config: Pick<MatrixConfig, 'frequency'>): { type: FeatureGroupType; columns: string[] }[] {
  return (Object.keys(GROUPS) as FeatureGroupType[]).map((type) => ({
    type,
    columns: type === 'int8' ? [...GROUPS.int8, ...config.frequency.flatMap((_, i) => [`ob_w${i}`, `ar_w${i}`, `ir_w${i}`])] : [...GROUPS[type]],
  }));
}

/** The features in a feature text. */
export function parseFeatureText(text: string, config: MatrixConfig, asOf: IsoDate): SelectionFeatures[] {
  const rows = JSON.parse(text) as unknown[][][];
  const out: SelectionFeatures[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = toFeatures(rows[i]!, config, asOf);
  return out;
}

/**
 * Each person's feature row in feature texts, by person id (the first
 * integer): a row begins `[[id,`, so the id is read without parsing the row.
 */
export function featureRowsById(texts: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const text of texts) for (const row of arrayRowTexts(text)) out.set(Number.parseInt(row.slice(2), 10), row);
  return out;
}

/** The features in one feature row (featureRowsById). */
export function parseFeatureRow(row: string, config: MatrixConfig, asOf: IsoDate): SelectionFeatures {
  return toFeatures(JSON.parse(row) as unknown[][], config, asOf);
}

/** Where each column is in a row: its group's place, and its own in the group. */
const AT = Object.fromEntries(
  (Object.keys(GROUPS) as FeatureGroupType[]).flatMap((type, g) => GROUPS[type].map((c, i) => [c, [g, i] as const])),
) as Record<Column, readonly [number, number]>;

/** A column's value in a row. */
function at<K extends Column>(v: unknown[][], column: K): FeatureRow[K] {
  const [g, i] = AT[column];
  return v[g]![i] as FeatureRow[K];
}

function toFeatures(v: unknown[][], config: MatrixConfig, asOf: IsoDate): SelectionFeatures {
  const ints = v[AT.id[0]]!;
  const windowAt = GROUPS.int8.length;
  return {
    personId: Number(at(v, 'id')),
    personRef: at(v, 'person_ref'),
    asOf,
    sex: at(v, 'sex'),
    dateOfBirth: at(v, 'date_of_birth'),
    ethnicity: at(v, 'ethnicity'),
    dateOfDeath: at(v, 'date_of_death'),
    areaCode: at(v, 'area_code'),
    lastOffenceDate: at(v, 'last_offence'),
    lastArrestDate: at(v, 'last_arrest'),
    lastIntelligenceDate: at(v, 'last_intel'),
    windows: config.frequency.map((w, i) => ({
      months: w.months,
      offences: Number(ints[windowAt + i * 3] ?? 0),
      arrests: Number(ints[windowAt + i * 3 + 1] ?? 0),
      intelligence: Number(ints[windowAt + i * 3 + 2] ?? 0),
    })),
    lookbackOffences: at(v, 'lb_offences') ?? 0,
    gravityMax: at(v, 'gravity_max') ?? 0,
    gravityTotal: at(v, 'gravity_total') ?? 0,
    neighbourhoodOffences: at(v, 'nbh') ?? 0,
    positiveDrugTests: at(v, 'positive_tests') ?? 0,
    lastPositiveDrugTestDate: at(v, 'last_positive'),
    sanctions: at(v, 'sanctions') ?? 0,
    firstSanctionDate: at(v, 'first_sanction'),
    latestSanctionDate: at(v, 'latest_sanction'),
    // An empty code stands for none (the key above joins date and code).
    latestOffenceCode: at(v, 'latest_code') || null,
    latestOgrs3Category: at(v, 'latest_category'),
    custody: at(v, 'custody_kind')
      ? {
          kind: at(v, 'custody_kind')!,
          receptionDate: at(v, 'reception_date')!,
          sentenceDays: at(v, 'sentence_days'),
          expectedReleaseDate: at(v, 'expected_release'),
          expectedReleaseEstimated: Boolean(at(v, 'estimated')),
        }
      : null,
    statutorySupervision: Boolean(at(v, 'supervised')),
  };
}
