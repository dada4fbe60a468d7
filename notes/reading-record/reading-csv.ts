/**
 * The reading record as CSV (RFC 4180): one row an article, oldest visit first. The header
 * names are column identifiers for spreadsheets and scripts, the same in every language, so
 * they are not translated.
 */
import { CATEGORIES } from '../../detector/types.ts';
import type { ReadingEntry } from '../../contract/reading-record.ts';
import type { NotesDb } from '../db.ts';

export const READING_CSV_COLUMNS = ['url', 'site', 'read_at', 'published_at', 'sentences', 'flagged', ...CATEGORIES] as const;

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
  return [READING_CSV_COLUMNS.join(','), ...entries.map(entryRow)].map((line) => `${line}\r\n`).join('');
}
