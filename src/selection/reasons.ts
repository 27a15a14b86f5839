// The reasons a criterion or rule gives, in the style of Recidiviz's eligibility
// "reasons": a stable code for software, one sentence for the panel, and the
// typed facts (dates, counts) behind it.
import type { IsoDate } from '../calendar/dates.js';

export interface Reason {
  /** Stable machine name, e.g. "no_arrest_or_intelligence". */
  code: string;
  /** One plain sentence a panel member can read. */
  text: string;
  date?: IsoDate | null;
  days?: number | null;
  count?: number | null;
  value?: number | string | boolean | null;
  threshold?: number | null;
}

export function reason(code: string, text: string, facts: Omit<Reason, 'code' | 'text'> = {}): Reason {
  return { code, text, ...facts };
}
