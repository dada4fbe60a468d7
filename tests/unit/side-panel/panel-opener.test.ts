import { describe, expect, test, vi } from 'vitest';
import { createBackgroundHandler, type BackgroundServices } from '../../../extension/background-handler.ts';
import {
  createNoteInPanelOpener,
  forgetPanelNote,
  type PanelApis,
  panelNoteFor,
  panelNoteKey,
  type SessionArea,
  tabOfPanelNoteKey,
} from '../../../extension/side-panel.ts';

/** storage.session as a Map. */
function memorySession(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    remove: async (key) => void items.delete(key),
  };
}

const chromeApis = () => ({ sidePanel: { open: vi.fn(async (_options: { tabId: number }) => {}) } });
/** Firefox refuses a message from a content script: no user action there, as far as it is concerned. */
const firefoxApis = () => ({
  sidebarAction: {
    open: vi.fn(async () => {
      throw new Error('sidebarAction.open may only be called from a user input handler');
    }),
  },
});

describe('opening the side panel on a note', () => {
  test('Chrome: the panel opens beside the sender’s tab, and remembers the note for that tab', async () => {
    const apis = chromeApis();
    const session = memorySession();
    const open = createNoteInPanelOpener(apis, session);
    expect(await open('note-1', 7)).toEqual({ opened: true });
    expect(apis.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await panelNoteFor(session, 7)).toBe('note-1');
    expect(await panelNoteFor(session, 8)).toBeUndefined();
  });

  test('the panel is asked to open before anything is awaited, while the reader’s gesture still counts', () => {
    const apis = chromeApis();
    // A session that never answers: opening must not wait for it.
    const stalled: SessionArea = { get: () => new Promise(() => {}), set: () => new Promise(() => {}), remove: async () => {} };
    const services = {
      runtimeId: 'me',
      openNoteInPanel: createNoteInPanelOpener(apis, stalled),
    } as unknown as BackgroundServices;
    void createBackgroundHandler(services)({ type: 'panel/open-note', noteId: 'note-1' }, { id: 'me', tab: { id: 3 } });
    expect(apis.sidePanel.open).toHaveBeenCalledWith({ tabId: 3 });
  });

  test('Firefox refuses: the answer says so, and the note waits for the reader to open the panel', async () => {
    const apis = firefoxApis();
    const session = memorySession();
    expect(await createNoteInPanelOpener(apis, session)('note-2', 4)).toEqual({ opened: false });
    expect(apis.sidebarAction.open).toHaveBeenCalledOnce();
    expect(await panelNoteFor(session, 4)).toBe('note-2');
  });

  test('a browser without either panel answers opened: false and still remembers the note', async () => {
    const session = memorySession();
    expect(await createNoteInPanelOpener({} as PanelApis, session)('note-3', 5)).toEqual({ opened: false });
    expect(await panelNoteFor(session, 5)).toBe('note-3');
  });

  test('a later save in the same tab replaces the note; closing the tab forgets it', async () => {
    const session = memorySession();
    const open = createNoteInPanelOpener(chromeApis(), session);
    await open('first', 9);
    await open('second', 9);
    expect(await panelNoteFor(session, 9)).toBe('second');
    await forgetPanelNote(session, 9);
    expect(await panelNoteFor(session, 9)).toBeUndefined();
  });

  test('an extension page (no tab) opens nothing and remembers nothing', async () => {
    const apis = chromeApis();
    const session = memorySession();
    expect(await createNoteInPanelOpener(apis, session)('note-4')).toEqual({ opened: false });
    expect(apis.sidePanel.open).not.toHaveBeenCalled();
    expect(session.items.size).toBe(0);
  });

  test.each([
    [panelNoteKey(12), 12],
    ['panel-note:', undefined],
    ['panel-note:-1', undefined],
    ['panel-note:1.5', undefined],
    ['settings', undefined],
  ])('the session key %s belongs to tab %s', (key, tab) => {
    expect(tabOfPanelNoteKey(key)).toBe(tab);
  });
});
