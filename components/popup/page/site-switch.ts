import { isSiteEnabled, normalizeHostname, withSite, type Settings } from '../../../shared/settings.ts';

/** The host name the per-site switch works on, or null for pages without one (about:, file:). */
export function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return normalizeHostname(hostname) || null;
  } catch {
    return null;
  }
}

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
