import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './browsers.ts';

const OUTPUT_DIR = fileURLToPath(new URL('../../.output', import.meta.url));

/** Where `npm run build` writes each browser's unpacked extension. */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: `${OUTPUT_DIR}chrome-mv3`,
  firefox: `${OUTPUT_DIR}firefox-mv3`,
};

export function missingBuilds(): string[] {
  return Object.values(EXTENSION_DIRS).filter((dir) => !existsSync(`${dir}/manifest.json`));
}
