/**
 * Issue #12 in real browsers: a page that forges pointer events and clicks over its flags, hunts
 * for the card's root and textarea, logs keys, and hides whatever Sourcelight adds. It must
 * write no note, open no card, and the card must still work for the reader's own mouse. The
 * reader types nothing in the page (issue #18: the comment is written in the side panel).
 */
import { expect, test } from 'vitest';
import { captureDriverPages } from '../harness/card-driver.ts';
import { noteCount, openCard, openCardOn, saveAsReader } from '../harness/card-probes.ts';
import { inEachBrowser } from '../harness/in-each-browser.ts';
import { settledHighlights } from '../harness/settled-highlights.ts';

captureDriverPages();

interface Attack {
  rounds: number;
  rootsFound: number;
  captured: number;
  buttonsClicked: number;
  submitted: number;
  textareaSeen: string[];
  bubbleKeys: string[];
  captureKeys: string[];
  inputs: string[];
  errors: string[];
}

const attack = () => (window as unknown as { __attack: Attack }).__attack;

/** Page world: what the page sees at a point: its own element, or something it did not make. */
function elementAt([x, y]: readonly [number, number]) {
  const element = document.elementFromPoint(x, y);
  return { ownsIt: !!element && (document.body.contains(element) || element === document.documentElement) };
}

/** Page world: the look the page's flags actually get, despite its `::highlight(...) { … !important }`. */
function flagLooks() {
  const looks: Record<string, { line: string; background: string }> = {};
  for (const name of ['sourcelight-anonymous', 'sourcelight-vague', 'sourcelight-secondhand', 'sourcelight-hedged']) {
    const range = CSS.highlights.get(name)?.values().next().value as Range | undefined;
    const element = range?.startContainer.parentElement;
    if (!element) continue;
    const look = getComputedStyle(element, `::highlight(${name})`);
    looks[name] = { line: look.textDecorationLine, background: look.backgroundColor };
  }
  return looks;
}

inEachBrowser('the card on a hostile page', (context) => {
  test('forged input writes nothing and opens nothing; the page finds no root; the reader’s mouse still works', async () => {
    const { browser, server } = context();
    const before = await noteCount(browser);
    const tab = await browser.open(server.url('/card-hostile.html'));
    await settledHighlights(tab);
    // Let the page forge pointer moves, clicks and keys over every flag for a while.
    await tab.waitFor(() => (window as unknown as { __attack: Attack }).__attack.rounds >= 30, undefined, 15_000);
    const { driver } = await openCardOn(tab, 'sourcelight-anonymous').catch(() => ({ driver: null }));
    expect(driver).not.toBeNull();
    await tab.hover(2, 2);
    await driver!.waitInCard((root) => !root.querySelector('.card'));

    // No card opened for the forgeries alone (the pointer is parked away from every flag).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await driver!.inCard(openCard)).toBeNull();
    const seen = await tab.evaluate(attack);
    expect(seen.errors).toEqual([]);
    expect(seen.rootsFound).toBe(0);
    expect(seen.captured).toBe(0);
    expect(seen.buttonsClicked).toBe(0);
    expect(seen.submitted).toBe(0);
    expect(await noteCount(browser)).toBe(before);

    // The reader's own mouse: the card opens, shows above the page's CSS, and saves at once.
    const status = await saveAsReader(tab, 'sourcelight-anonymous');
    expect(status).toMatch(/^Saved\./);
    const card = (await driver!.inCard(openCard))!;
    const centre = [(card.rect!.left + card.rect!.right) / 2, (card.rect!.top + card.rect!.bottom) / 2] as const;
    expect((await tab.evaluate(elementAt, centre)).ownsIt).toBe(false);
    expect(await noteCount(browser)).toBe(before + 1);
    // Nothing of the reader's is typed in the page: the card has no field to type in.
    expect(await driver!.inCard((root) => root.querySelectorAll('textarea, input, [contenteditable]').length)).toBe(0);

    const after = await tab.evaluate(attack);
    expect(after.rootsFound).toBe(0);
    expect(after.textareaSeen).toEqual([]);
    expect(after.bubbleKeys.filter((key) => key !== 'J')).toEqual([]);
    expect(after.inputs).toEqual([]);

    // The page's `::highlight(...) { … !important }` does not erase the flags.
    for (const [name, look] of Object.entries(await tab.evaluate(flagLooks))) {
      expect(look.line, name).toBe('underline');
      expect(look.background, name).not.toBe('rgba(0, 0, 0, 0)');
    }
    await tab.close();
  });
});
