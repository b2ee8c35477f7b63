import type ExcelJS from 'exceljs';

export interface SheetColumn<R> {
  /** The header as shown (already translated: Chinese by default). */
  header: string;
  value: (row: R) => string | number | null | undefined;
  width?: number;
}

export interface Sheet<R> {
  name: string;
  /** Lines above the table: what the sheet is, for which unit and year, when exported. */
  title?: readonly string[];
  columns: readonly SheetColumn<R>[];
  rows: readonly R[];
}

// Excel refuses these in sheet names, and names longer than 31 characters.
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/** Defuses a cell that Excel would run as a formula (a name typed as `=…`). */
const safe = (v: string | number | null | undefined) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : (v ?? ''));

/**
 * A workbook with one sheet per view: optional title lines, then a bold header row (frozen, filterable) and
 * the rows. Headers come in the user's language, Chinese unless they switched.
 */
export async function buildWorkbook(sheets: readonly Sheet<unknown>[]): Promise<ExcelJS.Workbook> {
  // Loaded on the first export: exceljs is a large part of the bundle and most visits never export.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = '联系 Lianxi';
  wb.created = new Date();
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name));
    for (const line of s.title ?? []) ws.addRow([line]).font = { bold: line === s.title?.[0], size: line === s.title?.[0] ? 13 : 10 };
    if (s.title?.length) ws.addRow([]);
    const header = ws.addRow(s.columns.map((c) => c.header));
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E5E5' } };
    const headerRow = header.number;
    for (const r of s.rows) ws.addRow(s.columns.map((c) => safe(c.value(r))));
    s.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 4);
    });
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
    if (s.columns.length) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: s.columns.length } };
  }
  return wb;
}

export async function workbookBuffer(sheets: readonly Sheet<unknown>[]): Promise<ArrayBuffer> {
  return (await (await buildWorkbook(sheets)).xlsx.writeBuffer()) as ArrayBuffer;
}

/** Builds the workbook and hands it to the browser as `<filename>.xlsx`. */
export async function downloadWorkbook(sheets: readonly Sheet<unknown>[], filename: string): Promise<void> {
  const buffer = await workbookBuffer(sheets);
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${filename}.xlsx`;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Typed helper: a sheet over rows of R, stored beside sheets of other row types. */
export function sheet<R>(s: Sheet<R>): Sheet<unknown> {
  return s as unknown as Sheet<unknown>;
}
