/** The .xlsx side of `catalogue import` and `catalogue template`, bundled apart (exceljs is large). */
import ExcelJS from 'exceljs';
import type { Table } from './tables.js';

export async function readXlsx(file: string, sheet?: string): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error(sheet ? `no worksheet "${sheet}" in ${file} (it has: ${wb.worksheets.map(w => w.name).join(', ')})` : `${file}: no worksheet`);
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
  ws.columns.forEach((c, i) => { c.width = Math.min(60, Math.max(10, ...rows.map(r => (r[i] ?? '').length + 2))); });
  await wb.xlsx.writeFile(file);
}
