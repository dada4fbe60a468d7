/**
 * What the reading views read. The notes store implements it (see shared/reading.ts); these
 * names are the ones the pages use.
 */
import type { Category } from '../../detector/types.ts';

export interface ReadingSummary {
  articles: number;
  sentences: number;
  flagged: number;
  /** flagged / sentences, 0 to 1. */
  share: number;
  byCategory: Record<Category, number>;
}

export interface OutletShare extends ReadingSummary {
  site: string;
}

export interface ReadingPoint extends ReadingSummary {
  /** "2026-01". */
  month: string;
}

export interface ReadingRecord {
  readingSummary(site?: string): Promise<ReadingSummary>;
  outletsByShare(limit?: number): Promise<OutletShare[]>;
  outletTimeline(site: string): Promise<ReadingPoint[]>;
  readingCsv(): Promise<string>;
  clearReading(): Promise<void>;
}
