/**
 * Shape checks for messages arriving at the background. Anything a web page could forge is
 * refused here: a message must come from this extension and match the contract exactly, and a
 * content script acts only on its own tab's page.
 */
import { normalizeArticleUrl } from '../contract/article-url.ts';
import { isRecord } from '../contract/is-record.ts';
import { type BackgroundMessage, MAX_LANG_CHARS } from '../contract/messages.ts';

export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** True for this extension's own content scripts and pages; false for other extensions and web pages. */
export function isFromThisExtension(sender: MessageSender, runtimeId: string): boolean {
  return sender.id === runtimeId;
}

const isExtensionPage = (url: string | undefined, runtimeId: string) =>
  !!url && (url.startsWith(`chrome-extension://${runtimeId}/`) || url.startsWith('moz-extension://'));

/**
 * Whether the sender may read or write what belongs to `articleUrl`. The extension's own pages
 * act for any article (the popup saves a flag of the active tab); a content script only for the
 * page its tab shows, so a page that drives its content script cannot touch other articles.
 */
export function mayActFor(sender: MessageSender, articleUrl: string, runtimeId: string): boolean {
  // The toolbar popup, or the popup and Notes pages opened in a tab: the reader's own pages.
  if (isExtensionPage(sender.url, runtimeId)) return true;
  const page = sender.url ?? sender.tab?.url;
  if (!page) return false;
  return normalizeArticleUrl(page) === normalizeArticleUrl(articleUrl);
}

const BADGE_COUNT_LIMIT = 1_000_000;
const MAX_URL_CHARS = 8192;
const MAX_KEY_CHARS = 25_000;

const isUrl = (value: unknown) => typeof value === 'string' && value.length <= MAX_URL_CHARS;
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < BADGE_COUNT_LIMIT;

type Validators = { [K in BackgroundMessage['type']]: (message: Record<string, unknown>) => boolean };

/** The largest text one analysis request may carry: the engine sends long bodies in chunks. */
export const MAX_ANALYSIS_CHARS = 250_000;
const ENGINE_REASONS = new Set(['article', 'forced', 'notes', 'ui']);

const VALIDATORS: Validators = {
  'engine/start': (m) => typeof m.reason === 'string' && ENGINE_REASONS.has(m.reason),
  'engine/part': (m) => m.part === 'readability' || m.part === 'card',
  'analysis/run': (m) =>
    typeof m.text === 'string' &&
    m.text.length <= MAX_ANALYSIS_CHARS &&
    (m.lang === undefined || (typeof m.lang === 'string' && m.lang.length <= MAX_LANG_CHARS)),
  'badge/set': (m) => isCount(m.count),
  'notes/save': (m) => isRecord(m.draft) && isUrl(m.draft.articleUrl),
  'notes/for-page': (m) => isUrl(m.url),
  'panel/open-note': (m) => typeof m.noteId === 'string' && m.noteId.length > 0 && m.noteId.length <= MAX_KEY_CHARS,
  'notes/open': (m) => m.articleUrl === undefined || isUrl(m.articleUrl),
  'dismissals/for-page': (m) => isUrl(m.url),
  'dismissals/set': (m) =>
    isUrl(m.url) && typeof m.key === 'string' && m.key.length <= MAX_KEY_CHARS && typeof m.dismissed === 'boolean',
  'reading/record': (m) => isRecord(m.entry) && isUrl(m.entry.url),
  'settings/read': () => true,
};

/** The message as the contract types it, or null when it does not fit. */
export function parseBackgroundMessage(value: unknown): BackgroundMessage | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(VALIDATORS, value.type)) return null;
  const validate = VALIDATORS[value.type as BackgroundMessage['type']];
  return validate(value) ? (value as unknown as BackgroundMessage) : null;
}
