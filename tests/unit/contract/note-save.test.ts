/**
 * Issue #19, item 5: a save whose answer is lost while the background restarts was stored all
 * the same; the retry must find that note, not store a second one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draft, testStore, type TestStore } from '../notes/notes-fixtures.ts';

const sendMessage = vi.fn();
vi.mock('@wxt-dev/browser', () => ({ browser: { runtime: { sendMessage: (message: unknown) => sendMessage(message) } } }));

const { newNoteId, sendNoteSave } = await import('../../../contract/messaging.ts');

const LOST =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

let store: TestStore;
beforeEach(() => {
  store = testStore();
  sendMessage.mockReset();
});

/** The background as the messages reach it: the store saves, and the first answer never arrives. */
function backgroundThatRestartsOnce() {
  let answered = 0;
  sendMessage.mockImplementation(async (message: { draft: Parameters<TestStore['notes']['saveDraft']>[0] }) => {
    const result = await store.notes.saveDraft(message.draft);
    if (answered++ === 0) throw new Error(LOST);
    return { ok: true, value: result };
  });
}

describe('a save sent again after its answer was lost', () => {
  it('is stored once, and answers as a new note', async () => {
    backgroundThatRestartsOnce();
    // Without the id the retry was a second save: told "already in your notes" at best, a
    // second note where its passage key differed from the first's.
    const result = await sendNoteSave(draft('Officials said to be weighing a delay.'));
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(result.created).toBe(true);
    expect(await store.notes.count()).toBe(1);
    expect((await store.notes.get(result.note.id))?.quote.exact).toBe('Officials said to be weighing a delay.');
  });

  it('keeps an id the sender already gave, and makes a fresh one for each new save', async () => {
    sendMessage.mockImplementation(async (message: { draft: { id: string } }) => ({ ok: true, value: message.draft.id }));
    expect(await sendNoteSave({ ...draft('One.'), id: 'given-id' })).toBe('given-id');
    const first = (await sendNoteSave(draft('Two.'))) as unknown as string;
    const second = (await sendNoteSave(draft('Two.'))) as unknown as string;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
    expect(newNoteId()).not.toBe(newNoteId());
  });
});

describe('the store, given a sender’s id', () => {
  it('stores the note under it, refuses it for another passage, and refuses what is no id', async () => {
    const saved = await store.notes.saveDraft({ ...draft('First words.'), id: 'abc-123' });
    expect(saved.note.id).toBe('abc-123');
    await expect(store.notes.saveDraft({ ...draft('Other words.'), id: 'abc-123' })).rejects.toThrow(/id of another note/);
    await expect(store.notes.saveDraft({ ...draft('More words.'), id: '<b>x</b>' })).rejects.toThrow(
      /id Sourcelight would not make/,
    );
    expect(await store.notes.count()).toBe(1);
  });
});
