/** What the reading views read: the reading record of the notes store (shared/reading.ts), without its writer. */
import type { ReadingRepository } from '../../shared/reading.ts';

export type { OutletShare, ReadingPoint, ReadingSummary } from '../../shared/reading.ts';

export type ReadingRecord = Omit<ReadingRepository, 'recordReading'>;
