import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings.ts';
import { errorMessage, useAsync } from '../hooks/use-async.ts';
import { NoSourcelight, NotArticle, Scanning, SiteDisabled } from './page/PageStatus.tsx';
import { PageReportView } from './page/PageReportView.tsx';
import { hostOf, withSiteEnabled } from './page/site-switch.ts';
import { SiteSwitch } from './page/SiteSwitch.tsx';
import type { PopupServices } from './services.ts';

/** While the page is still reading its article, ask again this often. */
export const SCANNING_POLL_MS = 400;
/** The content script hears of a settings change through storage events: give it a moment before asking. */
export const SETTINGS_SETTLE_MS = 250;

export interface PageTabProps {
  services: PopupServices;
  notesVersion: number;
  onNotesChanged(): void;
}

/** The "This page" tab: the active tab's report in whichever state the page is. */
export function PageTab({ services, notesVersion, onNotesChanged }: PageTabProps) {
  const report = useAsync<PageReport | null>(() => services.pageReport());
  const stored = useAsync(() => services.settings.load());
  const [changedSettings, setChangedSettings] = useState<Settings | null>(null);
  const [settingsError, setSettingsError] = useState<string>();
  const [scanning, setScanning] = useState(false);

  const current = report.status === 'done' ? report.value : null;
  // Poll only while the page says it is still scanning; each new answer sets the next timer.
  useEffect(() => {
    if (current?.state !== 'scanning') return;
    const timer = setTimeout(() => report.reload({ quiet: true }), SCANNING_POLL_MS);
    return () => clearTimeout(timer);
  }, [current]);

  const settings = changedSettings ?? (stored.status === 'done' ? stored.value : null);
  const changeSettings = (next: Settings) => {
    const previous = settings;
    setChangedSettings(next);
    setSettingsError(undefined);
    services.settings.save(next).then(
      () => setTimeout(() => report.reload({ quiet: true }), SETTINGS_SETTLE_MS),
      (error: unknown) => {
        setChangedSettings(previous);
        setSettingsError(`The setting was not saved: ${errorMessage(error)}`);
      },
    );
  };
  const scanAnyway = () => {
    setScanning(true);
    report.reload({ quiet: true, using: () => services.scanPage().finally(() => setScanning(false)) });
  };

  if (report.status === 'loading') {
    return (
      <p class="status-message" aria-busy="true">
        Looking at this page…
      </p>
    );
  }
  if (report.status === 'error') {
    return (
      <p class="status-message error" role="alert">
        Sourcelight could not read this tab: {report.error}
      </p>
    );
  }
  if (!current) return <NoSourcelight />;

  const host = hostOf(current.context.url);
  const enable = host && settings ? () => changeSettings(withSiteEnabled(settings, host, true)) : undefined;
  return (
    <div class="page-tab">
      {current.state === 'not-article' && <NotArticle scanning={scanning} onScan={scanAnyway} />}
      {current.state === 'idle' && <NotArticle foundNothing scanning={scanning} onScan={scanAnyway} />}
      {current.state === 'disabled' && <SiteDisabled host={host} {...(enable ? { onEnable: enable } : {})} />}
      {current.state === 'scanning' && <Scanning />}
      {(current.state === 'ready' || (current.state === 'scanning' && current.flags.length > 0)) && (
        <PageReportView report={current} services={services} notesVersion={notesVersion} onNotesChanged={onNotesChanged} />
      )}
      {host && settings && (
        <footer class="site-footer">
          <SiteSwitch host={host} settings={settings} onChange={changeSettings} />
        </footer>
      )}
      {settingsError && (
        <p class="error" role="alert">
          {settingsError}
        </p>
      )}
    </div>
  );
}
