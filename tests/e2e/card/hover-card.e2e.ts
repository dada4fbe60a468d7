/**
 * The card as a reader meets it, in real Chromium and Firefox: the driver's real mouse and
 * keyboard (trusted input), the card read through the driver's privileged access to its closed
 * root (card-driver.ts).
 */
import { expect, test } from 'vitest';
import { composite, contrast, parseColour } from '../../../page/paint/colour.ts';
import { captureDriverPages, driveCard } from '../harness/card-driver.ts';
import {
  cardClosed,
  flagRects,
  noticeText,
  openCard,
  openCardOn,
  overlaps,
  pointOnHighlight,
  pressInCard,
  settledStatus,
  setCardOpensOn,
  stepToNextFlag,
} from '../harness/card-probes.ts';
import { inEachBrowser } from '../harness/in-each-browser.ts';
import { FLAG_HIGHLIGHTS } from '../harness/page-probes.ts';
import { settledHighlights } from '../harness/settled-highlights.ts';

captureDriverPages();

// Page CSS that hides every button it reaches and hands its colour and font down to everything.
const HOSTILE_CSS = `
  const style = document.createElement('style');
  style.textContent = 'button { display: none !important; } html { color: rgb(255, 0, 0) !important; font: 30px/3 monospace !important; }';
  document.addEventListener('DOMContentLoaded', () => document.head.append(style));
`;

/** Page world: the computed look of one highlight entry on the element of its first range. */
function highlightLook(name: string) {
  const range = CSS.highlights.get(name)?.values().next().value as Range | undefined;
  const element = range?.startContainer.parentElement;
  if (!element) return null;
  const look = getComputedStyle(element, `::highlight(${name})`);
  return { background: look.backgroundColor, line: look.textDecorationLine, color: getComputedStyle(element).color };
}

