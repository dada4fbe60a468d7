import { expect, test } from 'vitest';
import { cardStatus, highlightTexts, pointOnHighlight, saveFromCard, visibleCardText } from './card-probes.ts';
import { inEachBrowser } from './in-each-browser.ts';
import { settledHighlights } from './settled-highlights.ts';

inEachBrowser('hover card and saving a flag', (context) => {
  test('hovering a flag explains it; saving it with a comment keeps it across a reload', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'));
    const painted = await settledHighlights(tab);
    const sentence = painted['sourcelight-anonymous']![0]!;

    const point = await tab.evaluate(pointOnHighlight, 'sourcelight-anonymous');
    expect(point).not.toBeNull();
    await tab.hover(point!.x, point!.y);
    const card = await tab.waitFor(visibleCardText);
    expect(card).toContain('Anonymous');
    expect(card).toMatch(/Cue: “[^”]+”/);
    expect(card).toContain('Save as note');

    expect(await tab.evaluate(saveFromCard, ['Who are these insiders?', 'sourcing'] as const)).toBe(true);
    await tab.waitFor(() => {
      const status = document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.status')?.textContent ?? '';
      return status.startsWith('Saved') || status.startsWith('Not saved') ? status : null;
    });
    expect(await tab.evaluate(cardStatus)).toBe('Saved to your notes.');
    expect(await tab.waitFor(() => (CSS.highlights.get('sourcelight-note')?.size ?? 0) > 0)).toBe(true);

    await tab.reload();
    await settledHighlights(tab);
    await tab.waitFor(() => (CSS.highlights.get('sourcelight-note')?.size ?? 0) > 0);
    expect(await tab.evaluate(highlightTexts, 'sourcelight-note')).toEqual([sentence]);
    await tab.close();
  });
});
