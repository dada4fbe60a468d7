/**
 * The notes file: the complete JSON export, the Markdown export, and import. The file format
 * is import-file.ts; what an import changes is decided in import-plan.ts.
 */
import type { ImportSummary, Note, NotesExport } from '../../contract/note-model.ts';
import type { NotesDb } from '../db.ts';
import { NOTES_FORMAT, NOTES_FORMAT_VERSION, parseNotesFile } from './import-file.ts';
import { planImport } from './import-plan.ts';
import { notesToMarkdown } from './markdown.ts';
import { mendStoredNote } from '../note-repair.ts';
import { fromStoredNote, type StoredNote, toStoredNote } from '../stored-note.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byOldest = (a: Note, b: Note) => a.createdAt - b.createdAt || byText(a.id, b.id);

/**
 * A stored note as the file holds it: mended the way the upgrades mend (a record missing its
 * date gets one), so every note exported can be imported again.
 */
function exportedNote(stored: StoredNote): Note {
  const verdict = mendStoredNote(stored);
  return 'note' in verdict ? verdict.note : fromStoredNote(stored);
}

/**
 * Every note and article, notes oldest first. Read whole and sorted here rather than along an
 * index, because an index leaves out a record missing its field, and the export must not.
 */
export function exportNotes(db: NotesDb, now: () => number): Promise<NotesExport> {
  return db.transaction('r', db.notes, db.articles, async () => {
    const [stored, articles] = await Promise.all([db.notes.toArray(), db.articles.toArray()]);
    const notes = stored.map(exportedNote).sort(byOldest);
    articles.sort((a, b) => a.firstSeen - b.firstSeen || byText(a.url, b.url));
    return { format: NOTES_FORMAT, version: NOTES_FORMAT_VERSION, exportedAt: new Date(now()).toISOString(), articles, notes };
  });
}

export async function exportMarkdown(db: NotesDb, now: () => number): Promise<string> {
  const data = await exportNotes(db, now);
  return notesToMarkdown(data.articles, data.notes, data.exportedAt);
}

/** Checks the whole file first, then writes in one transaction: a bad file changes nothing. */
export async function importNotes(db: NotesDb, text: string): Promise<ImportSummary> {
  const file = parseNotesFile(text);
  return db.transaction('rw', db.notes, db.articles, async () => {
    const urls = [...new Set([...file.articles.map((a) => a.url), ...file.notes.map((n) => n.articleUrl)])];
    const [storedArticles, storedById, onPages] = await Promise.all([
      db.articles.bulkGet(urls),
      db.notes.bulkGet(file.notes.map((note) => note.id)),
      db.notes.where('articleUrl').anyOf(urls).toArray(),
    ]);
    const plan = planImport(file, {
      byId: new Map(storedById.filter((note) => note !== undefined).map((note) => [note.id, fromStoredNote(note)])),
      onPages: onPages.map(fromStoredNote),
      articles: new Map(urls.map((url, index) => [url, storedArticles[index]])),
    });
    await db.articles.bulkPut(plan.articles);
    await db.notes.bulkAdd(plan.notes.map(toStoredNote));
    return plan.summary;
  });
}
