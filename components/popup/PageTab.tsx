import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { Settings } from '../../contract/settings.ts';
import { errorMessage } from '../hooks/use-async.ts';
import { useSettings } from '../hooks/use-settings.ts';
import { PageFooter } from './this-page/PageFooter.tsx';
import { PageReportView } from './this-page/PageReportView.tsx';
import { NoSourcelight, NotArticle, Scanning, SiteDisabled } from './this-page/PageStatus.tsx';
import { hostOf, withSiteEnabled } from './this-page/site-switch.ts';
import { usePageReport } from './this-page/use-page-report.ts';
import type { PopupServices } from './services.ts';

/** The "This page" tab: the tab's report in whichever state the page is. */
export function PageTab({ services }: { services: PopupServices }) {
  const { report, current, follow } = usePageReport(services.page);
  const { settings, save } = useSettings();
  const [actionError, setActionError] = useState<string>();
  const [scanning, setScanning] = useState(false);

  const changeSite = (next: Settings, enabled: boolean) => {
    setActionError(undefined);
    save(next).then(
      // The page hears of the change from storage; follow it until its report says so.
      () => follow((answer) => !answer || (answer.state === 'disabled') !== enabled),
      (error: unknown) => setActionError(i18n.t('popup.errors.settingNotSaved', { reason: errorMessage(error) })),
    );
  };
  const scanAnyway = () => {
    setScanning(true);
    report.reload({ quiet: true, using: () => services.page.scan().finally(() => setScanning(false)) });
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
  return (
    <div class="page-tab">
      {current.state === 'not-article' && <NotArticle scanning={scanning} onScan={scanAnyway} />}
      {current.state === 'idle' && <NotArticle foundNothing scanning={scanning} onScan={scanAnyway} />}
      {current.state === 'disabled' && <SiteDisabled host={host} {...(enable ? { onEnable: enable } : {})} />}
      {current.state === 'scanning' && current.flags.length === 0 && <Scanning />}
      {(current.state === 'ready' || (current.state === 'scanning' && current.flags.length > 0)) && (
        <PageReportView
          report={current}
          services={services}
          onDismiss={(flag, dismissed) => pageAction(() => services.page.dismissFlag(flag.id, dismissed))}
        />
      )}
      <PageFooter
        report={current}
        host={host}
        settings={settings}
        onSite={(enabled) => settings && host && changeSite(withSiteEnabled(settings, host, enabled), enabled)}
        onHidden={(hidden) => void pageAction(() => services.page.setHidden(hidden))}
      />
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
    </div>
  );
}
