// The performance pages' forms (SPEC 3.6): the chooser (scheme, year, ceiling),
// the dashboard's query string, the performance year in the address, and the
// unit-costs form, each read into values or field errors for the page.
import { isIsoDate } from '../../calendar/dates.js';
import { performanceYear, type PerformanceYear } from '../../calendar/performance-year.js';

export type PerformanceQuery = { scheme?: string; year?: string; ceiling?: string; stretch?: string; cohortDate?: string; ni18Month?: string };

export interface FieldError {
  text: string;
  href: string;
}

/** A form's problems, as the page shows them: a summary list and a message by field. */
export interface FormErrors {
  errors: FieldError[];
  fieldErrors: Record<string, string>;
}

function formErrors(): FormErrors & { fail: (field: string, text: string) => void } {
  const errors: FieldError[] = [];
  const fieldErrors: Record<string, string> = {};
  return {
    errors,
    fieldErrors,
    fail: (field, text) => {
      errors.push({ text, href: `#${field}` });
      fieldErrors[field] = text;
    },
  };
}

const YEAR_IN_URL = /^(\d{4})-(\d{2})$/;

/** '2008-09' in a URL is the performance year 2008/09. */
export function yearFromUrl(s: string): PerformanceYear | null {
  const m = YEAR_IN_URL.exec(s);
  if (!m) return null;
  try {
    return performanceYear(`${m[1]}/${m[2]}`);
  } catch {
    return null;
  }
}

export const yearToUrl = (label: string) => label.replace('/', '-');

/** A fraction from the form: "0.16", or "16%" for the same. Undefined when empty. */
export function parseFraction(raw: string | undefined): number | undefined | 'invalid' {
  const s = (raw ?? '').trim();
  if (s === '') return undefined;
  const percent = s.endsWith('%');
  const n = Number(percent ? s.slice(0, -1).trim() : s);
  if (!Number.isFinite(n)) return 'invalid';
  const f = percent ? n / 100 : n;
  return f >= 0 && f < 1 ? f : 'invalid';
}

/** The ceiling and stretch target, as the chooser and the dashboard both read them. */
function readTargets(query: PerformanceQuery, fail: (field: string, text: string) => void) {
  const ceiling = parseFraction(query.ceiling);
  if (ceiling === undefined) fail('ceiling', 'Enter the performance ceiling, for example 0.16 for 16%');
  else if (ceiling === 'invalid') fail('ceiling', 'The performance ceiling must be a fraction from 0 up to 1, for example 0.16, or a percentage such as 16%');
  const stretch = parseFraction(query.stretch);
  if (stretch === 'invalid') fail('stretch', 'The stretch target must be a fraction from 0 up to 1, for example 0.2, or a percentage such as 20%');
  return { ceiling, stretch };
}

/** Whether the chooser was sent (a bare GET shows it empty). */
export const chooserSubmitted = (query: PerformanceQuery) => query.scheme !== undefined || query.year !== undefined || query.ceiling !== undefined;

/** The chooser's choice: the dashboard's address when complete, else the problems. */
export function readChooser(query: PerformanceQuery, schemes: { code: string }[]): FormErrors & { location: string | null } {
  const f = formErrors();
  const scheme = schemes.find((s) => s.code === query.scheme);
  if (!scheme) f.fail('scheme', 'Select a scheme');
  let year: PerformanceYear | null = null;
  try {
    year = performanceYear(query.year ?? '');
  } catch {
    f.fail('year', 'Select a performance year');
  }
  const { ceiling, stretch } = readTargets(query, f.fail);
  if (f.errors.length) return { errors: f.errors, fieldErrors: f.fieldErrors, location: null };
  const q = new URLSearchParams({ ceiling: String(ceiling) });
  if (typeof stretch === 'number') q.set('stretch', String(stretch));
  return { errors: f.errors, fieldErrors: f.fieldErrors, location: `/performance/${encodeURIComponent(scheme!.code)}/${yearToUrl(year!.label)}?${q}` };
}

/** The dashboard's query string: ceiling, stretch target and cohort date. */
export function readDashboardQuery(query: PerformanceQuery): FormErrors & { ceiling: number; stretch: number | null; cohortDate: string | null; ni18Month: string | null } {
  const f = formErrors();
  const { ceiling, stretch } = readTargets(query, f.fail);
  const cohortDate = (query.cohortDate ?? '').trim();
  if (cohortDate && !isIsoDate(cohortDate)) f.fail('cohortDate', 'Enter the cohort date as YYYY-MM-DD, for example 2008-04-01, or leave it empty');
  const ni18Month = (query.ni18Month ?? '').trim();
  if (ni18Month && !(/^\d{4}-\d{2}$/.test(ni18Month) && isIsoDate(`${ni18Month}-01`))) f.fail('ni18Month', 'Enter the NI18 snapshot month as YYYY-MM, for example 2009-06, or leave it empty');
  return { errors: f.errors, fieldErrors: f.fieldErrors, ceiling: ceiling as number, stretch: typeof stretch === 'number' ? stretch : null, cohortDate: cohortDate || null, ni18Month: ni18Month || null };
}

/** The unit-costs form: the costs changed from those shown (matched by category), and the price year. */
export function readUnitCostsForm(
  body: Record<string, string | undefined>,
  current: { category: string; pounds: number | null }[],
): FormErrors & { changes: { category: string; pounds: number | null }[]; priceYear: string | null } {
  const errors: FieldError[] = [];
  const fieldErrors: Record<string, string> = {};
  const changes: { category: string; pounds: number | null }[] = [];
  current.forEach((c, i) => {
    const raw = body[`cost-${i}`];
    if (raw === undefined || body[`category-${i}`] !== c.category) return;
    const text = raw.trim().replace(/^£/, '').replace(/,/g, '');
    const value = text === '' ? null : Number(text);
    if (value !== null && (!Number.isFinite(value) || value < 0)) {
      const msg = `The unit cost of ${c.category} must be a sum in pounds, such as 5930, or left empty`;
      errors.push({ text: msg, href: `#cost-${i}` });
      fieldErrors[`cost-${i}`] = msg;
      return;
    }
    if (value !== c.pounds) changes.push({ category: c.category, pounds: value });
  });
  const priceYear = (body.priceYear ?? '').trim();
  if (priceYear && !/^\d{4}\/\d{2}$/.test(priceYear)) {
    errors.push({ text: 'Enter the price year like 2015/16, or leave it empty', href: '#priceYear' });
    fieldErrors.priceYear = 'Enter the price year like 2015/16, or leave it empty';
  }
  return { errors, fieldErrors, changes, priceYear: priceYear || null };
}
