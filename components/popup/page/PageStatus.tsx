/** The "This page" tab when there is no report to show: one short message and, where it helps, one action. */

export function NoSourcelight() {
  return (
    <div class="status-message">
      <p>
        <strong>Sourcelight can't read this page.</strong>
      </p>
      <p class="muted">Browser pages, PDFs and extension stores are closed to extensions. Your notes are in the Notes tab.</p>
    </div>
  );
}

export interface ScanAnywayProps {
  scanning: boolean;
  onScan(): void;
}

/** Not an article (or no article text found): Sourcelight stays idle, unless the reader asks. */
export function NotArticle({ scanning, onScan, foundNothing = false }: ScanAnywayProps & { foundNothing?: boolean }) {
  return (
    <div class="status-message">
      <p>
        <strong>{foundNothing ? 'No article text found on this page.' : "This page doesn't look like an article."}</strong>
      </p>
      <p class="muted">Sourcelight stays idle on pages that aren't articles, such as home pages, search results and shops.</p>
      <button type="button" class="primary" onClick={onScan} disabled={scanning} aria-busy={scanning}>
        {scanning ? 'Scanning…' : 'Scan this page anyway'}
      </button>
    </div>
  );
}

export function SiteDisabled({ host, onEnable }: { host: string | null; onEnable?: () => void }) {
  return (
    <div class="status-message">
      <p>
        <strong>Sourcelight is switched off on {host ?? 'this site'}.</strong>
      </p>
      <p class="muted">It leaves every page of the site alone until you switch it back on.</p>
      {onEnable && (
        <button type="button" class="primary" onClick={onEnable}>
          Switch it back on
        </button>
      )}
    </div>
  );
}

export function Scanning() {
  return (
    <p class="status-message" role="status" aria-busy="true">
      Reading the article…
    </p>
  );
}
