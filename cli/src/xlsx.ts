/** The .xlsx side of `catalogue import` and `catalogue template`, bundled apart (exceljs is large). */
import ExcelJS from 'exceljs';
import type { Table } from './tables.js';

export async function readXlsx(file: string, sheet?: string, data?: Buffer): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  // the bytes already read as a regular file, capped (readTable): exceljs never opens the path itself then
  if (data) await wb.xlsx.load(data as unknown as ArrayBuffer);
  else await wb.xlsx.readFile(file);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  // the words are the caller's (tables.ts): the sheet asked for and those there are
  if (!ws) throw Object.assign(new Error(`no worksheet in ${file}`), { missingSheet: { sheet, sheets: wb.worksheets.map(w => w.name) } });
  const width = ws.columnCount;
  const table: string[][] = [];
  const rowNumbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: string[] = [];
    for (let i = 1; i <= width; i++) cells.push(row.getCell(i).text ?? '');
    table.push(cells);
    rowNumbers.push(n);
  });
  return { table, rowNumbers };
}

export async function writeXlsx(file: string, rows: string[][], sheetName: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((c, i) => {
    c.width = Math.min(60, Math.max(10, ...rows.map(r => (r[i] ?? '').length + 2)));
  });
  await wb.xlsx.writeFile(file);
}

/** A cell of an export table: text, a civil date (a real date in the workbook), a number, or empty. */
export type ExportCell = string | number | { date: string } | { text: string; hyperlink: string } | null;
export interface ExportSheet {
  name: string;
  headers: string[];
  widths: number[];
  rows: ExportCell[][];
}

/**
 * The self-evaluation workbook: one sheet per table, bold frozen header row, filters on every
 * column, column widths, wrapped multi-line cells, dates as real dates (shown YYYY-MM-DD).
 */
export async function writeWorkbook(file: string, sheets: ExportSheet[], meta: { creator: string; title: string }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator;
  wb.title = meta.title;
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = s.headers.map((h, i) => ({ header: h, width: s.widths[i] ?? 14 }));
    for (const r of s.rows) {
      const row = ws.addRow(r.map(c => (c === null ? null : typeof c === 'object' && 'date' in c ? civilToDate(c.date) : c)));
      r.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (c && typeof c === 'object' && 'date' in c) cell.numFmt = 'yyyy-mm-dd';
        if (typeof c === 'string' && c.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
        else cell.alignment = { vertical: 'top' };
      });
    }
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, s.rows.length + 1), column: s.headers.length } };
  }
  await wb.xlsx.writeFile(file);
}

/** A civil date as the UTC midnight a spreadsheet shows as that day. */
function civilToDate(d: string): Date {
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day));
}
