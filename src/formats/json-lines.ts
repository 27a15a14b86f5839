// The text jsonArraysText (src/db/json-rows.ts) returns, an array of row
// arrays one a line, split into its rows: pure, so it runs in a worker thread
// without the database layer.

/**
 * Each row's array, as JSON text, of a jsonArraysText result: its lines, as
 * JSON text holds no raw line break (PostgreSQL writes one in a string as \n).
 */
export function arrayRowTexts(text: string): string[] {
  return text === '[]' ? [] : text.slice(1, -1).split(',\n');
}
