import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './browsers.ts';

/** Where `npm run build` writes (SOURCELIGHT_OUT_DIR moves it, as in wxt.config.ts). */
const OUTPUT_DIR = `${resolve(fileURLToPath(new URL('../../..', import.meta.url)), process.env.SOURCELIGHT_OUT_DIR ?? '.output')}/`;

/** Where `npm run build` writes each browser's unpacked extension. */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: `${OUTPUT_DIR}chrome-mv3`,
  firefox: `${OUTPUT_DIR}firefox-mv3`,
};

export function missingBuilds(): string[] {
  return Object.values(EXTENSION_DIRS).filter((dir) => !existsSync(`${dir}/manifest.json`));
}
