import type { Category } from '../types.ts';

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

/** What a content script or the popup sends to save a passage. */
export interface NoteDraft {
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
  site: string;
  byline: string;
  publishedAt?: string;
  firstSeen: number;
  lastSeen: number;
  flagCounts: Record<Category, number>;
}
