import { expect, test } from 'vitest';
import { pointOnHighlight, visibleCardText } from './card-probes.ts';
import { inEachBrowser } from './in-each-browser.ts';
import { settledHighlights } from './settled-highlights.ts';

// Page CSS that hides every button it reaches and hands its colour and font down to everything.
const HOSTILE_CSS = `
  const style = document.createElement('style');
  style.textContent = 'button { display: none !important; } html { color: rgb(255, 0, 0) !important; font: 30px/3 monospace !important; }';
  document.addEventListener('DOMContentLoaded', () => document.head.append(style));
`;

inEachBrowser('hover card', (context) => {
  test("hovering a flag explains it, and the page's CSS cannot reach the card", async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'), { initScript: HOSTILE_CSS });
    await settledHighlights(tab);
    const point = await tab.evaluate(pointOnHighlight, 'sourcelight-anonymous');
    expect(point).not.toBeNull();
    await tab.hover(point!.x, point!.y);
    const card = await tab.waitFor(visibleCardText);
    expect(card).toContain('Anonymous');
    expect(card).toMatch(/Cue: “[^”]+”/);
    const looks = await tab.evaluate(() => {
      const root = document.querySelector('sourcelight-ui')!.shadowRoot!;
      const button = root.querySelector('button.primary')!;
      const why = root.querySelector('.why')!;
      const text = getComputedStyle(why);
      return {
        button: getComputedStyle(button).display,
        color: text.color,
        font: text.fontFamily,
        width: button.getBoundingClientRect().width,
      };
    });
    expect(looks.button).not.toBe('none');
    expect(looks.width).toBeGreaterThan(40);
    expect(looks.color).not.toBe('rgb(255, 0, 0)');
    expect(looks.font).not.toBe('monospace');

    // Moving away hides it again.
    await tab.hover(2, 2);
    await tab.waitFor(() => {
      const card = document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!card?.hidden;
    });
    await tab.close();
  });
});
