// A refused form on a page that holds several (the case page, the person
// page): which form it was, what the user typed in it, and the service's
// refusal as a GOV.UK error summary and a message on the field it names, so
// the page is drawn again as the user left it. One mechanism for every form on
// every such page.
import { ConflictError, InvalidInputError, messageOn } from '../../errors.js';

/**
 * The body limit of such forms' routes: above the form parser's 64 KiB, so an
 * over-long text is refused by the service as a field error naming its limit,
 * not with a bare 413.
 */
export const FORM_BODY_LIMIT = 1024 * 1024;

/** A form on the page: its name, and the fields the services may name in a refusal. */
export interface FormSpec {
  /** Unique on the page ("team", "action-12"); a field's element id is `${name}-${field}`, dots as dashes. */
  name: string;
  /** The fields as the service names them (and as the page's inputs are named, but for nested ones such as ratings.health). */
  fields: readonly string[];
  /** Element ids other than `${name}-${field}`. */
  ids?: Record<string, string>;
  /** Where the summary points when the refusal names no field of the form (a stale version, a rule about the case). */
  at: string;
  /** Inputs that take several values (checkboxes): kept as a list, where others keep the first value. */
  lists?: readonly string[];
}

export interface RefusedForm {
  form: string;
  /** What the user typed, by input name (a list for the form's `lists` inputs). */
  values: Record<string, string | string[]>;
  /** The GOV.UK error summary's list. */
  errors: { text: string; href: string }[];
  /** The error message by field, as govuk macros take it. */
  fieldErrors: Record<string, { text: string }>;
  /** 400 for bad input, 409 for a clash with what is stored. */
  status: number;
}

/** The element id of a form's field. */
export function fieldId(spec: FormSpec, field: string): string {
  return spec.ids?.[field] ?? `${spec.name}-${field.replace(/\./g, '-')}`;
}

/**
 * A refusal of bad input or a clash, as the form drawn again; null for any
 * other error (not found, forbidden, a stale edit), which the caller rethrows
 * or answers otherwise.
 */
export function refusedForm(e: unknown, spec: FormSpec, typed: Record<string, string | string[] | undefined>): RefusedForm | null {
  if (!(e instanceof InvalidInputError || e instanceof ConflictError)) return null;
  const values: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(typed)) {
    if (k === '_csrf') continue;
    if (spec.lists?.includes(k)) values[k] = [v ?? []].flat().filter((x): x is string => typeof x === 'string');
    else {
      const one = Array.isArray(v) ? v[0] : v;
      if (typeof one === 'string') values[k] = one;
    }
  }
  const onField = e.field !== undefined && spec.fields.includes(e.field);
  // With the web's own advice, when the refusal has some (src/errors.ts).
  const text = messageOn(e, 'web');
  return {
    form: spec.name,
    values,
    errors: [{ text, href: `#${onField ? fieldId(spec, e.field!) : spec.at}` }],
    fieldErrors: onField ? { [e.field!]: { text } } : {},
    status: e instanceof ConflictError ? 409 : 400,
  };
}

/** What a template reads for one of its forms: open (a refused form's details are drawn open), its values and its field errors. */
export interface FormState {
  refused: boolean;
  values: Record<string, unknown>;
  errors: Record<string, { text: string }>;
}

/**
 * The page's reader of its forms' state: `form("team", { role: "" })` gives
 * the refused form's typed values and errors, or the defaults for any other.
 */
export function formStates(refused: RefusedForm | null | undefined): (name: string, defaults?: Record<string, unknown>) => FormState {
  return (name, defaults = {}) =>
    refused && refused.form === name ? { refused: true, values: { ...defaults, ...refused.values }, errors: refused.fieldErrors } : { refused: false, values: { ...defaults }, errors: {} };
}
