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

/**
 * Second-level labels under which a country's names are registered ("bbc.co.uk", "abc.net.au").
 * A short list, not the Public Suffix List: it only decides how an outlet's name is shown.
 */
const SECOND_LEVEL_LABELS = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'nic']);

/** "www.news.bbc.co.uk" → "bbc.co.uk", "edition.cnn.com" → "cnn.com"; an IP address or a one-label host as it is. */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!name.includes('.') || /^[\d.]+$/.test(name) || name.includes(':')) return name;
  const labels = name.split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL_LABELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Control characters and bidirectional overrides: a page's name must not reorder or break the line it is shown in. */
const isUnshowable = (code: number) =>
  code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);

/** Page text as one showable line: unshowable characters and runs of white space become one space. */
function oneLine(text: string): string {
  let out = '';
  for (const char of text) out += isUnshowable(char.codePointAt(0)!) ? ' ' : char;
  return out.replace(/\s+/g, ' ').trim();
}

/** An outlet's name is a line, not a paragraph: what a page says it is called is cut here. */
export const MAX_OUTLET_NAME_CHARS = 200;

/**
 * The outlet as a reader knows it, one name everywhere (popup, Notes, Reading, exports): the
 * page's own name for its site (og:site_name, the JSON-LD publisher) when it gives one, else
 * the registrable domain of its address. Only ever shown: notes and reading are grouped and
 * filtered by `siteOf(url)`, which a page cannot choose (issue #19).
 */
export function outletName(siteName: unknown, url: string): string {
  const named = typeof siteName === 'string' ? oneLine(siteName).slice(0, MAX_OUTLET_NAME_CHARS) : '';
  return named || registrableDomain(siteOf(url));
}

/**
 * The name an article row is shown by: its `outlet`; for a row written before that field, the
 * name it kept in `site` (when that is not the key), else the domain.
 */
export function shownOutlet(row: { url: string; site?: string | undefined; outlet?: string | undefined }): string {
  if (row.outlet) return row.outlet;
  const key = siteOf(row.url);
  if (row.site && row.site !== key) return row.site;
  return registrableDomain(key);
}
