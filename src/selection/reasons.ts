// The reasons a criterion or rule gives, in the style of Recidiviz's eligibility
// "reasons": a stable code for software, one sentence for the panel, and the
// typed facts (dates, counts) behind it.
import type { IsoDate } from '../calendar/dates.js';
import type { Sensitive } from '../access/need-to-know.js';

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
  /**
   * The kinds of data the reason rests on, beyond what every viewer may see: a
   * viewer who may not see one of them is shown that the reason is withheld,
   * never a part of it (see withhold.ts).
   */
  restsOn?: Sensitive[];
}

export function reason(code: string, text: string, facts: Omit<Reason, 'code' | 'text'> = {}): Reason {
  return { code, text, ...facts };
}
