/**
 * A page that is no article yet may become one (a client-side app that renders its story late).
 * The observer callback only counts; a check of the page runs at most once a second, only after
 * enough text arrived, and at most MAX_LATE_CHECKS times, so a web app that changes all day costs
 * next to nothing.
 */
export const LATE_CHECK_DELAY_MS = 1000;
export const LATE_TEXT_MIN_CHARS = 200;
export const MAX_LATE_CHECKS = 20;

export interface LateArticleWatchDeps {
  root: Node;
  MutationObserver: typeof MutationObserver;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Looks at the page again; true stops the watch (the article was found). */
  check: () => boolean;
  signal: AbortSignal;
}

/** Text an added node brings, capped: `textContent` is native and fast, and the cap bounds it. */
function addedText(records: MutationRecord[], cap: number): number {
  let total = 0;
  for (const record of records) {
    for (const node of record.addedNodes) {
      total += Math.min(node.textContent?.length ?? 0, cap);
      if (total >= cap) return total;
    }
  }
  return total;
}

/** Starts watching; returns the stop. */
export function watchForLateArticle(deps: LateArticleWatchDeps): () => void {
  let checks = 0;
  let arrived = 0;
  let timer: unknown = null;
  const observer = new deps.MutationObserver((records) => {
    arrived += addedText(records, LATE_TEXT_MIN_CHARS);
    if (arrived < LATE_TEXT_MIN_CHARS || timer !== null) return;
    timer = deps.setTimeout(() => {
      timer = null;
      arrived = 0;
      checks++;
      if (deps.check() || checks >= MAX_LATE_CHECKS) stop();
    }, LATE_CHECK_DELAY_MS);
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== null) deps.clearTimeout(timer);
    timer = null;
  };
  observer.observe(deps.root, { childList: true, subtree: true });
  deps.signal.addEventListener('abort', stop, { once: true });
  return stop;
}
