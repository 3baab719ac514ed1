/**
 * Reading a grid: a CSV (RFC 4180, `;` or `,`, UTF-8 with or without BOM) or the first (or a
 * named) worksheet of an .xlsx, as rows of text with the row numbers a spreadsheet shows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { l10n, readRegularFile, type Lang } from '../../engine/src/index.js';

export interface Table {
  table: string[][];
  rowNumbers: number[];
}

/** The header row's delimiter: the one of `;` and `,` that occurs more outside quotes. */
export function sniffDelimiter(text: string): ';' | ',' {
  const first = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/, 1)[0]
    .replace(/"[^"]*"/g, '');
  return (first.match(/;/g)?.length ?? 0) >= (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function readCsv(text: string): Table {
  // CRLF, LF and CR rows alike: `catalogue export` writes CRLF and a row appended with LF by
  // another tool must stay a row (csv-parse alone takes the first line's ending for all)
  const records = parse(text.replace(/^\ufeff/, ''), {
    delimiter: sniffDelimiter(text),
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: false,
    trim: false,
  }) as string[][];
  // a spreadsheet shows one row per record, multi-line cells included
  return { table: records, rowNumbers: records.map((_, i) => i + 1) };
}

import type { ExportSheet } from './xlsx.js';

/** The xlsx reader is a separate bundle (dist/xlsx.js), loaded only when an .xlsx is read or written. */
export interface XlsxModule {
  readXlsx(file: string, sheet?: string, data?: Buffer): Promise<Table>;
  writeXlsx(file: string, rows: string[][], sheetName: string): Promise<void>;
  writeWorkbook(file: string, sheets: ExportSheet[], meta: { creator: string; title: string }): Promise<void>;
}
export function xlsxModule(lang: Lang): XlsxModule {
  const candidates = [path.join(__dirname, 'xlsx.js'), path.join(__dirname, '..', '..', 'dist', 'xlsx.js')];
  const found = candidates.find(f => fs.existsSync(f));
  if (!found) throw new Error(l10n.t(lang, 'cli.table.noXlsx'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(found) as XlsxModule;
}

/** The largest grid read (the manual's whole grid is under 1 MB as CSV). */
const TABLE_MAX_BYTES = 20 * 1024 * 1024;

export async function readTable(file: string, sheet: string | undefined, lang: Lang): Promise<Table> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.txt') throw new Error(l10n.t(lang, 'cli.table.notGrid', { file }));
  // read as every file is: a regular file only (a FIFO or /dev/zero is refused, never waited on), capped
  const read = readRegularFile(file, TABLE_MAX_BYTES);
  if (!('bytes' in read)) {
    const { failure, detail } = read;
    throw new Error(
      l10n.t(lang, `file.read.${failure}`, {
        file,
        detail: failure === 'not-regular' ? l10n.fileType(lang, detail) : detail,
        size: l10n.formatNumber(lang, Number(detail)),
        limit: l10n.formatNumber(lang, TABLE_MAX_BYTES),
      }),
    );
  }
  if (ext === '.xlsx') {
    try {
      return await xlsxModule(lang).readXlsx(file, sheet, read.bytes);
    } catch (e) {
      const missing = (e as { missingSheet?: { sheet?: string; sheets: string[] } }).missingSheet;
      if (!missing) throw e;
      throw new Error(
        missing.sheet
          ? l10n.t(lang, 'cli.table.noSheet', { sheet: missing.sheet, file, sheets: missing.sheets.join(', ') })
          : l10n.t(lang, 'cli.table.noSheets', { file }),
        { cause: e },
      );
    }
  }
  if (read.bytes.includes(0)) throw new Error(l10n.t(lang, 'cli.table.notText', { file }));
  return readCsv(read.bytes.toString('utf8'));
}
