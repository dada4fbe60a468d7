import { describe, expect, test, vi } from 'vitest';
import { createBackgroundHandler, type BackgroundServices } from '../../../extension/background-handler.ts';
import { badgeText } from '../../../extension/badge.ts';
import { analyzeArticle } from '../../../detector/analyze-article.ts';
import { parseSettings } from '../../../contract/settings.ts';

const RUNTIME_ID = 'sourcelight-test-id';
const fromContentScript = { id: RUNTIME_ID, tab: { id: 7 }, url: 'https://news.example/story' };

function servicesWithSpies(): BackgroundServices {
  return {
    runtimeId: RUNTIME_ID,
    setBadgeText: vi.fn(async () => {}),
    saveNote: vi.fn(async () => {
      throw new Error('Storage is full: the note was not saved.');
    }),
    notesForPage: vi.fn(async () => []),
    openNotes: vi.fn(async () => {}),
    openNoteInPanel: vi.fn(async () => ({ opened: true })),
    dismissalsForPage: vi.fn(async () => []),
    setDismissal: vi.fn(async () => {}),
    recordReading: vi.fn(async () => {}),
    injectEngine: vi.fn(async () => {}),
    injectChannel: vi.fn(async () => {}),
    siteEnabled: vi.fn(async (url: string) => !url.includes('off.example')),
    settings: vi.fn(async () => parseSettings({ disabledSites: ['off.example'], recordReading: false })),
    analyze: vi.fn(() => ({
      sentences: [],
      flags: [],
      sources: [],
      stats: { sentences: 0, flagged: 0 },
      language: 'en' as const,
    })),
  };
}

describe('background message handler', () => {
  test('sets the flag count as the tab badge, and clears it at zero', async () => {
    const services = servicesWithSpies();
    const handle = createBackgroundHandler(services);
    expect(await handle({ type: 'badge/set', count: 8 }, fromContentScript)).toEqual({ ok: true, value: null });
    await handle({ type: 'badge/set', count: 0 }, fromContentScript);
    expect(services.setBadgeText).toHaveBeenNthCalledWith(1, 7, '8');
    expect(services.setBadgeText).toHaveBeenNthCalledWith(2, 7, '');
  });

  test.each([
    ['a web page or another extension', { type: 'notes/for-page', url: 'https://x' }, { id: 'someone-else' }],
    ['an unknown message type', { type: 'notes/delete-all' }, fromContentScript],
    ['a badge count that is not a count', { type: 'badge/set', count: '8' }, fromContentScript],
    ['a negative badge count', { type: 'badge/set', count: -1 }, fromContentScript],
    ['a note without a draft', { type: 'notes/save' }, fromContentScript],
    ['not an object at all', 'badge/set', fromContentScript],
    ['a page language that is no language tag', { type: 'analysis/run', text: 'a', lang: 'x'.repeat(500) }, fromContentScript],
  ])('refuses %s and touches nothing', async (_label, message, sender) => {
    const services = servicesWithSpies();
    const result = await createBackgroundHandler(services)(message, sender);
    expect(result.ok).toBe(false);
    expect(services.setBadgeText).not.toHaveBeenCalled();
    expect(services.notesForPage).not.toHaveBeenCalled();
    expect(services.analyze).not.toHaveBeenCalled();
  });

  test('runs the detector with the page’s language as a hint', async () => {
    const services = servicesWithSpies();
    await createBackgroundHandler(services)(
      { type: 'analysis/run', text: 'Insiders said so.', lang: 'de-DE' },
      fromContentScript,
    );
    expect(services.analyze).toHaveBeenCalledWith('Insiders said so.', 'de-DE');
  });

  test('gives the engine the reader’s settings, and another extension nothing', async () => {
    const services = servicesWithSpies();
    const handle = createBackgroundHandler(services);
    const answer = await handle({ type: 'settings/read' }, fromContentScript);
    expect(answer).toMatchObject({ ok: true, value: { disabledSites: ['off.example'], recordReading: false } });
    const stranger = await handle({ type: 'settings/read' }, { ...fromContentScript, id: 'another-extension' });
    expect(stranger.ok).toBe(false);
  });

  test('answers a page with its flags, sources and counts, without every sentence’s span', async () => {
    const services = { ...servicesWithSpies(), analyze: (text: string) => analyzeArticle(text) };
    const text = 'The mayor opened the bridge. Insiders said it was late. It cost more than planned.';
    const result = await createBackgroundHandler(services)({ type: 'analysis/run', text }, fromContentScript);
    expect(result.ok).toBe(true);
    const answer = (result as { value: Record<string, unknown> }).value;
    expect(answer).not.toHaveProperty('sentences');
    expect(answer).toMatchObject({ stats: { sentences: 3, flagged: 1 }, language: 'en' });
    expect((answer.flags as Array<{ cue: { text: string } }>).map((flag) => flag.cue.text)).toEqual(['Insiders said']);
  });

  test('a failing service reaches the sender as a readable error', async () => {
    const handle = createBackgroundHandler(servicesWithSpies());
    const draft = { articleUrl: 'https://news.example/story#top', quote: { exact: 'a', prefix: '', suffix: '' } };
    expect(await handle({ type: 'notes/save', draft }, fromContentScript)).toEqual({
      ok: false,
      error: 'Storage is full: the note was not saved.',
    });
  });

  test.each([
    ['saves a note', { type: 'notes/save', draft: { articleUrl: 'https://other.example/a', quote: { exact: 'a' } } }],
    ['reads its notes', { type: 'notes/for-page', url: 'https://other.example/a' }],
    ['dismisses its flags', { type: 'dismissals/set', url: 'https://other.example/a', key: 'k', dismissed: true }],
  ])('refuses a content script that %s for another page than its own', async (_label, message) => {
    const services = servicesWithSpies();
    const result = await createBackgroundHandler(services)(message, fromContentScript);
    expect(result).toEqual({ ok: false, error: 'Refused: a page may only act on its own article.' });
    expect(services.saveNote).not.toHaveBeenCalled();
    expect(services.notesForPage).not.toHaveBeenCalled();
    expect(services.setDismissal).not.toHaveBeenCalled();
  });

  test('lets the extension’s own pages act for any article (the popup saves for the active tab)', async () => {
    const services = servicesWithSpies();
    const fromPopup = { id: RUNTIME_ID, url: `chrome-extension://${RUNTIME_ID}/popup.html` };
    const result = await createBackgroundHandler(services)({ type: 'notes/for-page', url: 'https://other.example/a' }, fromPopup);
    expect(result).toEqual({ ok: true, value: [] });
    expect(services.notesForPage).toHaveBeenCalledWith('https://other.example/a');
  });
});

