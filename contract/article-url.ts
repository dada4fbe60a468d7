/**
 * One key per article. The same story reached from a newsletter, a share button or a
 * "#comments" link must land on the same article row, or its notes would be split up.
 */
import { normalizeHostname } from './settings.ts';

/** Query parameters that say how the reader arrived, never which page they are on. */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'mc_cid', 'mc_eid', 'ref']);
const TRACKING_PREFIX = 'utm_';

function isTrackingParam(piece: string): boolean {
  const rawName = piece.split('=', 1)[0] ?? '';
  let name = rawName;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' '));
  } catch {
    // A malformed escape is not one of ours: keep the parameter as it was.
  }
  name = name.toLowerCase();
  return name.startsWith(TRACKING_PREFIX) || TRACKING_PARAMS.has(name);
}

/**
 * The canonical form of an article's address: no fragment, no tracking parameters, no
 * trailing slash on a path, host in lower case, default port dropped; the remaining query
 * parameters keep their order and spelling. Applying it twice changes nothing. Input that
 * is not a URL comes back trimmed, so a caller's validation can still reject it.
 */
export function normalizeArticleUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  // The URL parser already lower-cases the host and drops a default port. The query is
  // split by hand, not through URLSearchParams, which would re-encode what it keeps.
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((piece) => piece !== '' && !isTrackingParam(piece));
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  parsed.hash = '';
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  return parsed.href;
}

/** Only web pages carry notes and get links: a `javascript:` or `file:` address never does. */
export function isWebUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host of a web page, as the per-site switch works on it; null for pages without one (about:, file:). */
export const webHostOf = (url: string): string | null => (isWebUrl(url) ? siteOf(url) || null : null);

/** The host an article belongs to, as the site filter shows it ("news.example.com"); '' for a bad URL. */
export function siteOf(url: string): string {
  try {
    return normalizeHostname(new URL(url).hostname);
  } catch {
    return '';
  }
}
