/**
 * A stand-in Firefox language pack, so that Firefox can be asked for a UI language it does not
 * ship. Firefox ESR carries en-US only (Debian packs the others as firefox-esr-l10n-*), and it
 * offers an extension the locales it has, whatever `intl.locale.requested` asks for. A language
 * pack with no strings of its own makes the language available: the browser's own text falls back
 * to en-US, and the extension's `browser.i18n` (getUILanguage, getMessage) follows the language —
 * what a reader with the real pack installed gets. Installed as a temporary add-on, it needs no
 * signature.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LanguagePack {
  dir: string;
  remove(): void;
}

export function writeLanguagePack(language: string): LanguagePack {
  const dir = mkdtempSync(join(tmpdir(), `sourcelight-langpack-${language}-`));
  const manifest = {
    manifest_version: 2,
    name: `Language: ${language} (Sourcelight tests)`,
    version: '1.0',
    langpack_id: language,
    languages: { [language]: { chrome_resources: {}, version: '20260101000000' } },
    sources: { browser: { base_path: 'browser/' } },
    browser_specific_settings: { gecko: { id: `langpack-${language}-test@sourcelight.dev`, strict_min_version: '140.0' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
