import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../detector/types.ts';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings } from '../../../shared/settings.ts';

describe('parseSettings', () => {
  const cases: Array<[string, unknown, ReturnType<typeof parseSettings>]> = [
    ['nothing stored', undefined, { disabledSites: [], enabledCategories: [...CATEGORIES] }],
    ['not an object', 'off', { disabledSites: [], enabledCategories: [...CATEGORIES] }],
    ['an array', [1, 2], { disabledSites: [], enabledCategories: [...CATEGORIES] }],
    [
      'valid',
      { disabledSites: ['example.com'], enabledCategories: ['hedged', 'anonymous'] },
      // Categories come back in precedence order whatever order they were stored in.
      { disabledSites: ['example.com'], enabledCategories: ['anonymous', 'hedged'] },
    ],
    [
      'junk entries dropped, hosts normalised and deduplicated',
      { disabledSites: ['WWW.Example.com.', 3, null, 'example.com', ''], enabledCategories: ['vague', 'bogus', 7] },
      { disabledSites: ['example.com'], enabledCategories: ['vague'] },
    ],
    ['all categories switched off stays off', { enabledCategories: [] }, { disabledSites: [], enabledCategories: [] }],
    [
      'categories not a list means all on',
      { enabledCategories: 'vague' },
      { disabledSites: [], enabledCategories: [...CATEGORIES] },
    ],
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
