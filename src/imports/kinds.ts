// The import formats of SPEC 5 (and issue 15's risk assessments and MAPPA referrals) as data: each kind's columns, how each
// column is parsed, and the typed staging columns it fills. RowEncoder is the
// pure check of one row, writing it as a line of COPY text (validateRow gives
// the same check as values); the database work is in merge.ts.
import type { ImportKind } from './kind-names.js';
import { csvField } from '../db/statements.js';
import {
  normaliseOffenceCode,
  parseCount,
  parseDate,
  parseEnum,
  parsePncId,
  parsePositiveNegative,
  parseText,
  parseYesNo,
  type EnumSpec,
  type Parsed,
} from './fields.js';

export type Value = string | number | boolean | null;
export type SqlType = 'text' | 'date' | 'integer' | 'boolean';

export interface FieldSpec {
  /** The column's name in the file's header row. */
  name: string;
  required: boolean;
  /** The staging columns this field fills, in order. */
  outputs: readonly (readonly [string, SqlType])[];
  /** Parses trimmed, non-empty text into one value per output. */
  parse: (raw: string) => Parsed<Value[]>;
  /** For a plain text field (one text output, the text as sent): its most characters, so RowEncoder can take common text without parse. */
  maxLength?: number;
  /** What the column takes, in words: the import formats page is drawn from it, so it says what parse accepts. */
  takes: string;
}

export interface FieldProblem {
  field: string;
  reason: string;
}

export interface KindSpec {
  kind: ImportKind;
  /** In the order of SPEC 5 (the export writes them in this order). */
  fields: readonly FieldSpec[];
  /** Checks across fields of one row (the fields themselves are valid). */
  check?: RowCheck;
}

export interface RowCheck {
  /** The staging columns run reads: RowEncoder gives it only these. */
  reads: readonly string[];
  run: (v: Record<string, Value>) => FieldProblem[];
}

const one =
  <T extends Value>(p: (raw: string) => Parsed<T>) =>
  (raw: string): Parsed<Value[]> => {
    const r = p(raw);
    return r.ok ? { ok: true, value: [r.value] } : r;
  };

