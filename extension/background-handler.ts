/**
 * The background's answer to every message of the contract. The services are passed in, so
 * tests drive it with fakes and the entrypoint only wires the real ones.
 */
import { i18n } from '#i18n';
import type { ArticleAnalysis } from '../detector/analyze-article.ts';
import type {
  BackgroundMessage,
  BackgroundProtocol,
  EnginePart,
  EngineReason,
  EngineStart,
  Result,
} from '../contract/messages.ts';
import type { NoteDraft } from '../contract/note-model.ts';
import type { ReadingEntry } from '../contract/reading-record.ts';
import type { Settings } from '../contract/settings.ts';
import { badgeText } from './badge.ts';
import { isFromThisExtension, mayActFor, parseBackgroundMessage, type MessageSender } from './message-guards.ts';

export interface BackgroundServices {
  runtimeId: string;
  setBadgeText(tabId: number, text: string): Promise<void>;
  saveNote(draft: NoteDraft): Promise<BackgroundProtocol['notes/save']['response']>;
  notesForPage(url: string): Promise<BackgroundProtocol['notes/for-page']['response']>;
  openNotes(articleUrl?: string): Promise<void>;
  /** The side panel beside the tab, on one note (see 'panel/open-note'). */
  openNoteInPanel(noteId: string, tabId?: number): Promise<{ opened: boolean }>;
  dismissalsForPage(url: string): Promise<string[]>;
  setDismissal(url: string, key: string, dismissed: boolean): Promise<void>;
  recordReading(entry: ReadingEntry): Promise<void>;
  /** Injects the engine, or one of its parts, into one frame of a tab. */
  injectEngine(tabId: number, frameId: number, what?: { part?: EnginePart; channel?: boolean }): Promise<void>;
  /** The loader's message channel (contract/messages.ts, CHANNEL_FILE). */
  injectChannel(tabId: number, frameId: number): Promise<void>;
  analyze(text: string, lang?: string): ArticleAnalysis;
  /** False for a page on a site the reader switched off. */
  siteEnabled(pageUrl: string): Promise<boolean>;
  settings(): Promise<Settings>;
}

type Response = BackgroundProtocol[keyof BackgroundProtocol]['response'];

/** The article a message acts on, when it acts on one: a content script may act only on its own tab's page. */
function articleOf(message: BackgroundMessage): string | undefined {
  switch (message.type) {
    case 'notes/save':
      return message.draft.articleUrl;
    case 'notes/for-page':
    case 'dismissals/for-page':
    case 'dismissals/set':
      return message.url;
    case 'reading/record':
      return message.entry.url;
    default:
      return undefined;
  }
}

/**
 * No engine on a site the reader switched off (the loader does not read the settings: that is
 * kept out of every page); a page that is no article gets it only when the reader saved notes on it.
 */
async function engineStart(services: BackgroundServices, reason: EngineReason, pageUrl: string): Promise<EngineStart> {
  if (reason !== 'ui' && !(await services.siteEnabled(pageUrl))) return { loaded: false, disabled: true };
  if (reason === 'notes' && (await services.notesForPage(pageUrl)).length === 0) return { loaded: false };
  return { loaded: true };
}

async function answer(services: BackgroundServices, message: BackgroundMessage, sender: MessageSender): Promise<Response> {
  switch (message.type) {
    case 'engine/start': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url) throw new Error(i18n.t('background.needsTab'));
      const start = await engineStart(services, message.reason, sender.url);
      // A loader that found an article has no channel yet for the reader's commands: it comes
      // with the engine, in one injection, or alone where the engine was declined (a site
      // switched off must hear when it is switched back on).
      const channel = message.reason === 'article';
      if (start.loaded) await services.injectEngine(tabId, sender.frameId ?? 0, { channel });
      else if (channel) await services.injectChannel(tabId, sender.frameId ?? 0);
      return start;
    }
    case 'engine/part': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error(i18n.t('background.needsTab'));
      await services.injectEngine(tabId, sender.frameId ?? 0, { part: message.part });
      return null;
    }
    case 'analysis/run': {
      const { sentences: _spans, ...answer } = services.analyze(message.text, message.lang);
      return answer;
    }
    case 'badge/set': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error(i18n.t('background.needsTab'));
      await services.setBadgeText(tabId, badgeText(message.count));
      return null;
    }
    case 'notes/save':
      return services.saveNote(message.draft);
    case 'notes/for-page':
      return services.notesForPage(message.url);
    case 'panel/open-note':
      return services.openNoteInPanel(message.noteId, sender.tab?.id);
    case 'notes/open':
      await services.openNotes(message.articleUrl);
      return null;
    case 'dismissals/for-page':
      return services.dismissalsForPage(message.url);
    case 'dismissals/set':
      await services.setDismissal(message.url, message.key, message.dismissed);
      return null;
    case 'reading/record':
      await services.recordReading(message.entry);
      return null;
    case 'settings/read':
      return services.settings();
  }
}

export function createBackgroundHandler(services: BackgroundServices) {
  return async function handle(raw: unknown, sender: MessageSender): Promise<Result<Response>> {
    if (!isFromThisExtension(sender, services.runtimeId)) return { ok: false, error: i18n.t('background.refusedSender') };
    const message = parseBackgroundMessage(raw);
    if (!message) return { ok: false, error: i18n.t('background.refusedMessage') };
    const article = articleOf(message);
    if (article !== undefined && !mayActFor(sender, article, services.runtimeId)) {
      return { ok: false, error: i18n.t('background.refusedOtherPage') };
    }
    try {
      return { ok: true, value: await answer(services, message, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