inEachBrowser('the card', (context) => {
  test('rests before opening, sits beside the sentence and never over it, gives way to the next flag', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'), { initScript: HOSTILE_CSS });
    await settledHighlights(tab);
    const { driver, card } = await openCardOn(tab, 'sourcelight-anonymous');
    expect(card.category).toBe('anonymous');
    expect(card.text).toMatch(/Cue: “[^”]+”/);
    // Why this sentence, from its cue; the category's meaning a click away.
    expect(card.text).toMatch(/Who (are|is) “[^”]+”\? The article does not say\./);
    expect(card.text).toContain('Rests on people who are not named');
    const flagged = await tab.evaluate(flagRects);
    expect(flagged.filter((rect) => overlaps(card.rect!, rect))).toEqual([]);

    // The page's CSS reaches neither its buttons nor its font.
    const looks = await driver.inCard((root) => {
      const button = root.querySelector('button.primary')!;
      const why = root.querySelector('.why')!;
      return {
        display: getComputedStyle(button).display,
        width: button.getBoundingClientRect().width,
        color: getComputedStyle(why).color,
        font: getComputedStyle(why).fontFamily,
      };
    });
    expect(looks!.display).not.toBe('none');
    expect(looks!.width).toBeGreaterThan(40);
    expect(looks!.color).not.toBe('rgb(255, 0, 0)');
    expect(looks!.font).not.toBe('monospace');

    // On to another flag: the card gives way to it.
    const next = (await tab.evaluate(pointOnHighlight, 'sourcelight-vague'))!;
    await tab.hover(next.x, next.y);
    await driver.waitInCard((root) => root.querySelector('.card')?.getAttribute('data-category') === 'vague');
    // Away from every flag: it goes.
    await tab.hover(2, 2);
    await driver.waitInCard(cardClosed);
    await tab.close();
  });

  test('a click pins it until its close button; Escape closes a pinned card too', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'));
    await settledHighlights(tab);
    const driver = await driveCard(tab);
    const point = (await tab.evaluate(pointOnHighlight, 'sourcelight-hedged'))!;
    await driver.click(point.x, point.y);
    expect((await driver.waitInCard(openCard)).pinned).toBe(true);
    await tab.hover(2, 2);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await driver.inCard(openCard))?.category).toBe('hedged');
    await pressInCard(driver, 'Close');
    await driver.waitInCard(cardClosed);

    await driver.click(point.x, point.y);
    await driver.waitInCard(openCard);
    await driver.press('Escape');
    await driver.waitInCard(cardClosed);
    await tab.close();
  });

  test('Alt+Shift+J moves focus into the card: Tab reaches its controls, Escape gives focus back', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'));
    await settledHighlights(tab);
    const driver = await driveCard(tab);
    await stepToNextFlag(browser);
    await driver.bringToFront();
    const card = await driver.waitInCard(openCard);
    expect(card.focused).toBe('Save as note');
    await driver.press('Tab');
    expect((await driver.inCard(openCard))?.focused).toBe('Not an issue here');
    await driver.press('Escape');
    await driver.waitInCard(cardClosed);
    await tab.close();
  });

  test('saves at once, with nothing to type in the page; the flag shows as saved when hovered again', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'));
    await settledHighlights(tab);
    const { driver, card: before } = await openCardOn(tab, 'sourcelight-hedged');
    await pressInCard(driver, 'Save as note');
    expect(await driver.waitInCard(settledStatus)).toMatch(/^Saved\. .*side panel/);
    expect(await driver.inCard((root) => root.querySelectorAll('textarea, input, [contenteditable]').length)).toBe(0);
    // The card grew a status line under the reader's pointer, and stayed where it was.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = (await driver.inCard(openCard))!;
    // (Within the 2 px of the card's entrance animation, which the first look may have caught.)
    expect(Math.abs(after.rect!.left - before.rect!.left)).toBeLessThan(3);
    expect(Math.abs(after.rect!.top - before.rect!.top)).toBeLessThan(3);
    await driver.press('Escape');
    await driver.waitInCard(cardClosed);
    await tab.hover(2, 2);
    const { card } = await openCardOn(tab, 'sourcelight-hedged');
    expect(card.badge).toContain('In your notes');
    expect(card.buttons).toContain('Open notes for this article');
    expect(card.buttons).not.toContain('Save as note');
    await tab.close();
  });

  test('hides the page’s highlights and shows them again; dismisses a flag with an Undo', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'));
    await settledHighlights(tab);
    const { driver } = await openCardOn(tab, 'sourcelight-vague');
    await pressInCard(driver, 'Hide highlights on this page');
    expect(await driver.waitInCard(noticeText)).toContain('Highlights hidden on this page.');
    await tab.waitFor((names) => names.every((name) => (CSS.highlights.get(name)?.size ?? 0) === 0), FLAG_HIGHLIGHTS);
    await pressInCard(driver, 'Show again');
    await settledHighlights(tab);
    expect((await tab.evaluate(highlightLook, 'sourcelight-vague'))?.line).toBe('underline');

    await tab.hover(2, 2);
    await driver.waitInCard(cardClosed);
    const anonymous = (await settledHighlights(tab))['sourcelight-anonymous']!;
    await openCardOn(tab, 'sourcelight-anonymous', 1);
    await pressInCard(driver, 'Not an issue here');
    await driver.waitInCard((root) => root.querySelector('.notice')?.textContent?.includes('Flag dismissed on this article.'));
    const count = (expected: number) => tab.waitFor((n) => CSS.highlights.get('sourcelight-anonymous')?.size === n, expected);
    await count(anonymous.length - 1);
    await pressInCard(driver, 'Undo');
    await count(anonymous.length);
    await tab.close();
  });

  test('opens on click only, when the reader chose that', async () => {
    const { browser, server } = context();
    await setCardOpensOn(browser, 'click');
    try {
      const tab = await browser.open(server.url('/seed-news.html'));
      await settledHighlights(tab);
      const driver = await driveCard(tab);
      const point = (await tab.evaluate(pointOnHighlight, 'sourcelight-anonymous'))!;
      await tab.hover(point.x, point.y);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await driver.inCard(openCard)).toBeNull();
      await driver.click(point.x, point.y);
      expect((await driver.waitInCard(openCard)).pinned).toBe(true);
      await tab.close();
    } finally {
      await setCardOpensOn(browser, 'hover');
    }
  });

  test('on a dark site, a dark card and dark-page highlights that keep the text at 4.5:1', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/dark-blog.html'));
    await settledHighlights(tab);
    const { card } = await openCardOn(tab, 'sourcelight-anonymous');
    expect(card.scheme).toBe('dark');
    expect(contrast(parseColour(card.background)!, { r: 0, g: 0, b: 0 })).toBeLessThan(2);
    const article = { r: 27, g: 30, b: 36 }; // dark-blog.html's article background
    for (const name of [
      'sourcelight-anonymous',
      'sourcelight-vague',
      'sourcelight-secondhand',
      'sourcelight-hedged',
      'sourcelight-cue',
    ]) {
      const look = (await tab.evaluate(highlightLook, name))!;
      const under = composite(parseColour(look.background)!, article);
      expect(contrast(parseColour(look.color)!, under), name).toBeGreaterThanOrEqual(4.5);
    }
    await tab.close();
  });
});
