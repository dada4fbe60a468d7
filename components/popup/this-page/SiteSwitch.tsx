import { isSiteEnabled, type Settings } from '../../../contract/settings.ts';
import { withSiteEnabled } from './site-switch.ts';

export interface SiteSwitchProps {
  host: string;
  settings: Settings;
  onChange(next: Settings): void;
}

/** "Sourcelight on example.com": unchecking keeps Sourcelight idle on every page of the site. */
export function SiteSwitch({ host, settings, onChange }: SiteSwitchProps) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        checked={isSiteEnabled(settings, host)}
        onChange={(event) => onChange(withSiteEnabled(settings, host, (event.currentTarget as HTMLInputElement).checked))}
      />
      Sourcelight on {host}
    </label>
  );
}
