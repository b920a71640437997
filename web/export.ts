// Exports of what a view shows, made in the page from the data it already has: CSV, JSON, and the graph as SVG or PNG.
import { h } from './dom.js';

export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): a field with a comma, a quote or a line break is quoted, its quotes doubled. Text that a
 * spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) is prefixed with a single quote.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file: a header line, then a line per row, CRLF line ends. */
export function toCsv(columns: string[], rows: Cell[][]): string {
  return `${[columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Several values in one cell. */
export const joined = (values: (string | null | undefined)[]) => values.filter(Boolean).join('; ');

/** A file name from the story's name and what is exported: letters, digits and dashes only. */
export function fileName(story: string, what: string, ext: string): string {
  const base = `${story}-${what}`
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'export'}.${ext}`;
}

/** Saves a file made in the page: a blob: address the browser downloads, never opened as a page. */
export function saveFile(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.setAttribute('href', url);
  a.setAttribute('download', name);
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface Table {
  columns: string[];
  rows: Cell[][];
  /** what the JSON file holds: the view's items as the API gave them, filtered as shown */
  json: unknown;
}

const button = (cls: string, label: string, title: string, act: () => void) => h('button', { type: 'button', class: cls, title, onClick: act }, label);

/**
 * The buttons that export the rows a view shows (after its filters) as CSV and JSON; `more` adds other formats.
 * `table` is called on click, so it sees the view as it is then.
 */
export function exportButtons(story: string, what: string, table: () => Table, more: HTMLElement[] = []): HTMLElement {
  return h(
    'div',
    { class: 'toolbar view-export', role: 'group', ariaLabel: `export ${what}` },
    h('span', { class: 'meta' }, 'Export:'),
    button('export-csv', 'CSV', `the ${what} shown, as CSV`, () => {
      const t = table();
      // a byte order mark, so that a spreadsheet reads the file as UTF-8
      saveFile(fileName(story, what, 'csv'), 'text/csv;charset=utf-8', `\uFEFF${toCsv(t.columns, t.rows)}`);
    }),
    button('export-json', 'JSON', `the ${what} shown, as JSON`, () => saveFile(fileName(story, what, 'json'), 'application/json', `${JSON.stringify(table().json, null, 2)}\n`)),
    more,
  );
}

export { button as exportButton };
