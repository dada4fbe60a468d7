/**
 * The loader's message channel: the reader's commands (from the popup, the context menu, the
 * keyboard) reach the page here. Injected only where something must listen (see loader-slot.ts),
 * it hands each command to the engine, brings the engine when a command needs it, or answers for
 * a page without one.
 */
import type { ContentMessage, EngineReason, Result } from '../../contract/messages.ts';
import { isPageMessage, parseContentMessage } from './content-messages.ts';
import { answerWithoutEngine } from './loader-answers.ts';
import type { LoaderCore, MessageListener } from './loader-slot.ts';

/** Messages that bring the engine when there is none yet, and why. */
const LOADS_ENGINE: Partial<Record<ContentMessage['type'], EngineReason>> = {
  'page/scan': 'forced',
  'page/show-notes': 'notes',
  'page/notice': 'ui',
};

export function openLoaderChannel(core: LoaderCore): void {
  if (core.signal.aborted || !core.claimChannel()) return;

  const answer = async (message: ContentMessage): Promise<Result<unknown>> => {
    const engine = core.engine();
    if (engine) return engine.handle(message);
    const view = core.view();
    if (message.type === 'page/settings-changed') {
      // A site switched back on: look at the page again.
      if (view.state === 'disabled') core.decide();
      return { ok: true, value: null };
    }
    const reason = LOADS_ENGINE[message.type];
    if (reason && (view.state !== 'disabled' || reason === 'ui')) {
      const started = await core.requestEngine(reason);
      if (started) return started.handle(message);
    }
    // Read again: the state may have changed while the engine was asked for.
    return answerWithoutEngine(message, core.view());
  };

  const onMessage: MessageListener = (raw, _sender, sendResponse) => {
    if (!isPageMessage(raw)) return undefined;
    const message = parseContentMessage(raw);
    if (!message) {
      sendResponse({ ok: false, error: 'Refused: not a Sourcelight page message.' });
      return undefined;
    }
    answer(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };

  const runtime = core.runtime();
  runtime.onMessage.addListener(onMessage);
  core.signal.addEventListener('abort', () => runtime.onMessage.removeListener(onMessage), { once: true });
}
