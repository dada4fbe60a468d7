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

export interface NotArticleProps extends ScanAnywayProps {
  foundNothing?: boolean;
  /** The reader's notes on this page; with some, the one action is to show them. */
  notes?: number;
  onShowNotes?(): void;
}

/**
 * Not an article (or no article text found): Sourcelight stays idle, unless the reader asks.
 * Notes kept here are not marked until the reader asks either: the page must not learn of them.
 */
export function NotArticle({ scanning, onScan, foundNothing = false, notes = 0, onShowNotes }: NotArticleProps) {
  const showNotes = notes > 0 && onShowNotes;
  return (
    <div class="status-message">
      <p>
        <strong>{foundNothing ? i18n.t('pageStates.noArticleText') : i18n.t('pageStates.notArticle')}</strong>
      </p>
      <p class="muted">{i18n.t('pageStates.notArticleWhy')}</p>
      {showNotes && <p>{i18n.t('pageStates.notesHere', notes)}</p>}
      <button type="button" class="primary" onClick={showNotes ? onShowNotes : onScan} disabled={scanning} aria-busy={scanning}>
        {scanning
          ? i18n.t('pageStates.scanningNow')
          : showNotes
            ? i18n.t('pageStates.showNotes')
            : i18n.t('pageStates.scanAnyway')}
      </button>
    </div>
  );
}

/** A scan that painted nothing: it found no text, or Sourcelight could not start on the page. */
export type ScanResult = 'nothing-found' | 'not-started';

/** Says why a scan the reader asked for shows nothing, and lets them try once more. */
export function ScanOutcome({ result, scanning, onScan }: ScanAnywayProps & { result: ScanResult }) {
  return (
    <div class="status-message" role="status">
      <p>
        <strong>{result === 'nothing-found' ? i18n.t('pageStates.scannedNothing') : i18n.t('pageStates.scanNotStarted')}</strong>
      </p>
      <p class="muted">
        {result === 'nothing-found' ? i18n.t('pageStates.scannedNothingWhy') : i18n.t('pageStates.scanNotStartedWhy')}
      </p>
      <button type="button" onClick={onScan} disabled={scanning} aria-busy={scanning}>
        {scanning ? i18n.t('pageStates.scanningNow') : i18n.t('pageStates.scanAgain')}
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
