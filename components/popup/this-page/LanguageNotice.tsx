import { i18n } from '#i18n';
import type { PageReport } from '../../../contract/messages.ts';

/** On an article in a language Sourcelight does not read, says why it shows no flags. */
export function LanguageNotice({ language }: { language: PageReport['language'] }) {
  if (language !== 'other') return null;
  return (
    <p class="notice" role="note">
      {i18n.t('popup.languageNotRead')}
    </p>
  );
}
