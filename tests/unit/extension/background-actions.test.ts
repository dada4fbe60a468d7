import { describe, expect, test, vi } from 'vitest';
import { runFlagCommand, saveSelectionFromTab, type TabSender } from '../../../core/extension/background-actions.ts';
import type { Note, NoteDraft } from '../../../core/notes/model.ts';

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

  test('an unknown command or no tab sends nothing', async () => {
    const send = vi.fn() as unknown as TabSender;
    await runFlagCommand('open-settings', 12, send);
    await runFlagCommand('next-flag', undefined, send);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('saving the selection from the context menu', () => {
  test('captures the selection, saves it, and tells the page to show its notes', async () => {
    const calls: string[] = [];
    const send = vi.fn(async (_tab: number, type: string) => {
      calls.push(type);
      return type === 'page/capture-selection' ? draft : null;
    }) as unknown as TabSender;
    const saveNote = vi.fn(async (saved: NoteDraft) => ({ id: 'n1', ...saved }) as unknown as Note);
    const note = await saveSelectionFromTab(5, send, saveNote);
    expect(saveNote).toHaveBeenCalledWith(draft);
    expect(note?.id).toBe('n1');
    expect(calls).toEqual(['page/capture-selection', 'page/notes-changed']);
  });

  test('nothing selected: nothing saved', async () => {
    const send = vi.fn(async () => null) as unknown as TabSender;
    const saveNote = vi.fn();
    expect(await saveSelectionFromTab(5, send, saveNote)).toBeNull();
    expect(saveNote).not.toHaveBeenCalled();
  });
});
