/**
 * Reads until a value is as wanted, or fails saying what never happened: for what the extension
 * updates a moment later (the toolbar badge follows the flag count at most every so often).
 */
import type { ExtensionBrowser } from './browsers.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let tries = 0; tries < 60 && !done(value); tries++) {
    await sleep(200);
    value = await read();
  }
  if (!done(value)) throw new Error(`never: ${what} (last read: ${JSON.stringify(value)})`);
  return value;
}

/** The toolbar badge of the tab opened last, once it says `wanted`. */
export const badgeSays = (browser: ExtensionBrowser, wanted: string): Promise<string> =>
  waitFor(
    () => browser.badgeText(),
    (text) => text === wanted,
    `the badge says "${wanted}"`,
  );
