import type { Tab } from './browsers.ts';
import { countHighlights, FLAG_HIGHLIGHTS, readHighlights, type HighlightTexts } from './page-probes.ts';

const POLL_MS = 100;
const STABLE_POLLS = 4;
const SETTLE_TIMEOUT_MS = 20_000;

/**
 * The flag highlights once the content script has finished painting: the count has held still
 * for a few polls (and, unless `allowNone`, is above zero). Scanning is time-sliced, so the
 * first highlight is not the last.
 */
export async function settledHighlights(tab: Tab, options: { allowNone?: boolean } = {}): Promise<HighlightTexts> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last = -1;
  let stable = 0;
  while (Date.now() < deadline) {
    const count = await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS);
    stable = count === last ? stable + 1 : 0;
    last = count;
    if (stable >= STABLE_POLLS && (count > 0 || options.allowNone)) return tab.evaluate(readHighlights, FLAG_HIGHLIGHTS);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`highlights did not settle (last count ${last})`);
}

/** Every highlighted sentence, whatever its category. */
export const allSentences = (texts: HighlightTexts): string[] => Object.values(texts).flat();
