import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { Settings } from '../../contract/settings.ts';
import { errorMessage } from '../hooks/use-async.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useSettings } from '../hooks/use-settings.ts';
import { PageReportView } from './this-page/PageReportView.tsx';
import {
  NoSourcelight,
  NotArticle,
  type NotArticleProps,
  ScanOutcome,
  type ScanResult,
  Scanning,
  SiteDisabled,
} from './this-page/PageStatus.tsx';
import { PageSwitches } from './this-page/PageSwitches.tsx';
import { hostOf, withSiteEnabled } from './this-page/site-switch.ts';
import { usePageReport } from './this-page/use-page-report.ts';
import type { PopupServices } from './services.ts';

/** What a scan the reader asked for came to, when it painted nothing. */
function scanResultOf(state: string): ScanResult | null {
  if (state === 'idle') return 'nothing-found';
  if (state === 'not-article') return 'not-started';
  return null;
}

/** The "This page" tab: the tab's report in whichever state the page is. */
export function PageTab({ services }: { services: PopupServices }) {
  const { report, current, follow } = usePageReport(services.page);
  const { settings, save } = useSettings();
  const [actionError, setActionError] = useState<string>();
  const [scanning, setScanning] = useState(false);
  const [scanResult, setScanResult] = useState<ScanResult | null>(null);

  const changeSite = (next: Settings, enabled: boolean) => {
    setActionError(undefined);
    save(next).then(
      // The page hears of the change from storage; follow it until its report says so.
      () => follow((answer) => !answer || (answer.state === 'disabled') !== enabled),
      (error: unknown) => setActionError(i18n.t('popup.errors.settingNotSaved', { reason: errorMessage(error) })),
    );
  };
  // A scan always ends in something the reader can see: the flags, or why there are none.
  const scanAnyway = () => {
    setScanning(true);
    setScanResult(null);
    const scan = async () => {
      try {
        const answer = await services.page.scan();
        setScanResult(answer ? scanResultOf(answer.state) : 'not-started');
        return answer;
      } finally {
        setScanning(false);
      }
    };
    report.reload({ quiet: true, using: scan });
  };
  const showNotes = () => {
    setScanning(true);
    report.reload({ quiet: true, using: () => services.page.showNotes().finally(() => setScanning(false)) });
  };
  const pageAction = async (work: () => Promise<unknown>) => {
    setActionError(undefined);
    try {
      await work();
      report.reload({ quiet: true });
    } catch (error) {
      setActionError(i18n.t('popup.errors.pageRefused', { reason: errorMessage(error) }));
    }
  };

  if (report.status === 'loading') {
    return (
      <p class="status-message" aria-busy="true">
        {i18n.t('pageStates.looking')}
      </p>
    );
  }
  if (report.status === 'error') {
    return (
      <p class="status-message error" role="alert">
        {i18n.t('pageStates.unreadable', { reason: report.error })}
      </p>
    );
  }
  if (!current) return <NoSourcelight />;

  const host = hostOf(current.context.url);
  const enable = host && settings ? () => changeSite(withSiteEnabled(settings, host, true), true) : undefined;
  const idle = current.state === 'not-article' || current.state === 'idle';
  return (
    <div class="page-tab">
      <PageSwitches
        report={current}
        host={host}
        settings={settings}
        onSite={(enabled) => settings && host && changeSite(withSiteEnabled(settings, host, enabled), enabled)}
        onHidden={(hidden) => void pageAction(() => services.page.setHidden(hidden))}
      />
      {idle && scanResult && !scanning && <ScanOutcome result={scanResult} scanning={scanning} onScan={scanAnyway} />}
      {idle && !(scanResult && !scanning) && (
        <NotArticleHere
          services={services}
          url={current.context.url}
          foundNothing={current.state === 'idle'}
          scanning={scanning}
          onScan={scanAnyway}
          onShowNotes={showNotes}
        />
      )}
      {current.state === 'disabled' && <SiteDisabled host={host} {...(enable ? { onEnable: enable } : {})} />}
      {current.state === 'scanning' && current.flags.length === 0 && <Scanning />}
      {(current.state === 'ready' || (current.state === 'scanning' && current.flags.length > 0)) && (
        <PageReportView
          report={current}
          services={services}
          onDismiss={(flag, dismissed) => pageAction(() => services.page.dismissFlag(flag.id, dismissed))}
        />
      )}
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
    </div>
  );
}

/** A page that is no article, with the reader's notes on it counted (live) for "Show my notes". */
function NotArticleHere({ services, url, ...props }: NotArticleProps & { services: PopupServices; url: string }) {
  const saved = useLiveQuery(() => services.notes.forPage(url), [url]);
  return <NotArticle {...props} notes={saved.status === 'done' ? saved.value.length : 0} />;
}
