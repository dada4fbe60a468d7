/**
 * Unit tests run outside a browser: `browser.i18n.getMessage` answers from locales/en.yml, and a
 * key that is not there fails the test instead of rendering an empty string.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMessages } from '../../../cli/output/message-catalog.ts';

const getMessage = await loadMessages();
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const message = getMessage(key, substitutions);
  if (!message) throw new Error(`No English message for "${key}" in locales/en.yml`);
  return message;
}) as typeof fakeBrowser.i18n.getMessage;
