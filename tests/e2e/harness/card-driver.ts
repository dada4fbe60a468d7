/**
 * The test's own, privileged way into the card. The card lives in a closed shadow root that no
 * page script can reach, so the tests reach it as a browser's developer tools do: over the
 * DevTools protocol in Chromium (DOM.getDocument with pierce, then Runtime.callFunctionOn) and
 * over WebDriver BiDi in Firefox (script.evaluate with includeShadowTree: 'all', then
 * script.callFunction). Clicks and keys go through the driver's real mouse and keyboard, which
 * the page sees as trusted input, exactly as a reader's.
 *
 * browsers.ts hands out `Tab`s without their driver pages; `captureDriverPages()` (called once,
 * before the browsers start) keeps the contexts the launchers create, and `driveCard(tab)` finds
 * the driver page behind a tab by a mark written into `window.name`.
 */
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import type { Tab } from './browsers.ts';

const chromiumContexts: BrowserContext[] = [];
const firefoxBrowsers: PuppeteerBrowser[] = [];
let capturing = false;

/** Keeps every browser the launchers start from now on (call at the top of a test file). */
export function captureDriverPages(): void {
  if (capturing) return;
  capturing = true;
  const launchContext = chromium.launchPersistentContext.bind(chromium);
  chromium.launchPersistentContext = (async (...args: Parameters<typeof launchContext>) => {
    const context = await launchContext(...args);
    chromiumContexts.push(context);
    return context;
  }) as typeof chromium.launchPersistentContext;
  const launch = puppeteer.launch.bind(puppeteer);
  puppeteer.launch = (async (...args: Parameters<typeof launch>) => {
    const browser = await launch(...args);
    firefoxBrowsers.push(browser);
    return browser;
  }) as typeof puppeteer.launch;
}

/** A function run against the card's shadow root; it must be self-contained, and return JSON. */
export type RootProbe<T, A> = (root: ShadowRoot, arg: A) => T;

export interface CardDriver {
  /** Runs `probe` on the card's closed root; null while the card's host is not on the page. */
  inCard<T, A = undefined>(probe: RootProbe<T, A>, arg?: A): Promise<T | null>;
  /** Polls `inCard` until the probe returns something truthy. */
  waitInCard<T, A = undefined>(probe: RootProbe<T, A>, arg?: A, timeoutMs?: number): Promise<NonNullable<T>>;
  /** A real click (mouse down and up) at viewport point (x, y). */
  click(x: number, y: number): Promise<void>;
  /** Real key presses, as the reader types. */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** A real mouse wheel turn at the pointer: the page scrolls as a reader scrolls it. */
  wheel(deltaY: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
}

/** The card's root is the closed root that holds `.sl-root` (a page may make closed roots of its own). */
const ROOT_CHECK = 'root.querySelector(".sl-root")';

function wrapProbe(probe: RootProbe<unknown, unknown>): string {
  return `function (root, argJson) {
    if (!${ROOT_CHECK}) return JSON.stringify({ found: false });
    const value = (${probe.toString()})(root, JSON.parse(argJson));
    return JSON.stringify({ found: true, value: value === undefined ? null : value });
  }`;
}

interface ProbeAnswer<T> {
  found: boolean;
  value?: T;
}

async function chromiumInCard<T>(page: PlaywrightPage, probe: RootProbe<T, unknown>, arg: unknown): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
    const html = root.children?.find((node) => node.nodeName === 'HTML');
    const hosts = (html?.children ?? []).filter((node) => node.shadowRoots?.some((each) => each.shadowRootType === 'closed'));
    for (const host of hosts) {
      const shadow = host.shadowRoots!.find((each) => each.shadowRootType === 'closed')!;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (argJson) { return (${wrapProbe(probe as RootProbe<unknown, unknown>)})(this, argJson); }`,
        arguments: [{ value: JSON.stringify(arg ?? null) }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails)
        throw new Error(`card probe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      const answer = JSON.parse(result.value as string) as ProbeAnswer<T>;
      if (answer.found) return answer.value ?? null;
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface BidiNode {
  type: string;
  value?: { shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null };
}

async function firefoxInCard<T>(page: PuppeteerPage, probe: RootProbe<T, unknown>, arg: unknown): Promise<T | null> {
  // Puppeteer's own evaluate never serialises closed roots; its BiDi session can be asked to.
  const context = (
    page.mainFrame() as unknown as { browsingContext: { id: string; userContext: { browser: { session: BidiSession } } } }
  ).browsingContext;
  const session = context.userContext.browser.session;
  const target = { context: context.id };
  const listed = await session.send('script.evaluate', {
    expression: '[...document.documentElement.children]',
    target,
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { maxObjectDepth: 1, maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const nodes = ((listed.result.result as { value?: BidiNode[] }).value ?? []) as BidiNode[];
  for (const node of nodes) {
    const shadow = node.value?.shadowRoot;
    if (!shadow?.sharedId || shadow.value?.mode !== 'closed') continue;
    const called = await session.send('script.callFunction', {
      functionDeclaration: wrapProbe(probe as RootProbe<unknown, unknown>),
      target,
      awaitPromise: true,
      resultOwnership: 'none',
      arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    });
    if (called.result.type === 'exception')
      throw new Error(`card probe failed: ${JSON.stringify(called.result.exceptionDetails)}`);
    const answer = JSON.parse((called.result.result as { value: string }).value) as ProbeAnswer<T>;
    if (answer.found) return answer.value ?? null;
  }
  return null;
}

/** The driver page behind a tab: marked through window.name, then found among the captured browsers. */
type DriverPage = { kind: 'chromium'; page: PlaywrightPage } | { kind: 'firefox'; page: PuppeteerPage };

async function driverPage(tab: Tab): Promise<DriverPage> {
  const mark = `card-driver-${Math.random().toString(36).slice(2)}`;
  await tab.evaluate((name: string) => {
    window.name = name;
  }, mark);
  const pages: DriverPage[] = [
    ...chromiumContexts.flatMap((context) => context.pages().map((page) => ({ kind: 'chromium' as const, page }))),
    ...(await Promise.all(firefoxBrowsers.map((browser) => browser.pages().catch(() => []))))
      .flat()
      .map((page) => ({ kind: 'firefox' as const, page })),
  ];
  for (const candidate of pages) {
    const name = await (candidate.page as PlaywrightPage).evaluate(() => window.name).catch(() => '');
    if (name === mark) return candidate;
  }
  throw new Error('no driver page for this tab: call captureDriverPages() before the browsers start');
}

const POLL_MS = 50;
const WAIT_MS = 10_000;

export async function driveCard(tab: Tab): Promise<CardDriver> {
  const driver = await driverPage(tab);
  const page = driver.page;
  const inCard = <T, A>(probe: RootProbe<T, A>, arg?: A) =>
    driver.kind === 'chromium'
      ? chromiumInCard(driver.page, probe as RootProbe<T, unknown>, arg)
      : firefoxInCard(driver.page, probe as RootProbe<T, unknown>, arg);
  return {
    inCard,
    async waitInCard(probe, arg, timeoutMs = WAIT_MS) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await inCard(probe, arg);
        if (value) return value as NonNullable<typeof value>;
        if (Date.now() > deadline) throw new Error(`the card never answered: ${probe.toString().slice(0, 120)}`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    wheel: (deltaY) =>
      driver.kind === 'chromium' ? driver.page.mouse.wheel(0, deltaY) : driver.page.mouse.wheel({ deltaX: 0, deltaY }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
  };
}
