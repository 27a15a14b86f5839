// Outcome rows written straight into the table by a test get the key_seq an
// import would give them: rows of one person sharing offence date, outcome
// date and offence code as sent are numbered 1, 2, … (the natural key is
// unique: migration 0137). The count carries over between calls, so rows
// added in several goes for one person are numbered on.
interface OutcomeKey {
  person_id: number;
  offence_date: string;
  outcome_date: string;
  offence_code_raw: string;
}

const numbered = new Map<string, number>();

export function withKeySeq<T extends OutcomeKey>(rows: T[]): (T & { key_seq: number })[] {
  return rows.map((r) => {
    const key = `${r.person_id} ${r.offence_date} ${r.outcome_date} ${r.offence_code_raw}`;
    const keySeq = (numbered.get(key) ?? 0) + 1;
    numbered.set(key, keySeq);
    return { ...r, key_seq: keySeq };
  });
}
