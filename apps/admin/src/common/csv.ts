import type { Exporter, I18nProvider } from 'react-admin';

export interface CsvColumn<R> {
  /** Translation key of the header, e.g. `resources.people.fields.name`. */
  header: string;
  value: (record: R, t: (key: string) => string) => unknown;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('、') : String(value);
  // RFC 4180: quote fields holding separators, quotes or line breaks; a leading = + - @ is defused so
  // Excel does not run a formula someone typed into a name.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text with translated headers, CRLF line ends and a UTF-8 byte-order mark so Excel reads Chinese correctly. */
export function toCsv<R>(records: readonly R[], columns: readonly CsvColumn<R>[], t: (key: string) => string): string {
  const lines = [columns.map((c) => cell(t(c.header))).join(',')];
  for (const r of records) lines.push(columns.map((c) => cell(c.value(r, t))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(csv: string, filename: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${filename}.csv`;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An exporter for react-admin's ExportButton: the columns the list shows, headed in the user's language. */
export function csvExporter<R>(i18n: I18nProvider, filenameKey: string, columns: readonly CsvColumn<R>[]): Exporter {
  return (records) => {
    const t = (key: string) => i18n.translate(key, { _: key, smart_count: 2 });
    const date = new Date().toISOString().slice(0, 10);
    downloadCsv(toCsv(records as R[], columns, t), `${t(filenameKey)}-${date}`);
  };
}

export const yesNo = (v: unknown, t: (key: string) => string) => (v ? t('lianxi.csv.yes') : t('lianxi.csv.no'));
