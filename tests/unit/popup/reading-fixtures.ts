import type { ReadingRecord } from '../../../components/reading/reading-types.ts';

const NONE = {
  articles: 0,
  sentences: 0,
  flagged: 0,
  share: 0,
  byCategory: { anonymous: 0, vague: 0, secondhand: 0, hedged: 0 },
};

/** A reading record with nothing in it (the reading store lands with the notes store's next version). */
export function emptyReading(): ReadingRecord {
  return {
    readingSummary: async () => NONE,
    outletsByShare: async () => [],
    outletTimeline: async () => [],
    readingCsv: async () => '',
    clearReading: async () => {},
  };
}
