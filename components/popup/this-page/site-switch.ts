import { webHostOf } from '../../../contract/article-url.ts';
import { isSiteEnabled, withSite, type Settings } from '../../../contract/settings.ts';

/** The host name the per-site switch works on, or null for pages without one (about:, file:). */
export const hostOf = webHostOf;

/**
 * The settings with Sourcelight switched on or off for a host. Switching on also lifts the
 * switch-off of any parent domain covering it ("example.com" covers "news.example.com"), or
 * the host would stay off.
 */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  if (!enabled) return withSite(settings, host, true);
  let next = withSite(settings, host, false);
  for (const site of next.disabledSites) {
    if (!isSiteEnabled({ ...next, disabledSites: [site] }, host)) next = withSite(next, site, false);
  }
  return next;
}
