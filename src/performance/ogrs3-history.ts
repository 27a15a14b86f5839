// OGRS3 for a person as of a date, from their stored history: the sanctions
// (convictions and cautions) up to that date, the first of them, and the
// principal offence of the latest. Also the offence category rule and the
// checks on a case record for `waymark ogrs3 FILE.json`. Pure.
import type { OutcomeKind, Sex } from '../glossary.js';
import type { IsoDate } from '../calendar/dates.js';
import { OGRS3_OFFENCE_CATEGORIES, OGRS3_VERSION, ogrs3, type Ogrs3Input, type Ogrs3OffenceCategory, type Ogrs3Result } from './ogrs3.js';
import { isIsoDate } from '../calendar/dates.js';

const CATEGORIES = new Set<string>(OGRS3_OFFENCE_CATEGORIES);
export const isOgrs3Category = (c: unknown): c is Ogrs3OffenceCategory => typeof c === 'string' && CATEGORIES.has(c);

export interface CategoryChoice {
  category: Ogrs3OffenceCategory;
  /** How the category was found, in words, so the figure shows its inputs. */
  source: 'offence_code' | 'offence_group' | 'fallback_other';
  note: string | null;
}

/**
 * The OGRS3 offence category of a Home Office code: the code's own mapping
 * (offence_codes.ogrs3_category), else its 3-digit group's
 * (offence_groups.ogrs3_category), else 'other', which is said.
 */
export function ogrs3CategoryFor(code: string | null, codeCategory: string | null | undefined, groupCategory: string | null | undefined): CategoryChoice {
  if (isOgrs3Category(codeCategory)) return { category: codeCategory, source: 'offence_code', note: null };
  if (isOgrs3Category(groupCategory)) {
    return { category: groupCategory, source: 'offence_group', note: `offence code ${code} has no OGRS3 category of its own; its group ${code?.slice(0, 3)}'s (${groupCategory}) is used` };
  }
  const why =
    code === null
      ? 'the offence code was not recognised'
      : codeCategory === 'needs_exact_offence'
        ? `offence code ${code} is too coarse to weight (needs the exact offence)`
        : `offence code ${code} has no OGRS3 weight`;
  return { category: 'other', source: 'fallback_other', note: `${why}; category 'other' is used` };
}

/** One sanction row: a conviction or caution for one offence. */
export interface SanctionRow {
  outcomeDate: IsoDate;
  outcome: OutcomeKind;
  offenceCode: string | null;
  /** The principal offence of an occasion is the one with the highest gravity (unknown lowest). */
  gravity?: number | null;
}

/**
 * What OGRS3 needs from a history. A sanction *occasion* is one outcome date:
 * several offences dealt with on the same day are one sanction, as OGRS3
 * counts court appearances and cautions, not offence rows.
 */
export interface SanctionSummary {
  occasions: number;
  firstSanctionDate: IsoDate | null;
  lastSanctionDate: IsoDate | null;
  principalOffenceCode: string | null;
}

export function summariseSanctions(rows: readonly SanctionRow[], asOf: IsoDate): SanctionSummary {
  const upTo = rows.filter((r) => r.outcomeDate <= asOf);
  if (upTo.length === 0) return { occasions: 0, firstSanctionDate: null, lastSanctionDate: null, principalOffenceCode: null };
  const dates = [...new Set(upTo.map((r) => r.outcomeDate))].sort();
  const last = dates[dates.length - 1]!;
  const principal = upTo
    .filter((r) => r.outcomeDate === last)
    .sort((a, b) => (b.gravity ?? -Infinity) - (a.gravity ?? -Infinity) || (a.offenceCode ?? '~').localeCompare(b.offenceCode ?? '~'))[0]!;
  return { occasions: dates.length, firstSanctionDate: dates[0]!, lastSanctionDate: last, principalOffenceCode: principal.offenceCode };
}

export interface PersonOgrs3Input {
  sex: Sex;
  dateOfBirth: IsoDate;
  asOf: IsoDate;
  sanctions: SanctionSummary;
  category: CategoryChoice | null;
}

export interface PersonOgrs3 {
  asOf: IsoDate;
  modelVersion: string;
  result: Ogrs3Result | null;
  /** The model's inputs, when it could be computed. */
  inputs: Ogrs3Input | null;
  notes: string[];
}

/**
 * OGRS3 as of a date: follow-up starts on that date, the current sanction is
 * the latest on or before it, and the previous sanctions are the occasions
 * before that one. A person with no sanction has no OGRS3 score (null).
 */
