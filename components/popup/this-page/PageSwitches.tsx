import { i18n } from '#i18n';
import type { PageReport } from '../../../contract/messages.ts';
import { isSiteEnabled, type Settings } from '../../../contract/settings.ts';
import { Toggle } from './Toggle.tsx';

export interface PageSwitchesProps {
  report: PageReport;
  host: string | null;
  settings: Settings | null;
  onSite(enabled: boolean): void;
  onHidden(hidden: boolean): void;
}

/**
 * The page's two switches: highlights on this page (for now), and Sourcelight on this site
 * (remembered). At the top of the tab, where a reader who wants them off looks first, never
 * under a long list of flags (issue #18).
 */
export function PageSwitches({ report, host, settings, onSite, onHidden }: PageSwitchesProps) {
  const painted = report.state === 'ready' || report.state === 'scanning';
  if (!painted && !(host && settings)) return null;
  return (
    <div class="page-switches">
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
    </div>
  );
}
