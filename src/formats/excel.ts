// ExcelJS, loaded the first time a workbook is read or written rather than when
// a module that can write one is imported: it takes almost half a second to
// load, and most commands and requests never touch a spreadsheet.
import type ExcelJS from 'exceljs';

let lib: Promise<typeof ExcelJS> | undefined;

export function excel(): Promise<typeof ExcelJS> {
  return (lib ??= import('exceljs').then((m) => m.default));
}
