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
