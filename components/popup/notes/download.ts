/** Saving the export as a file, through the browser's own download of an `<a download>` link. */

const pad = (value: number) => String(value).padStart(2, '0');

/** "sourcelight-notes-2026-11-24.json", dated in the reader's own time zone. */
export function exportFileName(now: number, extension: 'json' | 'md' | 'csv', what: 'notes' | 'reading' = 'notes'): string {
  const date = new Date(now);
  return `sourcelight-${what}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}

/** Seconds before the object URL is let go: the download has long started by then. */
const REVOKE_AFTER_MS = 60_000;

export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
