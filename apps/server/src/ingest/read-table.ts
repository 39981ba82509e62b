// Streams rows of a CSV or XLSX file as arrays of cells, with the spreadsheet's own row numbers
// (header = row 1). CSV delimiter (',' or ';', as Indonesian Excel writes) is taken from the header line.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export interface TableRow {
  row: number;
  cells: unknown[];
}

export class TableFormatError extends Error {}

async function sniffDelimiter(file: string): Promise<string> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
    const count = (c: string) => head.split(c).length - 1;
    return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
  } finally {
    await fd.close();
  }
}

async function* readCsv(file: string): AsyncGenerator<TableRow> {
  const delimiter = await sniffDelimiter(file);
  const parser = fs.createReadStream(file).pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: rec.info.lines, cells: rec.record };
    }
  } catch (e: any) {
    throw new TableFormatError(`CSV tidak terbaca${e?.lines ? ` di baris ${e.lines}` : ''}: ${e?.message ?? e}`);
  }
}

async function* readXlsx(file: string): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
  });
  // Only the first sheet: rosters exported from SIASN hold one.
  for await (const sheet of reader as any) {
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      if (values.every((v: unknown) => v === null || v === undefined || v === '')) continue;
      yield { row: row.number, cells: values };
    }
    return;
  }
}

export function readTable(file: string, fileName = file): AsyncGenerator<TableRow> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return readCsv(file);
  throw new TableFormatError(`format berkas "${ext || fileName}" tidak didukung: gunakan .csv atau .xlsx`);
}

/** CSV rows as objects keyed by header (generic activity CSV). */
export async function* readCsvObjects(file: string): AsyncGenerator<{ where: string; value: Record<string, string>; headers: string[] }> {
  let headers: string[] | null = null;
  for await (const r of readCsv(file)) {
    if (!headers) {
      headers = (r.cells as string[]).map((h) => String(h).trim());
      continue;
    }
    const value: Record<string, string> = {};
    headers.forEach((h, i) => (value[h] = String(r.cells[i] ?? '')));
    yield { where: `baris ${r.row}`, value, headers };
  }
}
