// @vitest-environment happy-dom
/** What the reader decides on a page: dismissed flags, hidden highlights, the reading record. */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../../page/paint/highlight-painter.ts';
import { parseSettings } from '../../../../contract/settings.ts';
import { PAINT_BATCH_MS } from '../../../../page/paint/highlight-batch.ts';
import { load, page, settle, startSession } from '../session-harness.ts';

async function seedSession(options: Parameters<typeof startSession>[0] = {}) {
  load(page('seed-news.html'));
  const harness = startSession(options);
  await harness.s.start();
  await harness.s.settled();
  return harness;
}

describe('dismissing a flag', () => {
  it('hides it, counts it no more, remembers it for the article, and brings it back on undo', async () => {
    const { s, api, counts, dismissals } = await seedSession();
    const before = s.report();
    const target = before.flags.find((flag) => flag.category === 'hedged')!;
    await s.setDismissed(target.id, true);
    const after = s.report();
    expect(after.flags.map((flag) => flag.key)).not.toContain(target.key);
    expect(after.dismissed.map((flag) => flag.key)).toEqual([target.key]);
    expect(after.stats.flagged).toBe(before.stats.flagged - 1);
    expect(counts.at(-1)).toBe(before.stats.flagged - 1);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual([]);
    expect([...dismissals.get('https://ok.example/news/harris')!]).toEqual([target.key]);

    // A later visit: still dismissed.
    const again = await seedSession({ dismissed: [target.key] });
    expect(again.s.report().dismissed.map((flag) => flag.key)).toEqual([target.key]);

    // Undo, by the id the report gave the dismissed flag.
    await s.setDismissed(after.dismissed[0]!.id, false);
    expect(s.report().stats.flagged).toBe(before.stats.flagged);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toHaveLength(1);
  });

  it('refuses an id that is not on the page', async () => {
    const { s } = await seedSession();
    await expect(s.setDismissed(999, true)).rejects.toThrow(/no longer on the page/);
  });
});

describe('hiding highlights on a page', () => {
  it('unpaints every flag but keeps them listed, and toggles back', async () => {
    const { s, api } = await seedSession();
    const flagged = s.report().stats.flagged;
    expect(s.setHidden()).toBe(true);
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(api.registry.texts(name)).toEqual([]);
    expect(s.report()).toMatchObject({ hidden: true, stats: { flagged } });
    expect(s.setHidden()).toBe(false);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous).length).toBeGreaterThan(0);
  });

  it('shows them again at once, even where paints are batched', async () => {
    const { s, api } = await seedSession({ batched: true });
    s.setHidden();
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual([]);
    // A paint came just before: the next batch would wait, the reader's toggle does not.
    await settle(PAINT_BATCH_MS / 2);
    s.setHidden();
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous).length).toBeGreaterThan(0);
  });
});

describe('the reading record', () => {
  it('keeps the article’s profile once per visit: counts and address, never its text', async () => {
    const { s, readings } = await seedSession();
    await s.notesChanged();
    expect(readings).toHaveLength(1);
    const [entry] = readings;
    expect(entry).toMatchObject({ url: 'https://ok.example/news/harris', site: 'ok.example', flagged: s.report().stats.flagged });
    expect(entry!.sentences).toBe(s.report().stats.sentences);
    // The outlet's name (the page's og:site_name) beside the key from the address (issue #18); no title, no text.
    expect(entry!.outlet).toBe('OK!');
    expect(Object.keys(entry!).sort()).toEqual([
      'byCategory',
      'flagged',
      'outlet',
      'publishedAt',
      'readAt',
      'sentences',
      'site',
      'url',
    ]);
  });

  it('keeps nothing when the reader switched it off, or on a page that is no article', async () => {
    const off = await seedSession({ settings: parseSettings({ recordReading: false }) });
    expect(off.readings).toEqual([]);
    load(page('not-article.html'));
    const forced = startSession();
    await forced.s.start();
    await forced.s.scan();
    expect(forced.readings).toEqual([]);
  });
});
