/**
 * Which parts of a long article the reader is near. Every highlighted range costs the browser a
 * check each time the highlight registry changes, and the painting of the text it covers: a
 * 5,000-paragraph article's flags far below the first screen were a third of what Sourcelight
 * cost the page while it loaded. So the chunks after the first are painted when the reader
 * comes within a screen of them (an IntersectionObserver, which reads no layout of its own and
 * which the page cannot see), not while the page loads.
 */

/** How far beyond the window "near" reaches: a screen above and below, so paint is ready before it shows. */
export const NEAR_MARGIN = '100% 0px';

/**
 * Flags closer than this much body text to a watched one are not watched themselves: each
 * watched element costs the page geometry work in every frame (on a 5,000-paragraph article,
 * one per flag was about 7 ms while it loaded), and this much text, a few paragraphs, is well
 * inside the screen of margin, so the nearer flag is reached as the watched one is.
 */
export const WATCH_EVERY_CHARS = 1_500;

/**
 * The elements to watch for flags at these body offsets (in reading order): one per
 * WATCH_EVERY_CHARS of text at most, and the last flag's, so that a flag is never further than
 * that from a watched element before or after it in its own chunk.
 */
export function watchedElements(offsets: readonly number[], elementAt: (offset: number) => Element | null): Element[] {
  const elements = new Set<Element>();
  let last = Number.NEGATIVE_INFINITY;
  for (const [index, offset] of offsets.entries()) {
    if (offset - last < WATCH_EVERY_CHARS && index < offsets.length - 1) continue;
    const element = elementAt(offset);
    if (!element) continue;
    elements.add(element);
    last = offset;
  }
  return [...elements];
}

export interface NearView {
  /** Calls `near` once, when any of `elements` comes within a screen of the window; a later call for `key` replaces this one. */
  watch(key: object, elements: readonly Element[], near: () => void): void;
  unwatch(key: object): void;
  dispose(): void;
}

export function createNearView(Observer: typeof IntersectionObserver, onError?: (error: unknown) => void): NearView {
  const watched = new Map<object, { elements: readonly Element[]; near: () => void }>();
  const keyOf = new Map<Element, object>();

  const unwatch = (key: object) => {
    const entry = watched.get(key);
    if (!entry) return;
    watched.delete(key);
    for (const element of entry.elements) {
      if (keyOf.get(element) !== key) continue;
      keyOf.delete(element);
      observer.unobserve(element);
    }
  };
  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const key = keyOf.get(entry.target);
        const near = key && watched.get(key)?.near;
        if (!key || !near) continue;
        unwatch(key);
        try {
          near();
        } catch (error) {
          onError?.(error);
        }
      }
    },
    { rootMargin: NEAR_MARGIN },
  );

  return {
    watch(key, elements, near) {
      unwatch(key);
      watched.set(key, { elements, near });
      for (const element of elements) {
        // An element answers for one key: a newer watch takes it over (observing twice is one observation).
        keyOf.set(element, key);
        observer.observe(element);
      }
    },
    unwatch,
    dispose() {
      watched.clear();
      keyOf.clear();
      observer.disconnect();
    },
  };
}
