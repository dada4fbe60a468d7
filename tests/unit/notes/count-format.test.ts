/** Counts in the store's messages ("at most 5,000 characters") are written as the reader's language writes them. */
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMessages } from '../../../cli/output/message-catalog.ts';
import { formatCount } from '../../../notes/note-rules.ts';

afterEach(() => vi.restoreAllMocks());

test.each([
  ['en', '10,000'],
  ['de', '10.000'],
  ['es', '10.000'],
])('in %s, ten thousand reads %s', async (language, written) => {
  const messages = await loadMessages(fileURLToPath(new URL(`../../../locales/${language}.yml`, import.meta.url)));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => messages(key)) as never);
  expect(formatCount(10_000)).toBe(written);
});
