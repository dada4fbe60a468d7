import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelServices } from '../../../extension/side-panel-services.ts';
import { createNoteInPanelOpener, type SessionArea } from '../../../extension/side-panel.ts';
import type { NotesStore } from '../../../notes/notes-store.ts';

beforeEach(async () => {
  fakeBrowser.reset();
  // The window the panel stands in (the reader's focused window).
  await fakeBrowser.windows.create({ focused: true });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const session = () => fakeBrowser.storage.session as unknown as SessionArea;

test('a note the background opens the panel on reaches the open panel, and closing it forgets it', async () => {
  const services = createPanelServices({} as NotesStore, undefined);
  const heard: Array<[number, string | undefined]> = [];
  services.onPanelNoteChange((tabId, noteId) => heard.push([tabId, noteId]));

  // Firefox's case: the panel could not open, the note waits for the reader.
  await createNoteInPanelOpener({}, session())('note-1', 4);
  expect(heard).toEqual([[4, 'note-1']]);
  expect(await services.panelNote(4)).toBe('note-1');
  expect(await services.panelNote(5)).toBeUndefined();

  await services.closePanelNote(4);
  expect(heard.at(-1)).toEqual([4, undefined]);
  expect(await services.panelNote(4)).toBeUndefined();
});

test('it follows the active tab of its own window, and a page that finishes loading there', async () => {
  const services = createPanelServices({} as NotesStore, undefined);
  const own = (await fakeBrowser.windows.getCurrent()).id!;
  const seen: number[] = [];
  const stop = services.onTabChange((tabId) => seen.push(tabId));

  await fakeBrowser.tabs.onActivated.trigger({ tabId: 5, windowId: own });
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 6, windowId: own + 1 }); // another window's panel follows that one
  await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { active: true, windowId: own } as never);
  await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, { active: true, windowId: own } as never);
  await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, { active: false, windowId: own } as never);
  await settle();
  expect(seen).toEqual([5, 5]);

  stop();
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: own });
  await settle();
  expect(seen).toEqual([5, 5]);
});

test('the panel page opened for one tab (sidepanel.html?tab=<id>) stays with that tab', async () => {
  const services = createPanelServices({} as NotesStore, 12);
  expect(await services.currentTab()).toBe(12);
  const seen: number[] = [];
  services.onTabChange((tabId) => seen.push(tabId));
  const own = (await fakeBrowser.windows.getCurrent()).id!;
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 5, windowId: own });
  await fakeBrowser.tabs.onUpdated.trigger(12, { status: 'complete' }, { active: false, windowId: own } as never);
  await settle();
  expect(seen).toEqual([12]);
});
