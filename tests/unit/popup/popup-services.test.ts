import { expect, test } from 'vitest';
import { isUnansweredError } from '../../../contract/messaging.ts';
import { isOpenableUrl } from '../../../extension/popup-services.ts';

test.each([
  ['Could not establish connection. Receiving end does not exist.', true],
  ['Sourcelight did not answer.', true],
  ['Refused: not a Sourcelight page message.', false],
])('"%s" means no Sourcelight on the tab: %s', (message, expected) => {
  expect(isUnansweredError(new Error(message))).toBe(expected);
});

test.each([
  ['https://news.example.com/a', true],
  ['http://news.example.com/a', true],
  ['javascript:alert(1)', false],
  ['file:///etc/passwd', false],
  ['data:text/html,hi', false],
  ['', false],
])('%s can be opened: %s', (url, expected) => {
  expect(isOpenableUrl(url)).toBe(expected);
});

test.each([
  ['?tab=42', 42],
  ['?tab=0', 0],
  ['', undefined],
  ['?tab=-1', undefined],
  ['?tab=abc', undefined],
  ['?tab=4.5', undefined],
])('popup.html%s looks at tab %s', async (search, tab) => {
  const { targetTabFrom } = await import('../../../extension/popup-services.ts');
  expect(targetTabFrom(search)).toBe(tab);
});
