/**
 * The reading record as CSV (RFC 4180): one row an article, oldest visit first. The headers
 * use the words the Reading view uses ("Outlet", "Unnamed sourcing", the category names), in
 * the reader's language: the file is read by the same person who read the view (issue #18).
 */
import { i18n } from '#i18n';
import { registrableDomain } from '../../contract/article-url.ts';
import { categoryLabel } from '../../contract/category-labels.ts';
import { CATEGORIES } from '../../detector/types.ts';
import type { ReadingEntry } from '../../contract/reading-record.ts';
import type { NotesDb } from '../db.ts';

/** The header row, in the order of the cells. */
export function readingCsvColumns(): string[] {
  return [
    i18n.t('reading.csv.address'),
    i18n.t('reading.columns.outlet'),
    i18n.t('reading.csv.site'),
    i18n.t('reading.csv.readOn'),
    i18n.t('reading.csv.published'),
    i18n.t('reading.csv.sentences'),
    i18n.t('reading.columns.share'),
    ...CATEGORIES.map((category) => categoryLabel(category)),
  ];
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); tab and
// carriage return count too, because some spreadsheets skip them before looking.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a leading quote makes a would-be formula text, and quotes, commas and line breaks are quoted. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function entryRow(entry: ReadingEntry): string {
  const cells = [
    entry.url,
    entry.outlet || registrableDomain(entry.site),
    entry.site,
    new Date(entry.readAt).toISOString(),
    entry.publishedAt ?? '',
    entry.sentences,
    entry.flagged,
    ...CATEGORIES.map((category) => entry.byCategory[category]),
  ];
  return cells.map(csvCell).join(',');
}

/** Every entry, CRLF line ends as RFC 4180 has them, a header first. */
export async function readingCsv(db: NotesDb): Promise<string> {
  const entries = await db.reading.orderBy('readAt').toArray();
  return [readingCsvColumns().map(csvCell).join(','), ...entries.map(entryRow)].map((line) => `${line}\r\n`).join('');
}
