/**
 * The notes store as every extension context uses it: notes, dismissals and the reading record in
 * one database. `repository.ts` implements it over Dexie; the popup and the Notes page are given it.
 */
import type {
  Article,
  ImportSummary,
  Note,
  NoteDraft,
  NoteFacets,
  NotePage,
  NotePatch,
  NoteQuery,
  NotesExport,
  RepairReport,
  SaveResult,
} from '../contract/note-model.ts';
import type { OutletShare, ReadingEntry, ReadingPoint, ReadingSummary, TimelineMonth } from '../contract/reading-record.ts';

/**
 * The reading record in the notes database. Every read works inside Dexie's `liveQuery`, so an
 * open Reading view follows new visits and a clear.
 */
export interface ReadingRepository {
  /** Keeps an article's profile: one entry an article, replaced on a later visit. */
  recordReading(entry: ReadingEntry): Promise<void>;
  /** One outlet's totals (a site as siteOf gives it), or all reading's when `site` is left out. */
  readingSummary(site?: string): Promise<ReadingSummary>;
  /** Outlets, the largest share of unnamed sourcing first (ties: more articles first, then by name). */
  outletsByShare(limit?: number): Promise<OutletShare[]>;
  /** One outlet's reading month by month (the month read, or published), oldest first; months without reading are left out. */
  outletTimeline(site: string, by?: TimelineMonth): Promise<ReadingPoint[]>;
  /** Every entry as CSV (RFC 4180), oldest visit first. */
  readingCsv(): Promise<string>;
  /** Forgets every entry and every total. */
  clearReading(): Promise<void>;
}

/** The flags a reader dismissed on an article ("not an issue here"), by flag key (contract/flag-key.ts). */
export interface DismissalRepository {
  /** Flag keys dismissed on this article, oldest dismissal first. */
  dismissalsFor(url: string): Promise<string[]>;
  /** Dismisses a flag on an article, or brings it back (undo). Idempotent. */
  setDismissal(url: string, key: string, dismissed: boolean): Promise<void>;
}

/** The notes store as every extension context uses it; `notes/repository.ts` implements it over Dexie. */
export interface NotesRepository {
  /** Saves a passage; saving the same passage of the same article again returns the existing note, with the new comment and tags merged in. */
  save(draft: NoteDraft): Promise<Note>;
  update(id: string, patch: NotePatch): Promise<Note>;
  /** Deletes and returns the note, so the caller can offer undo. */
  remove(id: string): Promise<Note>;
  /** Puts a deleted note back, unchanged (undo). */
  restore(note: Note): Promise<void>;
  get(id: string): Promise<Note | undefined>;
  forPage(url: string): Promise<Note[]>;
  query(query: NoteQuery): Promise<NotePage>;
  facets(): Promise<NoteFacets>;
  article(url: string): Promise<Article | undefined>;
  count(): Promise<number>;
  exportJson(): Promise<NotesExport>;
  exportMarkdown(): Promise<string>;
  /** Validates the whole file first and writes in one transaction: a bad file changes nothing and throws ImportError. */
  importJson(text: string): Promise<ImportSummary>;
}

/**
 * Everything the Dexie store offers: the notes, dismissals and the reading record in one
 * database. A sibling of NotesRepository rather than additions to it, so the implementations
 * of NotesRepository written before these methods existed still fit it.
 */
export interface NotesStore extends NotesRepository, DismissalRepository, ReadingRepository {
  /** Like `save`, and says whether the passage was new (`created`) or already in the notes. */
  saveDraft(draft: NoteDraft): Promise<SaveResult>;
  /** What the upgrades to the current schema mended or set aside. */
  repairReport(): Promise<RepairReport>;
}
