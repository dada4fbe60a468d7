/**
 * Analyses the engine already asked for, by text. A page that changes asks again for the parts
 * it did not change (and a long body read first in part, then whole, asks for its top twice):
 * those answers come from here, without another round trip to the background.
 */
import type { PageAnalysis } from '../../contract/messages.ts';

/** Chunks kept: a long body is at most about a hundred, an ordinary one one. */
export const ANALYSIS_CACHE_SIZE = 128;

export function cachedAnalysis(analyze: (text: string) => Promise<PageAnalysis>): (text: string) => Promise<PageAnalysis> {
  const cache = new Map<string, Promise<PageAnalysis>>();
  return (text) => {
    const known = cache.get(text);
    if (known) {
      // Most recently used last, so the oldest is dropped first.
      cache.delete(text);
      cache.set(text, known);
      return known;
    }
    const asked = analyze(text);
    cache.set(text, asked);
    // A failed request is not remembered: the next run asks again.
    asked.catch(() => cache.delete(text));
    if (cache.size > ANALYSIS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return asked;
  };
}
