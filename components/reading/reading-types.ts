/** What the reading views read: the reading record of the notes store (contract/reading-record.ts), without its writer. */
import type { ReadingRepository } from '../../notes/notes-store.ts';

export type { OutletShare, ReadingPoint, ReadingSummary } from '../../contract/reading-record.ts';

export type ReadingRecord = Omit<ReadingRepository, 'recordReading'>;
