/**
 * The background recounts the notes on a tab's badge when a note is saved or removed anywhere:
 * it hears of every committed write to the notes table, and of no other table's.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { onNotesWritten } from '../../../notes/db.ts';
import { draft, testStore } from './notes-fixtures.ts';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('onNotesWritten', () => {
  test('tells of a saved, an edited and a removed note', async () => {
    const { db, notes } = testStore();
    await db.open(); // opening announces every table once
    let heard = 0;
    stops.push(onNotesWritten(db, () => heard++));
    const { note: saved } = await notes.saveDraft(draft('The mayor resigned, sources said.'));
    expect(heard).toBeGreaterThan(0);
    const afterSave = heard;
    await notes.update(saved.id, { comment: 'check' });
    expect(heard).toBeGreaterThan(afterSave);
    const afterEdit = heard;
    await notes.remove(saved.id);
    expect(heard).toBeGreaterThan(afterEdit);
  });

  test('stays quiet for a write to another table, and after unsubscribing', async () => {
    const { db, notes } = testStore();
    await db.open();
    let heard = 0;
    const stop = onNotesWritten(db, () => heard++);
    await db.dismissals.put({ url: 'https://news.example/a', key: 'k', at: 1 });
    expect(heard).toBe(0);
    stop();
    await notes.saveDraft(draft('Critics say the plan fails.'));
    expect(heard).toBe(0);
  });
});
