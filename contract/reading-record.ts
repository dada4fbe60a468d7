/**
 * The reading record: one article's sourcing profile, kept when the reader opens it (if the
 * reader allows it), so the popup can compare an outlet with the rest of their reading. Never
 * the article's text or title: only its address, outlet, date and counts.
 */
import type { Category } from '../detector/types.ts';

/**
 * The most sentences one article's entry may count: a page is read up to its first 2 million
 * characters (page/engine/analysis-run.ts, MAX_SCANNED_CHARS), and a sentence is at least one.
 * The background refuses more (issue #19): a count no page could hold is not a reading.
 */
export const MAX_READ_SENTENCES = 2_000_000;

export interface ReadingEntry {
  /** The article's normalised URL (see article-url.ts): one entry an article. */
  url: string;
  /** The outlet's key: the site's host name without "www.", from the address (it groups entries). */
  site: string;
  /** The outlet's name as the page gives it, or its domain (see outletName): shown, never a key. */
  outlet?: string;
  /** When the reader opened it (ms since the epoch). */
  readAt: number;
  /** ISO 8601 publication date, when the page gave one. */
  publishedAt?: string;
  sentences: number;
  flagged: number;
  byCategory: Record<Category, number>;
}

/** How much of some reading rested on unnamed sourcing: one outlet's, or all of it. */
export interface ReadingSummary {
  articles: number;
  sentences: number;
  flagged: number;
  /** flagged / sentences, 0 to 1 (0 when no sentence was read). */
  share: number;
  byCategory: Record<Category, number>;
}

/** Fewer articles than this from one outlet are a small sample: its share says little yet. */
export const SMALL_SAMPLE_ARTICLES = 5;

export interface OutletShare extends ReadingSummary {
  site: string;
  /** The outlet's name to show (its latest article's), never the key. */
  name: string;
  /**
   * The share it is ranked by: its own, drawn towards the reader's overall share by as many
   * sentences as SMALL_SAMPLE_ARTICLES typical articles hold, so one article at 100% does not
   * top twenty at 40%.
   */
  rankShare: number;
  /** Fewer than SMALL_SAMPLE_ARTICLES articles. */
  smallSample: boolean;
}

/** Which month a point of an outlet's timeline counts its articles in. */
export type TimelineMonth = 'read' | 'published';

/** One month of an outlet's reading, for the small chart beside it. */
export interface ReadingPoint extends ReadingSummary {
  /** "2026-01": the month the articles were read (or published) in, in UTC. */
  month: string;
}
