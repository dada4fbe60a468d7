/**
 * The notes store over Dexie, assembled: every read and write of notes, articles, dismissals
 * and the reading record goes through the object made here. Each concern has its own module;
 * this file only wires them and rewords storage errors for the reader.
 */
import type { NotesStore } from './notes-store.ts';
import type { NotesDb } from './db.ts';
import { dismissalsFor, setDismissal } from './dismissals.ts';
import { articleByUrl, noteById, noteCount, noteFacets, notesOfPage } from './note-reads.ts';
import { BROAD_CONDITION, searchNotes } from './note-search.ts';
import { exportMarkdown, exportNotes, importNotes } from './transfer/note-transfer.ts';
import { removeNote, restoreNote, saveDraft, updateNote, type WriteContext } from './note-writes.ts';
import { clearReading, outletsByShare, outletTimeline, readingSummary, recordReading } from './reading-record/reading-record.ts';
import { readingCsv } from './reading-record/reading-csv.ts';
import { repairReport } from './repair-report.ts';
import { guarded, noteNotFoundMessage, quotaMessage } from './storage-errors.ts';

// Part of this module's API: the popup catches ImportError to show the reader its message.
export { ImportError } from './transfer/import-file.ts';
export { BROAD_CONDITION, DEFAULT_QUERY_LIMIT, MAX_NOTES_TO_SORT } from './note-search.ts';
export { noteNotFoundMessage, quotaMessage };

export interface NotesRepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** Overrides BROAD_CONDITION (tests reach the broad-search path with a small store). */
  broadCondition?: number;
}

export function createNotesRepository(db: NotesDb, options: NotesRepositoryOptions = {}): NotesStore {
  const now = options.now ?? Date.now;
  const context: WriteContext = { db, now, newId: options.newId ?? (() => crypto.randomUUID()) };
  const broadCondition = options.broadCondition ?? BROAD_CONDITION;
  return {
    saveDraft: (draft) => guarded(() => saveDraft(context, draft)),
    save: (draft) => guarded(async () => (await saveDraft(context, draft)).note),
    update: (id, patch) => guarded(() => updateNote(context, id, patch)),
    remove: (id) => guarded(() => removeNote(context, id)),
    restore: (note) => guarded(() => restoreNote(context, note)),
    get: (id) => guarded(() => noteById(db, id)),
    forPage: (url) => guarded(() => notesOfPage(db, url)),
    query: (query) => guarded(() => searchNotes(db, query, broadCondition)),
    facets: () => guarded(() => noteFacets(db)),
    article: (url) => guarded(() => articleByUrl(db, url)),
    count: () => guarded(() => noteCount(db)),
    exportJson: () => guarded(() => exportNotes(db, now)),
    exportMarkdown: () => guarded(() => exportMarkdown(db, now)),
    importJson: (text) => guarded(() => importNotes(db, text)),
    dismissalsFor: (url) => guarded(() => dismissalsFor(db, url)),
    setDismissal: (url, key, dismissed) => guarded(() => setDismissal(db, now, url, key, dismissed)),
    recordReading: (entry) => guarded(() => recordReading(db, entry, now())),
    readingSummary: (site) => guarded(() => readingSummary(db, site)),
    outletsByShare: (limit) => guarded(() => outletsByShare(db, limit)),
    outletTimeline: (site, by) => guarded(() => outletTimeline(db, site, by)),
    readingCsv: () => guarded(() => readingCsv(db)),
    clearReading: () => guarded(() => clearReading(db)),
    repairReport: () => guarded(() => repairReport(db)),
  };
}
