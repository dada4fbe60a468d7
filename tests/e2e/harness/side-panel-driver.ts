/**
 * The side panel under test. Chromium opens the real panel beside the tab; Playwright's own
 * connection does not list it as a page, so a second DevTools client (over the port Chromium
 * writes into its profile, as for the toolbar popup) finds it. Firefox's sidebar is out of
 * WebDriver BiDi's reach (and its sidebarAction.open() needs the browser's own UI): there the
 * panel's page is opened in a tab for the article's tab, `sidepanel.html?tab=<id>`.
 *
 * `capturePanelProfiles()` (called once, before the browsers start) keeps the profile folder of
 * every Chromium the launchers start, to read its DevTools port.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser as PlaywrightBrowser, type Page as PlaywrightPage } from 'playwright-core';

const profiles: string[] = [];
let capturing = false;

export function capturePanelProfiles(): void {
  if (capturing) return;
  capturing = true;
  const launch = chromium.launchPersistentContext.bind(chromium);
  chromium.launchPersistentContext = (async (...args: Parameters<typeof launch>) => {
    profiles.push(args[0]);
    return launch(...args);
  }) as typeof chromium.launchPersistentContext;
}

export interface OpenedPanel {
  page: PlaywrightPage;
  close(): Promise<void>;
}

const WAIT_MS = 15_000;

/** The side panel Chromium opened beside a tab (of the Chromium started last), once it is there. */
export async function findChromiumSidePanel(): Promise<OpenedPanel> {
  const profile = profiles.at(-1);
  if (!profile) throw new Error('no Chromium profile: call capturePanelProfiles() before the browsers start');
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    // A fresh connection each time: it lists the pages that exist now.
    const devtools: PlaywrightBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const panel = devtools
      .contexts()
      .flatMap((context) => context.pages())
      .find((page) => /^chrome-extension:\/\/[^/]+\/sidepanel\.html/.test(page.url()));
    if (panel) return { page: panel, close: () => devtools.close() };
    await devtools.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the side panel did not open');
}

/** Panel page: the viewport centre of the note's comment field, once the note is shown. */
export function commentFieldCentre(): { x: number; y: number } | null {
  const field = document.querySelector<HTMLTextAreaElement>('.panel-note textarea');
  if (!field) return null;
  const box = field.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Panel page: the viewport centre of the note's Save button. */
export function saveButtonCentre(): { x: number; y: number } | null {
  const button = [...document.querySelectorAll<HTMLButtonElement>('.panel-note button')].find(
    (each) => each.textContent?.trim() === 'Save note',
  );
  if (!button) return null;
  const box = button.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Panel page: the note's passage and its status line ("Saved to your notes."). */
export function panelNoteState(): { passage: string; status: string } | null {
  const passage = document.querySelector('.panel-passage')?.textContent?.trim();
  if (!passage) return null;
  return { passage, status: document.querySelector('.panel-note .status')?.textContent?.trim() ?? '' };
}

/** Panel page: the note's status line once it says something. */
export function panelNoteStatus(): string | null {
  return document.querySelector('.panel-note .status')?.textContent?.trim() || null;
}

/** Panel page: This page's sourcing line, once the tab's report is shown. */
export function panelProfileLine(): string | null {
  return document.querySelector('.panel-page .profile-summary')?.textContent?.trim() || null;
}

/**
 * Run in the article before its scripts: a page that listens in the capture phase on its window
 * for every key and every input, as a hostile page would, and keeps what it hears.
 */
export const KEY_LOGGER = `(() => {
  const heard = (window.__heard = []);
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
    window.addEventListener(type, (event) => heard.push(type + ':' + (event.key ?? event.data ?? '')), true);
  }
})();`;

/** Article page: what its key logger heard. */
export function heardByPage(): string[] {
  return (window as unknown as { __heard?: string[] }).__heard ?? [];
}