export function ogrs3ForPerson(p: PersonOgrs3Input): PersonOgrs3 {
  const notes: string[] = [];
  const base = { asOf: p.asOf, modelVersion: OGRS3_VERSION };
  if (p.sanctions.occasions === 0 || !p.sanctions.firstSanctionDate || !p.sanctions.lastSanctionDate) {
    return { ...base, result: null, inputs: null, notes: ['no conviction or caution on record by this date, so OGRS3 does not apply'] };
  }
  let sex: 'male' | 'female';
  if (p.sex === 'male' || p.sex === 'female') sex = p.sex;
  else {
    sex = 'male';
    notes.push(`sex is recorded as ${p.sex}; OGRS3 has coefficients for male and female only, and the male ones are used`);
  }
  const category = p.category ?? ogrs3CategoryFor(null, null, null);
  if (category.note) notes.push(category.note);
  const inputs: Ogrs3Input = {
    sex,
    birthDate: p.dateOfBirth,
    convictionDate: p.sanctions.lastSanctionDate,
    firstSanctionDate: p.sanctions.firstSanctionDate,
    atRiskDate: p.asOf,
    previousSanctions: p.sanctions.occasions - 1,
    offenceCategory: category.category,
  };
  return { ...base, result: ogrs3(inputs), inputs, notes };
}

/** A record of `waymark ogrs3 FILE.json`: the form of reference/ogrs3/cases.json. */
export interface Ogrs3Record extends Ogrs3Input {
  id: string;
}

export class Ogrs3RecordError extends Error {
  constructor(readonly id: string | null, readonly index: number, readonly field: string, problem: string) {
    super(`record ${id ?? '(no id)'} (index ${index}), ${field}: ${problem}`);
    this.name = 'Ogrs3RecordError';
  }
}

const show = (v: unknown) => JSON.stringify(v);

/** Checks one record; throws Ogrs3RecordError naming the record and field. Ignores `expected` and unknown fields. */
export function parseOgrs3Record(raw: unknown, index: number): Ogrs3Record {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Ogrs3RecordError(null, index, '(record)', 'is not an object');
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null;
  const fail = (field: string, problem: string): never => {
    throw new Ogrs3RecordError(id, index, field, r[field] === undefined ? 'is missing' : problem);
  };
  if (id === null) fail('id', `${show(r.id)} is not a string`);
  if (r.sex !== 'male' && r.sex !== 'female') fail('sex', `${show(r.sex)} is not "male" or "female"`);
  for (const f of ['birthDate', 'convictionDate', 'firstSanctionDate', 'atRiskDate'] as const) {
    if (r[f] === undefined) fail(f, 'is missing');
    if (!isIsoDate(r[f])) fail(f, `${show(r[f])} is not a date`);
  }
  const prev = r.previousSanctions;
  if (typeof prev !== 'number' || !Number.isInteger(prev) || prev < 0) fail('previousSanctions', `${show(prev)} is not a whole number of 0 or more`);
  if (!isOgrs3Category(r.offenceCategory)) fail('offenceCategory', `${show(r.offenceCategory)} is not an OGRS3 offence category (${OGRS3_OFFENCE_CATEGORIES.join(', ')})`);
  const birth = r.birthDate as string;
  for (const f of ['convictionDate', 'firstSanctionDate', 'atRiskDate'] as const) {
    if ((r[f] as string) < birth) fail(f, `${show(r[f])} is before birthDate ${birth}`);
  }
  if ((r.firstSanctionDate as string) > (r.convictionDate as string)) fail('firstSanctionDate', `${show(r.firstSanctionDate)} is after convictionDate ${r.convictionDate as string}`);
  return {
    id: id!,
    sex: r.sex as 'male' | 'female',
    birthDate: birth,
    convictionDate: r.convictionDate as string,
    firstSanctionDate: r.firstSanctionDate as string,
    atRiskDate: r.atRiskDate as string,
    previousSanctions: prev as number,
    offenceCategory: r.offenceCategory as Ogrs3OffenceCategory,
  };
}

/** Scores every record of a file's parsed JSON; throws on the first bad one. */
export function scoreOgrs3Records(json: unknown): { id: string; oneYear: number; twoYear: number; band: Ogrs3Result['band'] }[] {
  if (!Array.isArray(json)) throw new Ogrs3RecordError(null, 0, '(file)', 'the file must hold a JSON array of records');
  const records = json.map((r, i) => parseOgrs3Record(r, i));
  return records.map((r) => ({ id: r.id, ...ogrs3(r) }));
}
