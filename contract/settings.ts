/**
 * The reader's settings, as stored in browser.storage.local under `settings`. Parsing is
 * forgiving: whatever an older version or a hand edit left there, the result is usable. Reading
 * and watching the stored value is settings-store.ts's (kept apart: the storage library is more
 * than the always-on loader's whole size budget, and the loader needs only this file).
 */
import { CATEGORIES, type Category } from '../detector/types.ts';

export const SETTINGS_KEY = 'settings';

export interface Settings {
  /** Host names where Sourcelight stays idle; a name also covers its subdomains. */
  disabledSites: string[];
  /** Categories that are painted and counted. */
  enabledCategories: Category[];
  /** Whether a flag's card opens when the pointer rests on it, or only when it is clicked. */
  cardOpensOn: 'hover' | 'click';
  /** Keep each article's sourcing profile (never its text) for the reading record. */
  recordReading: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  disabledSites: [],
  enabledCategories: [...CATEGORIES],
  cardOpensOn: 'hover',
  recordReading: true,
}) as Settings;

const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);

/** Lower case, no leading "www.", no trailing dot: "WWW.Example.com." → "example.com". */
export function normalizeHostname(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

export function parseSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(record.disabledSites)
    ? record.disabledSites
        .filter((site): site is string => typeof site === 'string')
        .map(normalizeHostname)
        .filter(Boolean)
    : [];
  // A missing or broken list means "all on"; an empty list is the reader's choice and stays empty.
  const categories = Array.isArray(record.enabledCategories)
    ? CATEGORIES.filter((category) => (record.enabledCategories as unknown[]).some((c) => c === category && isCategory(c)))
    : [...CATEGORIES];
  return {
    disabledSites: [...new Set(sites)],
    enabledCategories: categories,
    cardOpensOn: record.cardOpensOn === 'click' ? 'click' : 'hover',
    recordReading: record.recordReading !== false,
  };
}

/** False when the host, or a domain it belongs to, is switched off: "example.com" covers "news.example.com". */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  const host = normalizeHostname(hostname);
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The settings with one category switched on or off, in the canonical category order. */
export function withCategory(settings: Settings, category: Category, enabled: boolean): Settings {
  const chosen = new Set(settings.enabledCategories);
  if (enabled) chosen.add(category);
  else chosen.delete(category);
  return { ...settings, enabledCategories: CATEGORIES.filter((each) => chosen.has(each)) };
}

/** The settings with a site switched off (`disabled`) or back on. */
export function withSite(settings: Settings, hostname: string, disabled: boolean): Settings {
  const host = normalizeHostname(hostname);
  if (!host) return settings;
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: disabled ? [...others, host].sort() : others };
}