function text(name: string, required = false, max = 500): FieldSpec {
  return { name, required, outputs: [[name, 'text']], parse: one((r) => parseText(r, max)), maxLength: max, takes: `Text of up to ${max} characters.` };
}
function date(name: string, required = false): FieldSpec {
  return { name, required, outputs: [[name, 'date']], parse: one(parseDate), takes: 'A date as YYYY-MM-DD, in the years 1900 to 2099.' };
}
function count(name: string): FieldSpec {
  return { name, required: false, outputs: [[name, 'integer']], parse: one(parseCount), takes: 'A whole number of 0 or more.' };
}
function yesNo(name: string, required = false): FieldSpec {
  return { name, required, outputs: [[name, 'boolean']], parse: one(parseYesNo), takes: 'yes or no (also y, n, true, false, 1, 0).' };
}
function posNeg(name: string, required = false): FieldSpec {
  return { name, required, outputs: [[name, 'boolean']], parse: one(parsePositiveNegative), takes: 'positive or negative (also pos, neg, +, -, yes, no).' };
}
/** An enumeration's values in words, with the other spellings it maps and what becomes of anything else. */
function enumTakes<T extends string>(spec: EnumSpec<T>): string {
  const aliases = Object.entries(spec.aliases ?? {}).map(([from, to]) => `${from} as ${to}`);
  return [
    `One of: ${spec.values.join(', ')} (any case; spaces or hyphens for underscores).`,
    aliases.length ? `Also read: ${aliases.join(', ')}.` : '',
    spec.fallback ? `Anything else is stored as ${spec.fallback}, with the text as sent kept beside it.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
/** A mapped value and the text as sent (name_raw). */
function enumeration<T extends string>(name: string, spec: EnumSpec<T>, required = false): FieldSpec {
  return {
    name,
    required,
    outputs: [
      [name, 'text'],
      [`${name}_raw`, 'text'],
    ],
    parse: (raw) => {
      const r = parseEnum(spec, raw);
      return r.ok ? { ok: true, value: [r.value, raw] } : r;
    },
    takes: enumTakes(spec),
  };
}
/** The code as sent (name_raw) and its 5 digits when shaped like a code (name_norm). */
function offenceCode(name: string, required = false): FieldSpec {
  return {
    name,
    required,
    outputs: [
      [`${name}_raw`, 'text'],
      [`${name}_norm`, 'text'],
    ],
    parse: (raw) => {
      const t = parseText(raw, 100);
      return t.ok ? { ok: true, value: [raw, normaliseOffenceCode(raw)] } : t;
    },
    takes:
      'A Home Office offence code: 3-digit group and 2-digit subcode, as 02801, 028/01, 028.01 or 028 01. ' +
      'A code that is not a known Home Office code is stored as sent and flagged (the data-quality page lists them).',
  };
}
function pnc(name: string): FieldSpec {
  return { name, required: false, outputs: [[name, 'text']], parse: one(parsePncId), takes: 'A PNC ID: year (2 or 4 digits), /, serial number and check letter, like 2001/0123456A.' };
}

const personRef: FieldSpec = { ...text('person_ref', true, 100), takes: "The partnership's reference for the person, as in the people file (up to 100 characters)." };
/** Event files name the person by person_ref, or by pnc_id when person_ref is empty. */
const eventPersonRef: FieldSpec = { ...personRef, required: false, takes: `${personRef.takes} Needed unless pnc_id names the person.` };
const eventPnc: FieldSpec = { ...pnc('pnc_id'), takes: 'The PNC ID of the person (like 2001/0123456A): names them when person_ref is empty.' };

const personNamed: RowCheck = {
  reads: ['person_ref', 'pnc_id'],
  run: (v) => (v.person_ref === null && v.pnc_id === null ? [{ field: 'person_ref', reason: 'is empty, and there is no pnc_id either' }] : []),
};
function after(later: string, earlier: string): RowCheck {
  return {
    reads: [later, earlier],
    run: (v) => {
      const a = v[later];
      const b = v[earlier];
      if (typeof a === 'string' && typeof b === 'string' && a <= b) {
        return [{ field: later, reason: `${a} is not after ${earlier} ${b} (periods are [start, end), so the end must be later)` }];
      }
      return [];
    },
  };
}
function both(a: RowCheck, b: RowCheck): RowCheck {
  return { reads: [...a.reads, ...b.reads], run: (v) => [...a.run(v), ...b.run(v)] };
}

const SEX: EnumSpec<'male' | 'female' | 'other' | 'unknown'> = {
  values: ['male', 'female', 'other', 'unknown'],
  aliases: { m: 'male', f: 'female', u: 'unknown', o: 'other', not_known: 'unknown', not_stated: 'unknown' },
};
const OUTCOME: EnumSpec<'conviction' | 'caution'> = {
  values: ['conviction', 'caution'],
  aliases: { convicted: 'conviction', cautioned: 'caution', reprimand: 'caution', final_warning: 'caution', conditional_caution: 'caution' },
};
const DISPOSAL: EnumSpec<'custody' | 'community' | 'suspended' | 'fine' | 'discharge' | 'other'> = {
  values: ['custody', 'community', 'suspended', 'fine', 'discharge', 'other'],
  aliases: {
    immediate_custody: 'custody',
    prison: 'custody',
    community_order: 'community',
    suspended_sentence: 'suspended',
    suspended_sentence_order: 'suspended',
    conditional_discharge: 'discharge',
    absolute_discharge: 'discharge',
  },
  fallback: 'other',
};
const ARREST_OUTCOME: EnumSpec<'charged' | 'released' | 'bailed' | 'nfa' | 'other'> = {
  values: ['charged', 'released', 'bailed', 'nfa', 'other'],
  aliases: { no_further_action: 'nfa', released_under_investigation: 'released', rui: 'released', bail: 'bailed', charge: 'charged' },
  fallback: 'other',
};
const CUSTODY_KIND: EnumSpec<'remand' | 'sentenced'> = {
  values: ['remand', 'sentenced'],
  aliases: { remanded: 'remand', sentence: 'sentenced' },
};
const SUPERVISION_KIND: EnumSpec<'community_order' | 'licence' | 'drr' | 'none'> = {
  values: ['community_order', 'licence', 'drr', 'none'],
  aliases: { license: 'licence', co: 'community_order', drug_rehabilitation_requirement: 'drr', suspended_sentence_order: 'community_order' },
};
/** How a supervision period ended (supervision_periods.end_kind, for DRR completions and early terminations). */
const SUPERVISION_END_KIND: EnumSpec<'completed' | 'early_termination' | 'other'> = {
  values: ['completed', 'early_termination', 'other'],
  aliases: { complete: 'completed', successful: 'completed', successfully_completed: 'completed', revoked: 'early_termination', terminated: 'early_termination', breached: 'early_termination' },
  fallback: 'other',
};
const END_REASON: EnumSpec<
  'stopped_offending' | 'moved_area' | 'significant_custody' | 'regular_review' | 'two_years_on_scheme' | 'high_risk_of_harm' | 'deceased' | 'other'
> = {
  values: ['stopped_offending', 'moved_area', 'significant_custody', 'regular_review', 'two_years_on_scheme', 'high_risk_of_harm', 'deceased', 'other'],
  aliases: { moved: 'moved_area', custody: 'significant_custody', died: 'deceased', dead: 'deceased' },
  fallback: 'other',
};

const RISK_OF_SERIOUS_HARM: EnumSpec<'low' | 'medium' | 'high' | 'very_high'> = {
  values: ['low', 'medium', 'high', 'very_high'],
  aliases: { l: 'low', m: 'medium', med: 'medium', h: 'high', vh: 'very_high', veryhigh: 'very_high' },
};

export const KINDS: Record<ImportKind, KindSpec> = {
  people: {
    kind: 'people',
    fields: [
      personRef,
      pnc('pnc_id'),
      text('cro_number', false, 30),
      text('prison_number', false, 30),
      text('probation_crn', false, 30),
      text('family_name', true, 200),
      text('given_names', true, 200),
      date('date_of_birth', true),
      enumeration('sex', SEX, true),
      text('ethnicity', false, 100),
      text('area_code', true, 30),
      text('postcode', false, 10),
      // Optional: yes restricts the person to named users (the importing user is
      // named); blank leaves a stored person as they are, and a new one unrestricted.
      {
        ...yesNo('restricted'),
        takes: 'yes restricts the person to the users named on them (the importing user is named); no lifts the restriction; blank leaves a stored person as they are, and a new one unrestricted.',
      },
    ],
  },
  outcomes: {
    kind: 'outcomes',
    fields: [
      eventPersonRef,
      date('offence_date', true),
      date('outcome_date', true),
      enumeration('outcome', OUTCOME, true),
      offenceCode('offence_code', true),
      text('offence_description', false, 1000),
      enumeration('disposal', DISPOSAL),
      count('sentence_days'),
      text('court', false, 200),
      eventPnc,
    ],
    check: personNamed,
  },
  arrests: {
    kind: 'arrests',
    fields: [eventPersonRef, date('arrest_date', true), offenceCode('offence_code'), enumeration('outcome', ARREST_OUTCOME), eventPnc],
    check: personNamed,
  },
  intelligence: {
    kind: 'intelligence',
    fields: [eventPersonRef, date('report_date', true), text('grading', false, 20), text('topic', false, 200), eventPnc],
    check: personNamed,
  },
  drug_tests: {
    kind: 'drug_tests',
    fields: [eventPersonRef, date('test_date', true), posNeg('opiates', true), posNeg('cocaine', true), offenceCode('trigger_offence_code'), eventPnc],
    check: personNamed,
  },
  custody: {
    kind: 'custody',
    fields: [
      eventPersonRef,
      date('reception_date', true),
      enumeration('kind', CUSTODY_KIND, true),
      count('sentence_days'),
      date('expected_release_date'),
      date('release_date'),
      text('establishment', false, 200),
      eventPnc,
    ],
    check: both(personNamed, after('release_date', 'reception_date')),
  },
  supervision: {
    kind: 'supervision',
    fields: [
      eventPersonRef,
      date('start_date', true),
      date('end_date'),
      enumeration('kind', SUPERVISION_KIND, true),
      yesNo('statutory', true),
      eventPnc,
      enumeration('end_kind', SUPERVISION_END_KIND),
    ],
    check: both(personNamed, after('end_date', 'start_date')),
  },
  memberships: {
    kind: 'memberships',
    fields: [
      eventPersonRef,
      text('scheme', true, 50),
      text('tier', false, 50),
      date('start_date', true),
      date('end_date'),
      enumeration('end_reason', END_REASON),
      eventPnc,
    ],
    check: both(personNamed, after('end_date', 'start_date')),
  },
  addresses: {
    kind: 'addresses',
    fields: [eventPersonRef, date('from_date', true), text('area_code', true, 30), text('postcode', false, 10), eventPnc],
    check: personNamed,
  },
  // Risk assessments and MAPPA referrals (issue 15): by person_ref only.
  risk_assessments: {
    kind: 'risk_assessments',
    fields: [personRef, date('assessment_date', true), enumeration('risk_of_serious_harm', RISK_OF_SERIOUS_HARM, true), text('assessor_agency', false, 30)],
  },
  mappa_referrals: {
    kind: 'mappa_referrals',
    fields: [personRef, date('referral_date', true), text('outcome', false, 500)],
  },
};

/** A kind's format as the import formats page shows it: the header row, and each column with what it takes. */
export interface KindFormat {
  kind: ImportKind;
  header: string[];
  columns: { name: string; required: boolean; takes: string }[];
}

/** Every kind's format, from the definitions the importer itself reads (so the page cannot drift from them). */
export function kindFormats(kinds: readonly ImportKind[]): KindFormat[] {
  return kinds.map((kind) => ({ kind, header: headerNames(KINDS[kind]), columns: KINDS[kind].fields.map((f) => ({ name: f.name, required: f.required, takes: f.takes })) }));
}

/** The typed columns of a kind's staging table, after row_no. */
export function stagingColumns(spec: KindSpec): (readonly [string, SqlType])[] {
  return spec.fields.flatMap((f) => f.outputs);
}

/** The header names of a kind (file order), for export and messages. */
export function headerNames(spec: KindSpec): string[] {
  return spec.fields.map((f) => f.name);
}

export interface HeaderMap {
  /** For each field of the kind, its column index in the file, or -1. */
  index: number[];
  /** Required columns the header lacks. */
  missing: string[];
  /** Columns the file has that the kind does not use (ignored). */
  ignored: string[];
}

/** Header text to a column name: "Person Ref" → person_ref. */
export function headerKey(h: string): string {
  return h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The file's column of person_ref under this header, or -1 (a file may name people by pnc_id instead). */
export function personRefColumn(spec: KindSpec, header: HeaderMap): number {
  return header.index[spec.fields.findIndex((f) => f.name === 'person_ref')] ?? -1;
}

export function mapHeader(spec: KindSpec, header: readonly string[]): HeaderMap {
  const keys = header.map(headerKey);
  const index = spec.fields.map((f) => keys.indexOf(f.name));
  const missing = spec.fields
    .filter((f, i) => index[i] === -1 && (f.required || (f.name === 'person_ref' && !keys.includes('pnc_id'))))
    .map((f) => f.name);
  const used = new Set(spec.fields.map((f) => f.name));
  const ignored = keys.filter((k) => k !== '' && !used.has(k));
  return { index, missing, ignored };
}

export interface RowProblem {
  field: string;
  value: string;
  reason: string;
}

export type RowResult = { ok: true; values: Value[] } | { ok: false; problems: RowProblem[] };

/**
 * Validates one row (cells as text, in file order) against a kind. On success
 * returns the staging values in stagingColumns order (without row_no).
 */
export function validateRow(spec: KindSpec, header: HeaderMap, cells: readonly (string | undefined)[]): RowResult {
  const encoder = new RowEncoder(spec, header);
  const values: Value[] = [];
  return encoder.encode(0, cells, values) === null ? { ok: false, problems: encoder.problems } : { ok: true, values };
}

/** A cached parse of one field's text: the reason it is bad, or its values and their COPY text. */
interface Cached {
  reason: string | null;
  values: Value[];
  copy: string;
}
/** Distinct texts remembered per field; a file of many more just stops adding. */
const CACHE_LIMIT = 50_000;
/** Fields whose texts repeat across a file (codes, dates, enumerations, counts), so a parse is worth remembering. */
const CACHED_OUTPUT_TYPES = new Set(['date', 'boolean', 'integer']);
/**
 * Text a plain text field cannot take as it is: a control character (which
 * parseText refuses) or what COPY's CSV must quote. Text without any is valid
 * (at most maxLength long) and is its own COPY text.
 */
const NOT_AS_SENT = /[\u0000-\u001F",]/;

/**
 * A cell's text as checked: text.trim(), without the call when text begins
 * and ends in a printable ASCII character (none of trim's white space is one).
 */
export function trimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(n - 1);
  return a > 32 && a < 127 && z > 32 && z < 127 ? text : text.trim();
}

/** One column a row check reads: the field that fills it and which of its outputs (-1: the field's name, not an output). */
interface CheckRead {
  name: string;
  field: number;
  output: number;
}

/**
 * Validates a row and writes its staging row straight as a line of COPY text
 * (row_no first), with no object per row: the hot path of an import, and
 * (through validateRow) the one implementation of a row's checks. The parses of texts that repeat (dates, enumerations,
 * offence codes, counts) are remembered per field; plain text that needs no
 * quoting is written as it is, without a parse. One encoder per file; not shared.
 */
export class RowEncoder {
  /** The problems of the last row encode() refused. */
  problems: RowProblem[] = [];
  private readonly caches: (Map<string, Cached> | null)[];
  /** The columns the kind's row check reads, set afresh for each row that gets that far. */
  private readonly named: Record<string, Value> = {};
  private readonly reads: CheckRead[];
  private readonly checkFieldIndex = new Map<string, number>();
  /** Per field: the COPY text of its outputs when it is empty (all NULL). */
  private readonly empty: string[];
  /** Per field: its maxLength when it is plain text, else -1. */
  private readonly plainMax: number[];
  /** The row being written: row_no, then one slot per field (its outputs' COPY text). */
  private readonly slots: string[];
  /** Per field, for the row being written: its parse, its text (plain text taken as sent) or null (empty). */
  private readonly current: (Cached | string | null)[];

  constructor(
    private readonly spec: KindSpec,
    private readonly header: HeaderMap,
  ) {
    this.caches = spec.fields.map((f) =>
      f.outputs.some(([n, t]) => CACHED_OUTPUT_TYPES.has(t) || n.endsWith('_raw') || n.endsWith('_norm')) ? new Map() : null,
    );
    spec.fields.forEach((f, i) => this.checkFieldIndex.set(f.name, i));
    this.reads = (spec.check?.reads ?? []).map((name) => {
      for (let i = 0; i < spec.fields.length; i++) {
        const output = spec.fields[i]!.outputs.findIndex(([n]) => n === name);
        if (output >= 0) return { name, field: i, output };
      }
      const field = spec.fields.findIndex((f) => f.name === name);
      if (field < 0) throw new Error(`the ${spec.kind} row check reads ${name}, which no field fills`);
      return { name, field, output: -1 };
    });
    this.empty = spec.fields.map((f) => ','.repeat(f.outputs.length - 1));
    this.plainMax = spec.fields.map((f) => f.maxLength ?? -1);
    this.slots = new Array<string>(spec.fields.length + 1).fill('');
    this.current = new Array<Cached | string | null>(spec.fields.length).fill(null);
  }

  private parse(i: number, raw: string): Cached {
    const cache = this.caches[i];
    const hit = cache?.get(raw);
    if (hit) return hit;
    const f = this.spec.fields[i]!;
    const r = f.parse(raw);
    let entry: Cached;
    if (r.ok) {
      const values = f.outputs.map((_, j) => r.value[j] ?? null);
      entry = { reason: null, values, copy: values.map(csvField).join(',') };
    } else {
      entry = { reason: r.reason, values: f.outputs.map(() => null), copy: '' };
    }
    if (cache && cache.size < CACHE_LIMIT && raw.length <= 64) cache.set(raw, entry);
    return entry;
  }

  /**
   * The row's COPY line, without its line end, or null when it has problems
   * (then in this.problems). The line is joined from one slot per field, so
   * it is one flat string, not a rope of pieces that a chunk would keep alive.
   * `after`, when given, is the COPY text of one more column written after
   * the fields (an import's person_id).
   */
  encode(rowNo: number, cells: readonly (string | undefined)[], values?: Value[], after?: string): string | null {
    if (!this.fill(rowNo, cells, values)) return null;
    const slots = this.slots;
    if (after === undefined) return slots.join(',');
    slots.push(after);
    const line = slots.join(',');
    slots.pop();
    return line;
  }

  /**
   * Checks a row as encode does, leaving its COPY text in slots() (row_no,
   * then one slot per field: its outputs' COPY text, comma-separated), for a
   * caller that writes the fields in an order of its own; false when the row
   * has problems (then in this.problems).
   */
  fill(rowNo: number, cells: readonly (string | undefined)[], values?: Value[]): boolean {
    const { spec, header, slots, current, plainMax } = this;
    const fields = spec.fields;
    const index = header.index;
    let problems: RowProblem[] | null = null;
    slots[0] = String(rowNo);
    for (let i = 0; i < fields.length; i++) {
      const col = index[i]!;
      const raw = col >= 0 ? trimmed(cells[col] ?? '') : '';
      if (raw === '') {
        const f = fields[i]!;
        if (f.required) (problems ??= []).push({ field: f.name, value: '', reason: 'is required but empty' });
        slots[i + 1] = this.empty[i]!;
        current[i] = null;
        if (values) for (let j = 0; j < f.outputs.length; j++) values.push(null);
        continue;
      }
      if (raw.length <= plainMax[i]! && !NOT_AS_SENT.test(raw)) {
        slots[i + 1] = raw;
        current[i] = raw;
        if (values) values.push(raw);
        continue;
      }
      const r = this.parse(i, raw);
      if (r.reason !== null) {
        (problems ??= []).push({ field: fields[i]!.name, value: raw, reason: r.reason });
        continue;
      }
      slots[i + 1] = r.copy;
      current[i] = r;
      if (values) values.push(...r.values);
    }
    if (problems === null && spec.check) {
      const named = this.named;
      for (const { name, field, output } of this.reads) {
        const c = current[field] ?? null;
        // A field's name that is not one of its outputs reads null when the field is empty, else undefined (as validateRow gives).
        named[name] = c === null ? null : output < 0 ? (undefined as unknown as Value) : typeof c === 'string' ? c : c.values[output]!;
      }
      for (const p of spec.check.run(named)) {
        const fi = this.checkFieldIndex.get(p.field) ?? -1;
        const col = fi >= 0 ? header.index[fi]! : -1;
        (problems ??= []).push({ field: p.field, value: col >= 0 ? (cells[col] ?? '').trim() : '', reason: p.reason });
      }
    }
    if (problems !== null) {
      this.problems = problems;
      return false;
    }
    return true;
  }

  /** The last filled row's slots (valid until the next fill or encode). */
  get filled(): readonly string[] {
    return this.slots;
  }
}
