import { i18n } from '#i18n';
import type { PageReport } from '../../../contract/messages.ts';
import { isSiteEnabled, type Settings } from '../../../contract/settings.ts';
import { Toggle } from './Toggle.tsx';

export interface PageFooterProps {
  report: PageReport;
  host: string | null;
  settings: Settings | null;
  onSite(enabled: boolean): void;
  onHidden(hidden: boolean): void;
}

/** The page's two switches: highlights on this page (for now), and Sourcelight on this site (remembered). */
export function PageFooter({ report, host, settings, onSite, onHidden }: PageFooterProps) {
  const painted = report.state === 'ready' || report.state === 'scanning';
  if (!painted && !(host && settings)) return null;
  return (
    <footer class="site-footer">
      {painted && (
        <Toggle
          class="hide-switch"
          label={i18n.t('popup.page.highlightsShown')}
          checked={!report.hidden}
          onChange={(shown) => onHidden(!shown)}
        />
      )}
      {host && settings && (
        <Toggle
          class="site-switch"
          label={i18n.t('popup.page.onForSite', { host })}
          checked={isSiteEnabled(settings, host)}
          onChange={onSite}
        />
      )}
    </footer>
  );
}
