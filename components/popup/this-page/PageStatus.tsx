/** The "This page" tab when there is no report to show: one short message and, where it helps, one action. */
import { i18n } from '#i18n';

export function NoSourcelight() {
  return (
    <div class="status-message">
      <p>
        <strong>{i18n.t('pageStates.noSourcelight')}</strong>
      </p>
      <p class="muted">{i18n.t('pageStates.noSourcelightWhy')}</p>
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
        <strong>{foundNothing ? i18n.t('pageStates.noArticleText') : i18n.t('pageStates.notArticle')}</strong>
      </p>
      <p class="muted">{i18n.t('pageStates.notArticleWhy')}</p>
      <button type="button" class="primary" onClick={onScan} disabled={scanning} aria-busy={scanning}>
        {scanning ? i18n.t('pageStates.scanningNow') : i18n.t('pageStates.scanAnyway')}
      </button>
    </div>
  );
}

export function SiteDisabled({ host, onEnable }: { host: string | null; onEnable?: () => void }) {
  return (
    <div class="status-message">
      <p>
        <strong>{host ? i18n.t('pageStates.siteOff', { host }) : i18n.t('pageStates.siteOffUnnamed')}</strong>
      </p>
      <p class="muted">{i18n.t('pageStates.siteOffWhy')}</p>
      {onEnable && (
        <button type="button" class="primary" onClick={onEnable}>
          {i18n.t('pageStates.switchBackOn')}
        </button>
      )}
    </div>
  );
}

export function Scanning() {
  return (
    <p class="status-message" role="status" aria-busy="true">
      {i18n.t('pageStates.scanning')}
    </p>
  );
}
