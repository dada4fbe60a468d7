/**
 * The side panel beside a tab (Chrome's `sidePanel`, Firefox's `sidebar_action`): where the
 * reader writes a note's comment and tags, out of the page's reach (issues #18 and #19), and
 * which note it shows for each tab.
 *
 * Both browsers open their panel only in response to the reader's own gesture, and a gesture
 * counts only until the handler first awaits: `open` is called synchronously, before anything
 * else. Chrome counts a message from a content script that the reader's click sent (the card's
 * Save); Firefox does not (only its own UI, the extension's pages and commands), and then the
 * answer is `{ opened: false }` and the panel shows the note when the reader opens it.
 *
 * The note to show is kept per tab in `storage.session`: it outlives a service-worker restart,
 * not the browser session, and no content script can read it.
 */

/** What of a storage area the panel's memory uses (browser.storage.session; a Map in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The two browsers' panel APIs, as far as Sourcelight uses them; either may be missing. */
export interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

const NOTE_KEY_PREFIX = 'panel-note:';

/** The session key of the note the panel shows beside one tab. */
export const panelNoteKey = (tabId: number): string => `${NOTE_KEY_PREFIX}${tabId}`;

/** The tab a session key belongs to, or undefined for a key that is not the panel's. */
export function tabOfPanelNoteKey(key: string): number | undefined {
  const digits = key.startsWith(NOTE_KEY_PREFIX) ? key.slice(NOTE_KEY_PREFIX.length) : '';
  const id = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}

export async function panelNoteFor(session: SessionArea, tabId: number): Promise<string | undefined> {
  const value = (await session.get(panelNoteKey(tabId)))[panelNoteKey(tabId)];
  return typeof value === 'string' && value ? value : undefined;
}

export const rememberPanelNote = (session: SessionArea, tabId: number, noteId: string): Promise<void> =>
  session.set({ [panelNoteKey(tabId)]: noteId });

export const forgetPanelNote = (session: SessionArea, tabId: number): Promise<void> => session.remove(panelNoteKey(tabId));

/**
 * Opens the panel beside a tab; false where the browser refuses (no gesture, no panel API).
 * Must be called before the caller awaits anything (see above).
 */
export function openPanelBeside(apis: PanelApis, tabId: number): Promise<boolean> {
  const opened = () => true;
  const refused = () => false;
  try {
    // Firefox first: a Firefox that one day answers to `sidePanel` still has its own sidebar.
    if (apis.sidebarAction?.open) return apis.sidebarAction.open().then(opened, refused);
    if (apis.sidePanel?.open) return apis.sidePanel.open({ tabId }).then(opened, refused);
  } catch {
    // An API that throws instead of rejecting: the same refusal.
  }
  return Promise.resolve(false);
}

/**
 * The background's `openNoteInPanel`: opens the panel beside the sender's tab and remembers the
 * note for that tab, so a panel opened now, or later by the reader, shows it.
 */
export function createNoteInPanelOpener(apis: PanelApis, session: SessionArea) {
  return async function openNoteInPanel(noteId: string, tabId?: number): Promise<{ opened: boolean }> {
    // An extension page has no tab beside which to open: its reader is already in Sourcelight.
    if (tabId === undefined) return { opened: false };
    const opening = openPanelBeside(apis, tabId);
    await rememberPanelNote(session, tabId, noteId);
    return { opened: await opening };
  };
}

/**
 * Chrome's keyboard command for the panel (the browser has no built-in one beside a popup);
 * Firefox's is its own `_execute_sidebar_action`, which the browser runs itself.
 */
export const OPEN_PANEL_COMMAND = 'open-panel';
