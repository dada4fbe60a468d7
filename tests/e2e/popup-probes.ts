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

/** Clicks the button whose text is `name`; false when there is none. */
export function pressButton(name: string): boolean {
  for (const button of document.querySelectorAll('button')) {
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

/** Clicks the site switch; returns whether it is now on. */
export function toggleSiteSwitch(): boolean | null {
  const input = document.querySelector<HTMLInputElement>('.site-switch input');
  if (!input) return null;
  input.click();
  return input.checked;
}

/** The page tab's status heading (not an article, switched off, …), once shown. */
export function pageStatusText(): string | null {
  return document.querySelector('.status-message')?.textContent?.trim() || null;
}