test.each([
  [0, ''],
  [1, '1'],
  [8, '8'],
  [999, '999'],
  [1000, '999+'],
  [Number.NaN, ''],
])('badge for %s flags reads %j', (count, text) => {
  expect(badgeText(count)).toBe(text);
});

test('the popup or Notes page opened in a tab acts for any article, as the toolbar popup does', async () => {
  const services = {
    runtimeId: 'id',
    notesForPage: vi.fn(async () => []),
  } as unknown as Parameters<typeof createBackgroundHandler>[0];
  const inTab = { id: 'id', url: 'chrome-extension://id/notes.html', tab: { id: 3, url: 'chrome-extension://id/notes.html' } };
  expect(await createBackgroundHandler(services)({ type: 'notes/for-page', url: 'https://a.example/x' }, inTab)).toEqual({
    ok: true,
    value: [],
  });
});

describe('asking for the engine', () => {
  const handle = (services: BackgroundServices) => createBackgroundHandler(services);
  const from = (url: string) => ({ id: RUNTIME_ID, tab: { id: 7 }, frameId: 0, url });

  test('an article gets it; a site the reader switched off does not, and the page is told why', async () => {
    const services = servicesWithSpies();
    expect(await handle(services)({ type: 'engine/start', reason: 'article' }, from('https://news.example/a'))).toEqual({
      ok: true,
      value: { loaded: true },
    });
    // The channel the reader's commands arrive by comes with the engine, in one injection.
    expect(services.injectEngine).toHaveBeenCalledWith(7, 0, { channel: true });
    expect(await handle(services)({ type: 'engine/start', reason: 'forced' }, from('https://off.example/a'))).toEqual({
      ok: true,
      value: { loaded: false, disabled: true },
    });
    expect(services.injectEngine).toHaveBeenCalledTimes(1);
    // An article on a site switched off gets the channel alone, to hear when it is switched on.
    expect(services.injectChannel).not.toHaveBeenCalled();
    await handle(services)({ type: 'engine/start', reason: 'article' }, from('https://off.example/a'));
    expect(services.injectChannel).toHaveBeenCalledWith(7, 0);
    expect(services.injectEngine).toHaveBeenCalledTimes(1);
  });

  test('a page that is no article gets it only when it holds the reader’s notes', async () => {
    const services = servicesWithSpies();
    expect(await handle(services)({ type: 'engine/start', reason: 'notes' }, from('https://news.example/b'))).toEqual({
      ok: true,
      value: { loaded: false },
    });
    expect(services.injectEngine).not.toHaveBeenCalled();
  });
});
