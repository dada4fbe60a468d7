import { describe, expect, test, vi } from 'vitest';
import { runFlagCommand, saveSelectionFromTab, type TabSender } from '../../../extension/background-actions.ts';
import type { Note, NoteDraft } from '../../../contract/note-model.ts';

const draft: NoteDraft = {
  articleUrl: 'https://news.example/story',
  quote: { exact: 'Sources said the deal was off.', prefix: 'night. ', suffix: ' The' },
};

describe('keyboard commands', () => {
  test.each([
    ['next-flag', 1],
    ['previous-flag', -1],
  ] as const)('%s steps the active tab by %d', async (command, direction) => {
    const send = vi.fn(async () => 3) as unknown as TabSender;
    await runFlagCommand(command, 12, send);
    expect(send).toHaveBeenCalledWith(12, 'page/step-flag', { direction });
  });

  test('the hide command toggles the highlights on the active tab', async () => {
    const send = vi.fn(async () => true) as unknown as TabSender;
    await runFlagCommand('toggle-highlights', 4, send);
    expect(send).toHaveBeenCalledWith(4, 'page/set-hidden', {});
  });

  test('an unknown command or no tab sends nothing', async () => {
    const send = vi.fn() as unknown as TabSender;
    await runFlagCommand('open-settings', 12, send);
    await runFlagCommand('next-flag', undefined, send);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('saving the selection from the context menu', () => {
  const fakeNote = (saved: NoteDraft) => ({ id: 'n1', ...saved }) as unknown as Note;
  const created = (saved: NoteDraft) => ({ note: fakeNote(saved), created: true });

  test('captures the selection, saves it, re-anchors the page and confirms on it', async () => {
    const calls: Array<[string, unknown]> = [];
    const send = vi.fn(async (_tab: number, type: string, request: unknown) => {
      calls.push([type, request]);
      return type === 'page/capture-selection' ? draft : null;
    }) as unknown as TabSender;
    const saveNote = vi.fn(async (saved: NoteDraft) => created(saved));
    const note = await saveSelectionFromTab({ tabId: 5 }, send, saveNote);
    expect(saveNote).toHaveBeenCalledWith(draft);
    expect(note?.id).toBe('n1');
    expect(calls.map(([type]) => type)).toEqual(['page/capture-selection', 'page/notes-changed', 'page/notice']);
    expect(calls[2]![1]).toEqual({ text: 'Saved to Sourcelight. Add a comment or tags in the toolbar popup.', tone: 'success' });
  });

  test('saving a passage already in the notes says so, rather than "saved"', async () => {
    const notices: unknown[] = [];
    const send = vi.fn(async (_tab: number, type: string, request: unknown) => {
      if (type === 'page/notice') notices.push(request);
      return type === 'page/capture-selection' ? draft : null;
    }) as unknown as TabSender;
    await saveSelectionFromTab({ tabId: 5 }, send, async (saved) => ({ note: fakeNote(saved), created: false }));
    expect(notices).toEqual([{ text: 'This passage is already in your notes.', tone: 'success' }]);
  });

  test('nothing selected: nothing saved, and the page says what to do', async () => {
    const notices: unknown[] = [];
    const send = vi.fn(async (_tab: number, type: string, request: unknown) => {
      if (type === 'page/notice') notices.push(request);
      return null;
    }) as unknown as TabSender;
    const saveNote = vi.fn();
    expect(await saveSelectionFromTab({ tabId: 5 }, send, saveNote)).toBeNull();
    expect(saveNote).not.toHaveBeenCalled();
    expect(notices).toEqual([{ text: expect.stringContaining('Select some text first'), tone: 'error' }]);
  });

  test("a page without Sourcelight: the browser's selection text is saved as it is", async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as unknown as TabSender;
    const saveNote = vi.fn(async (saved: NoteDraft) => created(saved));
    const note = await saveSelectionFromTab(
      { tabId: 5, pageUrl: 'https://news.example/old-tab', pageTitle: 'Old tab', selectionText: '  Officials   said so.\n' },
      send,
      saveNote,
    );
    expect(note).not.toBeNull();
    expect(saveNote).toHaveBeenCalledWith({
      articleUrl: 'https://news.example/old-tab',
      quote: { exact: 'Officials said so.', prefix: '', suffix: '' },
      article: { url: 'https://news.example/old-tab', title: 'Old tab' },
    });
  });

  test('a store error is shown on the page and nothing is claimed saved', async () => {
    const notices: unknown[] = [];
    const send = vi.fn(async (_tab: number, type: string, request: unknown) => {
      if (type === 'page/notice') notices.push(request);
      return type === 'page/capture-selection' ? draft : null;
    }) as unknown as TabSender;
    const saveNote = vi.fn(async () => {
      throw new Error('Your browser refused to store more notes.');
    });
    expect(await saveSelectionFromTab({ tabId: 5 }, send, saveNote)).toBeNull();
    expect(notices).toEqual([{ text: 'Not saved: Your browser refused to store more notes.', tone: 'error' }]);
  });
});
