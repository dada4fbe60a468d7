import { i18n } from '#i18n';

/**
 * The rest of the key, beside the categories: what the shaded words inside a flag are (the cue),
 * and what the overline over a passage is (one the reader saved), each drawn as the page draws it.
 */
export function MarksKey() {
  return (
    <ul class="marks-key" aria-label={i18n.t('options.key.label')}>
      <li>
        <span class="key-sample key-cue" aria-hidden="true">
          {i18n.t('options.key.cueSample')}
        </span>
        <span>
          <strong>{i18n.t('options.key.cue')}</strong> — {i18n.t('options.key.cueMeaning')}
        </span>
      </li>
      <li>
        <span class="key-sample key-saved" aria-hidden="true">
          {i18n.t('options.key.savedSample')}
        </span>
        <span>
          <strong>{i18n.t('options.key.saved')}</strong> — {i18n.t('options.key.savedMeaning')}
        </span>
      </li>
    </ul>
  );
}
