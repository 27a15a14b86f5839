// A streaming CSV reader for partner extracts, several times faster than
// csv-parse on the common case: a line without a quote is split on commas
// as it is; a line with quotes goes through a small state machine (quoted
// fields may hold commas, quotes written "" and line breaks). It reads what
// read.ts asked of csv-parse (bom, skip_empty_lines, relax_column_count,
// strict quotes) and numbers each record by the line it ends on, as
// csv-parse's info.lines does. Property-tested against csv-parse
// (test/unit/imports/csv.test.ts). Lines end in \n or \r\n; a file whose
// lines end in a lone \r is left to csv-parse (read.ts decides).
import { InvalidInputError } from '../errors.js';

export interface CsvRecord {
  /** The line the record ends on (1-based). */
  rowNo: number;
  cells: string[];
}

/**
 * A file that is not well-formed CSV: bad input, at the line where its record
 * goes wrong. The message keeps "line N: " for callers that have no file name.
 */
export class CsvSyntaxError extends InvalidInputError {
  constructor(row: number, readonly reason: string) {
    super(`line ${row}: ${reason}`, { row });
  }

  /** The same problem, named by the file it is in (the message then says where once). */
  inFile(file: string): InvalidInputError {
    return new InvalidInputError(this.reason, { file, row: this.row });
  }
}

/** Why a CSV record was refused: longer than the limit (the error adds the file and line). */
export function recordTooLong(maxRecordChars: number): string {
  return `the row is longer than ${Math.round(maxRecordChars / 1024)} KB, the limit for one row (WAYMARK_CSV_RECORD_LIMIT_KB); is a quote left open?`;
}

/**
 * Splits CSV text fed in pieces into records. push() returns the records
 * complete so far; end() returns the last one. Holds at most one unfinished
 * record between pieces.
 */
export class CsvSplitter {
  private rest = '';
  private line = 0;
  private first = true;

  /** maxChars: the longest record accepted; a longer one is refused at the line it starts on. */
  constructor(private readonly maxChars = Infinity) {}

  push(piece: string): CsvRecord[] {
    let text = this.rest + piece;
    if (this.first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.first = false;
    }
    const out: CsvRecord[] = [];
    this.rest = text.slice(this.scan(text, out, false));
    if (this.rest.length > this.maxChars) throw this.tooLong();
    return out;
  }

  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    const text = this.rest;
    this.rest = '';
    if (text.length > 0) this.scan(text, out, true);
    return out;
  }

  private tooLong(): CsvSyntaxError {
    return new CsvSyntaxError(this.line + 1, recordTooLong(this.maxChars));
  }

  /** Reads whole records from text into out; returns where the unread part begins. */
  private scan(text: string, out: CsvRecord[], last: boolean): number {
    const n = text.length;
    let pos = 0;
    // The next quote and the next \r at or after pos (n when none): found once, not per line.
    let q = -1;
    let cr = -1;
    while (pos < n) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) {
        if (!last) return pos;
        nl = n;
      }
      if (nl - pos > this.maxChars) throw this.tooLong();
      if (q < pos) {
        q = text.indexOf('"', pos);
        if (q < 0) q = n;
      }
      const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (q >= nl) {
        // The common case: no quote before the end of the line.
        this.line++;
        if (end > pos) out.push({ rowNo: this.line, cells: text.slice(pos, end).split(',') });
        pos = nl + 1;
        continue;
      }
      if (cr < pos) {
        cr = text.indexOf('\r', pos);
        if (cr < 0) cr = n;
      }
      if (cr >= end) {
        // Quotes, but perhaps all closed on this line (no \r inside it, which
        // a quoted value would count as a line break).
        const cells = quotedLine(text, pos, end, q);
        if (cells !== null) {
          this.line++;
          out.push({ rowNo: this.line, cells });
          pos = nl + 1;
          continue;
        }
      }
      const line = this.line;
      const next = this.quoted(text, pos, out, last);
      if (next < 0) return pos; // the record goes on past this piece
      if (next - pos > this.maxChars) {
        this.line = line;
        throw this.tooLong();
      }
      pos = next;
    }
    return pos;
  }

  /**
   * Reads one record that has quotes, from pos. Returns the index after its
   * line end, or -1 when the text ends first (and more may come).
   */
  private quoted(text: string, pos: number, out: CsvRecord[], last: boolean): number {
    const n = text.length;
    const cells: string[] = [];
    let lines = 0;
    let i = pos;
    for (;;) {
      // At the start of a field.
      if (i < n && text.charCodeAt(i) === 34) {
        let value = '';
        let from = i + 1;
        i = from;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            if (!last) return -1;
            throw new CsvSyntaxError(this.line + lines + 1, 'a quoted field is not closed before the end of the file');
          }
          if (q + 1 < n && text.charCodeAt(q + 1) === 34) {
            value += text.slice(from, q + 1);
            i = from = q + 2;
            continue;
          }
          if (q + 1 >= n && !last) return -1;
          value += text.slice(from, q);
          i = q + 1;
          break;
        }
        lines += lineBreaks(value);
        cells.push(value);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10) break;
          if (c === 13 && (j + 1 >= n || text.charCodeAt(j + 1) === 10)) break;
          if (c === 34) throw new CsvSyntaxError(this.line + lines + 1, `a quote in the middle of field ${cells.length + 1}, which is not quoted`);
          j++;
        }
        if (j >= n && !last) return -1;
        cells.push(text.slice(i, j));
        i = j;
      }
      // After a field: a comma, the line's end or the text's end.
      if (i >= n) {
        if (!last) return -1;
        this.line += lines + 1;
        out.push({ rowNo: this.line, cells });
        return n;
      }
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        if (i >= n && !last) return -1;
        continue;
      }
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      else if (c === 13 && i + 1 >= n && !last) return -1;
      else if (c !== 10 && !(c === 13 && i + 1 >= n)) {
        throw new CsvSyntaxError(this.line + lines + 1, `a quoted field ends in ${JSON.stringify(text[i])} where a comma or the line's end should be`);
      }
      this.line += lines + 1;
      out.push({ rowNo: this.line, cells });
      return i + 1;
    }
  }
}

/**
 * The cells of the line text[pos, end) that has quotes (the first at q), when
 * every quoted field closes on the line and the line is well formed; null
 * otherwise (a quoted line break, a stray quote: CsvSplitter.quoted decides).
 */
function quotedLine(text: string, pos: number, end: number, q: number): string[] | null {
  const cells: string[] = [];
  let i = pos;
  for (;;) {
    if (i === q) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0 || close >= end) return null;
        if (close + 1 < end && text.charCodeAt(close + 1) === 34) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        value += text.slice(from, close);
        i = close + 1;
        break;
      }
      cells.push(value);
      q = text.indexOf('"', i);
      if (q < 0) q = text.length;
      if (i === end) return cells;
      if (text.charCodeAt(i) !== 44) return null;
      i++;
    } else {
      let comma = text.indexOf(',', i);
      if (comma < 0 || comma > end) comma = end;
      if (q < comma) return null;
      cells.push(text.slice(i, comma));
      if (comma === end) return cells;
      i = comma + 1;
    }
  }
}

/** Line breaks in a quoted value as csv-parse counts them: each \n and each \r. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c === 10 || c === 13) count++;
  }
  return count;
}
