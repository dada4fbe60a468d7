/**
 * How the always-on loader and its message channel meet. On a page that is no article the loader
 * opens no channel: the extension APIs' set-up and the channel's code would cost every page. It
 * leaves its core here, under a registered symbol in its isolated world (the page's scripts live
 * in another world and never see it); the channel script, injected by the background with the
 * engine or by a sender that found nothing listening (contract/messaging.ts), takes it from here.
 */
import type { EngineReason } from '../../contract/messages.ts';
import type { Engine } from './engine-slot.ts';
import type { LoaderView } from './loader-answers.ts';

export const LOADER_SLOT = Symbol.for('sourcelight.loader');

/** The extension APIs the loader uses, native (no polyfill: the loader must stay small). */
export interface LoaderRuntime {
  readonly id?: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}
export type MessageListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

export interface LoaderCore {
  /** Aborted when the extension goes away. */
  readonly signal: AbortSignal;
  runtime(): LoaderRuntime;
  /** The page as the loader sees it while no engine runs. */
  view(): LoaderView;
  engine(): Engine | null;
  /** Asks the background to inject the engine; null when it declined or failed. */
  requestEngine(reason: EngineReason): Promise<Engine | null>;
  /** Looks at the page again (a site switched back on). */
  decide(): void;
  /** True once: the first channel to ask opens, any later one stays shut. */
  claimChannel(): boolean;
}

type CoreHolder = typeof globalThis & { [LOADER_SLOT]?: LoaderCore };

export function offerLoaderCore(global: typeof globalThis, core: LoaderCore): void {
  (global as CoreHolder)[LOADER_SLOT] = core;
}

export const readLoaderCore = (global: typeof globalThis): LoaderCore | undefined => (global as CoreHolder)[LOADER_SLOT];
