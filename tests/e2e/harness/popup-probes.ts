/**
 * Functions that run inside the popup page under test (each self-contained): read the Notes
 * list as a reader sees it, press buttons by their names, catch an export's file, and hand the
 * import control a file as if the reader had chosen it.
 */

/** Each listed note as passage and comment, once the list is there. */
export function listedNotes(): Array<{ passage: string; comment: string }> | null {
  const rows = document.querySelectorAll('.note');
  if (!rows.length) return null;
  const notes: Array<{ passage: string; comment: string }> = [];
  for (const row of rows) {
    notes.push({
      passage: row.querySelector('.passage')?.textContent?.trim() ?? '',
      comment: row.querySelector('.comment')?.textContent?.trim() ?? '',
    });
  }
  return notes;
}

/** The empty-state message, once shown. */
export function emptyNotesMessage(): string | null {
  return document.querySelector('.empty')?.textContent ?? null;
}

/** Clicks the button or menu item whose text is `name` (menus are opened first); false when there is none. */
export function pressButton(name: string): boolean {
  for (const menu of document.querySelectorAll<HTMLButtonElement>('button[aria-haspopup="menu"][aria-expanded="false"]'))
    menu.click();
  for (const button of document.querySelectorAll<HTMLElement>('button, [role="menuitem"]')) {
    if (button.textContent?.trim() === name) {
      button.click();
      return true;
    }
  }
  return false;
}

/** From now on, the text of every file the page offers for download lands in window.__exports. */
export function catchDownloads(): boolean {
  const page = window as unknown as { __exports: string[] };
  page.__exports = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) void blob.text().then((text) => page.__exports.push(text));
    return original(blob);
  };
  // Keep the browser from saving files during the test.
  HTMLAnchorElement.prototype.click = () => {};
  return true;
}

export function caughtDownload(): string | null {
  return (window as unknown as { __exports?: string[] }).__exports?.[0] ?? null;
}

/** Gives the import control a file, as choosing one in the file picker does. */
export function chooseImportFile(text: string): boolean {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) return false;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'sourcelight-notes.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The transfer section's status or error line. */
export function transferMessage(): string | null {
  const section = document.querySelector('.transfer');
  const text = section?.querySelector('.status')?.textContent || section?.querySelector('.error')?.textContent;
  return text || null;
}

/** The sourcing profile's line ("8 of 19 sentences rest on unnamed sourcing"), once shown. */
export function profileLine(): string | null {
  const line = document.querySelector('.profile-summary');
  return line?.textContent?.trim() || null;
}

/** The flags the popup lists, as their cue words. */
export function listedFlagCues(): string[] {
  const cues: string[] = [];
  for (const cue of document.querySelectorAll('.flag .cue')) cues.push(cue.textContent ?? '');
  return cues;
}

/** Clicks the first button named `name` inside the first element matching `within`. */
export function pressButtonIn([within, name]: readonly [string, string]): boolean {
  const scope = document.querySelector(within);
  for (const button of scope?.querySelectorAll('button') ?? []) {
    if (button.textContent?.trim() === name) {
      button.click();
      return true;
    }
  }
  return false;
}

/** Clicks the site switch; returns the state it was switched to (on: true). */
export function toggleSiteSwitch(): boolean | null {
  const toggle = document.querySelector<HTMLButtonElement>('.site-switch');
  if (!toggle) return null;
  const next = toggle.getAttribute('aria-checked') !== 'true';
  toggle.click();
  return next;
}

/** Clicks the "Highlights on this page" switch; returns the state it was switched to (shown: true). */
export function toggleHighlights(): boolean | null {
  const toggle = document.querySelector<HTMLButtonElement>('.hide-switch');
  if (!toggle) return null;
  const next = toggle.getAttribute('aria-checked') !== 'true';
  toggle.click();
  return next;
}

/** The summary of the dismissed flags ("1 dismissed flag"), once shown. */
export function dismissedSummary(): string | null {
  return document.querySelector('.dismissed summary')?.textContent?.trim() || null;
}

/** The body's computed font size in px: what a reader's eyes get. */
export function bodyFontSize(): number {
  return Number.parseFloat(getComputedStyle(document.body).fontSize);
}

/**
 * Runs in an extension page: the id of the last-opened tab other than the caller's own. Without
 * the "tabs" permission URLs are hidden, so the tab is told by its position (drivers open every
 * new tab at the end of the window).
 */
export async function lastTabId(): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: runs inside the browser, where the extension API is untyped here.
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  const current = await api.tabs.getCurrent();
  const tabs = (await api.tabs.query({})).filter((tab: { id: number }) => tab.id !== current?.id);
  let last = tabs[0];
  for (const tab of tabs) if (tab.index > last.index) last = tab;
  return last.id;
}

/** The page tab's status line (not an article, switched off, …) once the page has answered, not the busy "Looking…". */
export function pageStatusText(): string | null {
  return document.querySelector('.status-message:not([aria-busy="true"])')?.textContent?.trim() || null;
}
