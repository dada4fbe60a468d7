import { expect, test } from 'vitest';
import { hostOf, withSiteEnabled } from '../../../components/popup/this-page/site-switch.ts';
import { DEFAULT_SETTINGS, isSiteEnabled } from '../../../contract/settings.ts';

test.each([
  ['https://www.Example.com/a', 'example.com'],
  ['http://news.example.co.uk/', 'news.example.co.uk'],
  ['about:blank', null],
  ['file:///home/me/a.html', null],
  ['not a url', null],
])('hostOf(%s) → %s', (url, host) => {
  expect(hostOf(url)).toBe(host);
});

test('switching off adds the host; switching on removes it and any parent domain covering it', () => {
  const off = withSiteEnabled(DEFAULT_SETTINGS, 'news.example.com', false);
  expect(off.disabledSites).toEqual(['news.example.com']);
  const both = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'news.example.com', 'other.org'] };
  const on = withSiteEnabled(both, 'news.example.com', true);
  expect(on.disabledSites).toEqual(['other.org']);
  expect(isSiteEnabled(on, 'news.example.com')).toBe(true);
});
