/**
 * What the background does for a keyboard command or a context-menu click. Senders and the
 * store are passed in, so tests drive these with fakes.
 */
import type { ContentProtocol } from '../messages.ts';
import type { Note, NoteDraft } from '../notes/model.ts';

export type TabSender = <K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  request: ContentProtocol[K]['request'],
) => Promise<ContentProtocol[K]['response']>;

/** Keyboard command names, as declared in the manifest. */
export const COMMAND_DIRECTIONS: Record<string, 1 | -1> = {
  'next-flag': 1,
  'previous-flag': -1,
};

export async function runFlagCommand(command: string, tabId: number | undefined, send: TabSender): Promise<void> {
  const direction = COMMAND_DIRECTIONS[command];
  if (direction === undefined || tabId === undefined) return;
  await send(tabId, 'page/step-flag', { direction });
}

export const SAVE_SELECTION_MENU_ID = 'sourcelight-save-selection';

/**
 * Saves what the reader selected on the tab: the content script describes the selection (quote
 * with prefix and suffix, position), the store keeps it, and the page re-anchors its notes.
 */
export async function saveSelectionFromTab(
  tabId: number,
  send: TabSender,
  saveNote: (draft: NoteDraft) => Promise<Note>,
): Promise<Note | null> {
  const draft = await send(tabId, 'page/capture-selection', {});
  if (!draft) return null;
  const note = await saveNote(draft);
  await send(tabId, 'page/notes-changed', {});
  return note;
}
