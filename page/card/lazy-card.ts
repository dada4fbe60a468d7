/**
 * The card, loaded the first time it is needed: when the reader's pointer first comes onto a
 * flag (its injection fits in the hover-intent wait), when a keyboard command reaches a flag, or
 * when there is a notice to show. Until then the engine carries only the pointer and key
 * watching (card-triggers.ts); the card's UI toolkit costs a page nothing.
 */
import type { CardHost, MountCardOptions, MountedCard } from './card-api.ts';
import { watchCardTriggers } from './card-triggers.ts';

type MountCard = (options: MountCardOptions) => MountedCard;

export interface LazyCardOptions extends MountCardOptions {
  /** Loads the card's part and answers its mount function (at once where it is already loaded). */
  load: () => MountCard | Promise<MountCard>;
}

export function createLazyCard(options: LazyCardOptions): CardHost {
  const { load, ...mountOptions } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  let card: MountedCard | null = null;
  let loading: Promise<MountedCard | null> | null = null;
  // What the reader did before the card existed, applied when it arrives.
  let pageHidden = false;
  const saved = new Map<string, boolean>();

  const mountWith = (mount: MountCard): MountedCard => {
    card = mount(mountOptions);
    if (pageHidden) card.setPageHidden(true);
    for (const [key, isSaved] of saved) card.markSaved(key, isSaved);
    return card;
  };
  const ready = (): Promise<MountedCard | null> => {
    if (card) return Promise.resolve(card);
    if (loading) return loading;
    const loaded = load();
    if (typeof loaded === 'function') return Promise.resolve(mountWith(loaded));
    loading = loaded.then(mountWith).catch((error: unknown) => {
      options.onError?.(error);
      loading = null;
      return null;
    });
    return loading;
  };
  const whenReady = (use: (mounted: MountedCard) => void) => {
    const pending = ready();
    // Already mounted (or mounted just now): act in this task, as the reader's event did.
    if (card) use(card);
    else void pending.then((mounted) => mounted && use(mounted));
  };

  watchCardTriggers({
    doc: options.doc,
    entries: options.entries,
    schedule: options.schedule,
    setTimeout: options.setTimeout,
    clearTimeout: options.clearTimeout,
    signal: options.signal,
    isTrusted,
    isOwnUi: (target) => card?.isOwnUi(target) ?? false,
    ...(options.onError ? { onError: options.onError } : {}),
    onEnter: (entry) => (card ? card.triggers.onEnter(entry) : void ready()),
    onRest: (entry, line) => whenReady((mounted) => mounted.triggers.onRest(entry, line)),
    onLeave: () => card?.triggers.onLeave(),
    onFlagClick: (entry, line) => whenReady((mounted) => mounted.triggers.onFlagClick(entry, line)),
    onClickAway: () => card?.triggers.onClickAway(),
    onEscape: () => card?.triggers.onEscape(),
  });

  return {
    show: (flag, anchor, show) => whenReady((mounted) => mounted.show(flag, anchor, show)),
    hide: () => card?.hide(),
    notice: (text, tone, action) => whenReady((mounted) => mounted.notice(text, tone, action)),
    markSaved(key, isSaved = true) {
      saved.set(key, isSaved);
      card?.markSaved(key, isSaved);
    },
    setPageHidden(hidden) {
      pageHidden = hidden;
      card?.setPageHidden(hidden);
    },
    // Without a card there is no notice to take back.
    flagRestored: (key) => card?.flagRestored(key),
    get openFlagId() {
      return card?.openFlagId ?? null;
    },
  };
}
