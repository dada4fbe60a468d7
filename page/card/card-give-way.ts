/**
 * When an open card, pinned or not, gives way on its own: its sentence has scrolled out of view
 * (a card explaining text the reader has left behind only blocks the page), or its tab was
 * hidden (the reader went to the Notes page, another tab, another app). The reader coming back
 * finds the page as it was, every flag ready to open on hover.
 */

export interface GiveWayOptions {
  doc: Document;
  signal: AbortSignal;
  isTrusted(event: Event): boolean;
  /** Coalesces scroll events: requestAnimationFrame. */
  schedule(callback: () => void): void;
  /** The open card's sentence, or null when no card is open. */
  anchor(): Range | null;
  giveWay(): void;
  onError?: (error: unknown) => void;
}

export interface GiveWay {
  /** A card opened on a new sentence: it gives way once the sentence, seen, leaves the view. */
  opened(): void;
}

function inView(range: Range, doc: Document): boolean {
  const box = range.getBoundingClientRect();
  const height = doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight;
  const width = doc.defaultView?.innerWidth ?? doc.documentElement.clientWidth;
  // A range with no box (its text left the page) is out of view too.
  if (!box.width && !box.height) return false;
  return box.bottom > 0 && box.top < height && box.right > 0 && box.left < width;
}

export function watchGiveWay(options: GiveWayOptions): GiveWay {
  const { doc, signal } = options;
  // Judged only once the sentence has been seen: a card opened while a keyboard command's
  // scroll is still bringing its flag into view must not give way before it arrives.
  let seen = false;
  let pending = false;
  const guard = (work: () => void) => {
    try {
      work();
    } catch (error) {
      options.onError?.(error);
    }
  };

  const check = () => {
    pending = false;
    const anchor = options.anchor();
    if (signal.aborted || !anchor) return;
    const visible = inView(anchor, doc);
    if (visible) seen = true;
    else if (seen) {
      seen = false;
      options.giveWay();
    }
  };

  doc.addEventListener(
    'scroll',
    (event) => {
      if (pending || !options.isTrusted(event) || !options.anchor()) return;
      pending = true;
      options.schedule(() => guard(check));
    },
    // Capturing: a scroll inside a scrolling element (an app's article pane) counts too.
    { capture: true, passive: true, signal },
  );
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'hidden' && options.anchor()) guard(options.giveWay);
    },
    { signal },
  );

  return {
    opened() {
      const anchor = options.anchor();
      guard(() => {
        seen = !!anchor && inView(anchor, doc);
      });
    },
  };
}
