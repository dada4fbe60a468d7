/**
 * The card's host: mounts the Preact card in its closed shadow root (card-shell.ts), follows
 * the reader's pointer, clicks and keys (card-triggers.ts), places the card beside the flag
 * (card-placement.ts) and keeps its state (card-controller.ts). The page session reaches it only
 * through `mountCard(...)` and the `CardHost` it returns; every action goes out through the
 * callbacks.
 */
import { render } from 'preact';
import { CARD_CSS } from '../../components/card/card-style.ts';
import { createCardActions } from './card-actions.ts';
import type { CardTriggerHandlers, MountCardOptions, MountedCard } from './card-api.ts';
import { CardController } from './card-controller.ts';
import { watchGiveWay } from './card-give-way.ts';
import { createCardShell } from './card-shell.ts';
import { watchSafePath } from './safe-path.ts';

export { HIDE_DELAY_MS } from './card-controller.ts';
export type { CardHost, MountCardOptions, MountedCard, NoticeAction, PageCallbacks, ShowOptions } from './card-api.ts';

export function mountCard(options: MountCardOptions): MountedCard {
  const { doc, signal } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const shell = createCardShell({
    doc,
    css: CARD_CSS,
    CSSStyleSheet: options.CSSStyleSheet,
    signal,
    ...(options.MutationObserver ? { MutationObserver: options.MutationObserver } : {}),
  });
  const card = new CardController(options, shell);
  const guarded = (work: () => void) => card.guard(work);
  const onError = options.onError ? { onError: options.onError } : {};

  const safePath = watchSafePath({
    doc,
    signal,
    isTrusted,
    isOwnUi: shell.isOwnUi,
    cardBox: () => card.cardBox(),
    setTimeout: options.setTimeout,
    clearTimeout: options.clearTimeout,
    onTowards: () => guarded(() => card.towards()),
    onSettled: () => guarded(() => card.settled()),
    ...onError,
  });
  const giveWay = watchGiveWay({
    doc,
    signal,
    isTrusted,
    schedule: options.schedule,
    anchor: () => card.open?.range ?? null,
    giveWay: () => guarded(() => card.hide()),
    ...onError,
  });
  card.heading = safePath.heading;
  card.onChanged = () => {
    safePath.reset();
    giveWay.opened();
  };

  const setPageHidden = (hidden: boolean) => {
    card.pageHidden = hidden;
    // "Highlights hidden" is no longer true once they are back, nor "shown" once hidden again.
    card.notices.end(hidden ? 'shown' : 'hidden');
    if (hidden) guarded(() => card.hide());
  };
  card.actions = createCardActions({
    callbacks: options,
    accept: isTrusted,
    current: () => card.open,
    redraw: () => guarded(() => card.draw()),
    hide: () => guarded(() => card.hide()),
    focusInside: card.focusInside,
    notice: (text, tone, action, takeFocus, topic) => card.notice(text, tone, action, takeFocus, topic),
    markSaved: (key) => card.savedKeys.add(key),
    setPageHidden,
  });

  const triggers: CardTriggerHandlers = {
    onEnter: (entry) => card.entered(entry),
    onRest: (entry, line) => guarded(() => card.rest(entry, line)),
    onLeave: () => card.left(),
    onFlagClick: (entry, line) => !card.pageHidden && guarded(() => card.show(entry.flag, entry.sentence, { line, pin: true })),
    onClickAway: () => card.open && guarded(() => card.hide()),
    onEscape: () => card.open && guarded(() => card.hide()),
  };
  signal.addEventListener(
    'abort',
    () => {
      card.cancelHide();
      card.notices.dispose();
      render(null, shell.mount);
    },
    { once: true },
  );

  return {
    triggers,
    isOwnUi: shell.isOwnUi,
    show: (flag, anchor, opts) => guarded(() => card.show(flag, anchor, opts)),
    hide: () => guarded(() => card.hide()),
    notice: (text, tone, action) => guarded(() => card.notice(text, tone, action)),
    markSaved(key, saved = true) {
      if (saved) card.savedKeys.add(key);
      else card.savedKeys.delete(key);
      if (card.open?.flag.key === key) guarded(() => card.draw());
    },
    setPageHidden: (hidden) => guarded(() => setPageHidden(hidden)),
    flagRestored: (key) => guarded(() => card.notices.end(`dismissed:${key}`)),
    get openFlagId() {
      return card.open?.flag.id ?? null;
    },
  };
}
