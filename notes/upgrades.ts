/**
 * The data moves between schema versions (db.ts has the schemas). Each runs once, inside the
 * version change, and must never throw on a record: an upgrade that fails leaves the database
 * unopenable, and every note lost to the reader (issue #12, item 8).
 */
import type { Transaction } from 'dexie';
import { cappedArticle } from './article-rows.ts';
import { mendStoredNote } from './note-repair.ts';
import { type QuarantinedRecord, toStoredNote, type StoredNote } from './stored-note.ts';

/**
 * Version 1 → 2: notes written before search existed get their search fields. A record that
 * is not a readable note is left as it is, for version 4 to set aside.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const verdict = mendStoredNote(record);
      if (!('note' in verdict)) return;
      const { site, words, categoryKey } = toStoredNote(verdict.note);
      Object.assign(record, { site, words, categoryKey });
    });
}

/** Version 2 → 3: every note gets its newest-first key (a record that is no note is left for version 4). */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((note: StoredNote) => {
      if ('note' in mendStoredNote(note)) note.newestFirst = -(Number(note.createdAt) || 0);
    });
}

/**
 * Version 3 → 4: every note is checked as version 4 reads it. A note is mended where it can be
 * (a missing date or list, context over today's limit) and kept; a record that cannot be a note
 * (no passage, no address) moves to `quarantine` whole. Both are logged there, so
 * `repairReport()` can tell the reader. Articles get their text fields capped.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const notes = tx.table('notes');
  const records: unknown[] = await notes.toArray();
  const at = Date.now();
  const kept: StoredNote[] = [];
  const setAsideKeys: IDBValidKey[] = [];
  const log: QuarantinedRecord[] = [];
  for (const record of records) {
    const verdict = mendStoredNote(record);
    if ('setAside' in verdict) {
      setAsideKeys.push((record as { id: IDBValidKey }).id);
      log.push({ table: 'notes', kind: 'set-aside', reason: verdict.setAside, record, at });
      continue;
    }
    kept.push(toStoredNote(verdict.note));
    if (verdict.repairs.length > 0) log.push({ table: 'notes', kind: 'repaired', reason: verdict.repairs.join(','), record, at });
  }
  await notes.bulkDelete(setAsideKeys);
  await notes.bulkPut(kept);
  await tx.table('quarantine').bulkAdd(log);
  await tx
    .table('articles')
    .toCollection()
    .modify((article: Record<string, unknown>) => {
      Object.assign(article, cappedArticle(article));
    });
}
