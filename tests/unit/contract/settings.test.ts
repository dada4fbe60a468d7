import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../../detector/types.ts';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, SETTINGS_KEY } from '../../../contract/settings.ts';
import { readSettings, saveSettings, onSettingsChange } from '../../../contract/settings-store.ts';

/** Stored lists with the other settings at their defaults. */
const withLists = (disabledSites: string[], enabledCategories: string[]) => ({
  disabledSites,
  enabledCategories,
  cardOpensOn: 'hover',
  recordReading: true,
});

describe('parseSettings', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['nothing stored', undefined, withLists([], [...CATEGORIES])],
    ['not an object', 'off', withLists([], [...CATEGORIES])],
    ['an array', [1, 2], withLists([], [...CATEGORIES])],
    [
      'valid',
      { disabledSites: ['example.com'], enabledCategories: ['hedged', 'anonymous'] },
      // Categories come back in precedence order whatever order they were stored in.
      withLists(['example.com'], ['anonymous', 'hedged']),
    ],
    [
      'junk entries dropped, hosts normalised and deduplicated',
      { disabledSites: ['WWW.Example.com.', 3, null, 'example.com', ''], enabledCategories: ['vague', 'bogus', 7] },
      withLists(['example.com'], ['vague']),
    ],
    ['all categories switched off stays off', { enabledCategories: [] }, withLists([], [])],
    ['categories not a list means all on', { enabledCategories: 'vague' }, withLists([], [...CATEGORIES])],
    [
      'card on click, reading record off',
      { cardOpensOn: 'click', recordReading: false },
      { ...withLists([], [...CATEGORIES]), cardOpensOn: 'click', recordReading: false },
    ],
    ['unknown card trigger means hover', { cardOpensOn: 'always' }, withLists([], [...CATEGORIES])],
  ];
  it.each(cases)('%s', (_name, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('defaults enable every category and every site', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('isSiteEnabled', () => {
  const settings = parseSettings({ disabledSites: ['example.com', 'news.test.org'] });
  const cases: Array<[string, boolean]> = [
    ['example.com', false],
    ['www.example.com', false],
    ['blog.example.com', false],
    ['EXAMPLE.COM', false],
    ['notexample.com', true],
    ['test.org', true],
    ['news.test.org', false],
    ['other.news.test.org', false],
    ['127.0.0.1', true],
  ];
  it.each(cases)('%s → %s', (host, expected) => {
    expect(isSiteEnabled(settings, host)).toBe(expected);
  });
});

describe('the stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('load the defaults when nothing is stored, and what was saved after a save', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, cardOpensOn: 'click' });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, cardOpensOn: 'click' });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ cardOpensOn: 'click' });
  });

  it('a broken stored value still loads as usable settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: 'example.com', enabledCategories: ['vague', 9] } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabledCategories: ['vague'] });
  });

  it('a watcher hears every change, parsed, until it stops watching', async () => {
    const heard = vi.fn();
    const unwatch = onSettingsChange(heard);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['WWW.Example.com'], recordReading: false } });
    expect(heard).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'], recordReading: false });
    unwatch();
    await saveSettings(DEFAULT_SETTINGS);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
