// What an import's record says to whoever reads it, in the words of the door
// that shows it: an all-or-nothing import refused for its rows can be run again
// storing only the good rows, and how is the door's to say (the CLI's
// --partial, the upload page's choice, the API's ?partial=true). The service
// stores the neutral part; each door supplies its own way.

/** The sentence an older record ended with, which named the CLI's option whichever door showed it. */
const OLD_ADVICE = ' Correct them, or import with --partial to store the good rows.';

/** How each door has the good rows of a file stored: the rest of "Correct them, or …". */
export const STORE_GOOD_ROWS = {
  cli: 'import the file again with --partial to store the good rows',
  web: 'upload the file again and choose “Store the good rows”',
  api: 'send the file again with ?partial=true to store the good rows',
} as const;

export interface ImportOutcome {
  status: 'running' | 'completed' | 'failed';
  mode: 'all_or_nothing' | 'partial';
  /** The rows rejected (refused for a problem of their own). */
  rowsRejected: number;
  message: string | null;
}

/**
 * The record's message as a door shows it: an all-or-nothing import that failed
 * on its rows says how to store the good ones, as `storeGoodRows` words it.
 */
export function importMessage(r: ImportOutcome, storeGoodRows: string): string | null {
  if (r.message === null) return null;
  const message = r.message.endsWith(OLD_ADVICE) ? r.message.slice(0, -OLD_ADVICE.length) : r.message;
  if (r.status !== 'failed' || r.mode !== 'all_or_nothing' || r.rowsRejected === 0) return message;
  return `${message} Correct them, or ${storeGoodRows}.`;
}

/**
 * What an import says of the rows it stored with an offence code that is not a
 * known Home Office code (SPEC 3.1: kept as sent, and flagged); `whereToSee` is
 * the door's way to the data-quality report of the import (a page links to it
 * instead). Null when there are none.
 */
export function unknownCodesNote(rows: number, whereToSee?: string): string | null {
  if (rows === 0) return null;
  const said = `${rows} ${rows === 1 ? 'row has an offence code that is' : 'rows have an offence code that is'} not a known Home Office code: stored as sent, and flagged.`;
  return whereToSee ? `${said} See them in ${whereToSee}.` : said;
}
