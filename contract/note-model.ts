import type { Category } from '../detector/types.ts';

/**
 * The longest passage a note holds. A passage is a sentence or a paragraph; a page's drafting
 * cuts a selection here, and the store refuses (on save) or cuts (on import) anything longer.
 */
export const MAX_PASSAGE_CHARS = 5_000;
/**
 * The words kept either side of a passage. Enough to tell two copies of a phrase apart; more
 * only slows the search for the passage when the page has changed (issue #12, item 5).
 */
export const MAX_QUOTE_CONTEXT_CHARS = 64;
/** A note's comment, and its tags: the card's and the pages' forms hold the reader to these too. */
export const MAX_COMMENT_CHARS = 10_000;
export const MAX_TAG_CHARS = 50;
/** More tags than fit in the Notes tab's filter are a mistake, not an organising scheme. */
export const MAX_TAGS = 20;

/** Where a passage sits, W3C Web Annotation style: the quote and some words either side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into the article body's text, as the content script built it. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** The longest id a sender may give a new note (a UUID is 36 characters). */
export const MAX_NOTE_ID_CHARS = 64;

/** What a content script or the popup sends to save a passage. */
export interface NoteDraft {
  /**
   * The new note's id, made by the sender once per save: a save sent again after a lost answer
   * (the background was restarting) finds its note stored and is not stored twice (issue #19).
   */
  id?: string;
  articleUrl: string;
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
  /** Set when the passage came from a flag. */
  category?: Category;
  comment?: string;
  tags?: string[];
  /** The article's context, so the article row can be written with the note. */
  article?: ArticleDraft;
}

export interface Note {
  id: string;
  articleUrl: string;
  site: string;
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
  category?: Category;
  comment: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export interface ArticleDraft {
  url: string;
  title?: string;
  site?: string;
  byline?: string;
  /** ISO 8601, as the page gave it. */
  publishedAt?: string;
  flagCounts?: Partial<Record<Category, number>>;
}

export interface Article {
  /** Normalised URL: the primary key. */
  url: string;
  title: string;
  /** The site's key, from the address (siteOf): what groups and filters. */
  site: string;
  /** The outlet's name as shown (the page's own, capped, else its domain); rows from before it have none (see shownOutlet). */
  outlet?: string;
  byline: string;
  publishedAt?: string;
  firstSeen: number;
  lastSeen: number;
  flagCounts: Record<Category, number>;
}

/** What the reader may change on a saved note. */
export interface NotePatch {
  comment?: string;
  tags?: string[];
}

/** A search of the Notes tab: every field narrows the result; newest first. */
export interface NoteQuery {
  /** Words matched against passage, comment, tags and site; each word as a prefix. */
  text?: string;
  tag?: string;
  site?: string;
  /** A category, or 'none' for passages saved from a selection rather than a flag. */
  category?: Category | 'none';
  offset?: number;
  limit?: number;
}

export interface NotePage {
  notes: Note[];
  /** How many notes match in all (for "n of total" and paging). */
  total: number;
  /**
   * Set when counting every match would cost more than the search itself (a word nearly every
   * note has): `total` then counts the matches found so far, and more may follow.
   */
  totalIsLowerBound?: boolean;
}

export interface NoteFacets {
  tags: string[];
  sites: string[];
}

/** The JSON export: complete, and the only shape import accepts. */
export interface NotesExport {
  format: 'sourcelight-notes';
  version: 1;
  exportedAt: string;
  articles: Article[];
  notes: Note[];
}

export interface ImportSummary {
  /** Notes that were new and were added. */
  added: number;
  /** Notes already present (same id, or same passage on the same article). */
  skipped: number;
  articles: number;
  /**
   * Notes whose id is already used by a different note (another passage or article): the note
   * already there is kept, the file's copy is not imported. Always set by the Dexie store;
   * optional only so older implementations of this interface still fit.
   */
  conflicts?: number;
  /** Imported notes whose passage was longer than MAX_PASSAGE_CHARS and was cut to it (always set by the Dexie store). */
  trimmed?: number;
}

/** What opening the database had to mend in records an older or faulty build left behind. */
export interface RepairReport {
  /** Records that could not be made into a note (no passage, no address): kept aside, untouched, not among the notes. */
  setAside: number;
  /** Notes that were mended (a missing date, list or site filled in, over-long context cut) and kept. */
  repaired: number;
}

/** What saving a draft did: a passage already saved for the article is not stored twice. */
export interface SaveResult {
  note: Note;
  created: boolean;
}
