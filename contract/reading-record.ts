/**
 * The reading record: one article's sourcing profile, kept when the reader opens it (if the
 * reader allows it), so the popup can compare an outlet with the rest of their reading. Never
 * the article's text or title: only its address, outlet, date and counts.
 */
import type { Category } from '../detector/types.ts';

export interface ReadingEntry {
  /** The article's normalised URL (see article-url.ts): one entry an article. */
  url: string;
  /** The outlet: the site's host name without "www.". */
  site: string;
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

export interface OutletShare extends ReadingSummary {
  site: string;
}

/** One month of an outlet's reading, for the small chart beside it. */
export interface ReadingPoint extends ReadingSummary {
  /** "2026-01": the month the articles were read in, in UTC. */
  month: string;
}
