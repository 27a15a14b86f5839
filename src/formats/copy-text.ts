// A field of PostgreSQL COPY's text format, written where the rows are made:
// pure, so a worker thread can write rows without loading the database layer.

const TEXT_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * One value as a field of COPY's text format (\N = NULL). Cheaper than CSV for
 * JSON text: its quotes and commas pass as they are, and only a backslash (in
 * an escaped string) needs doubling.
 */
export function copyTextField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => TEXT_ESCAPES[c]!) : s;
}
