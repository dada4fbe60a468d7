import { i18n } from '#i18n';
import { CATEGORIES } from '../../detector/types.ts';
import { categoryLabel, categoryMeaning } from '../../contract/category-labels.ts';
import { withCategory, type Settings } from '../../contract/settings.ts';
import type { ReadingRecord } from '../reading/reading-types.ts';
import { MarksKey } from './MarksKey.tsx';
import { ReadingSection } from './ReadingSection.tsx';
import { SitesSection } from './SitesSection.tsx';

export interface OptionsPageProps {
  settings: Settings | null;
  error?: string | undefined;
  onChange(next: Settings): void;
  reading: Pick<ReadingRecord, 'clearReading'>;
}

/** Which categories are shown and how cards open, the sites where Sourcelight stays off, and the reading record. */
export function OptionsPage({ settings, error, onChange, reading }: OptionsPageProps) {
  if (!settings) {
    return error ? (
      <p role="alert" class="status-message error">
        {i18n.t('options.unreadable', { reason: error })}
      </p>
    ) : (
      <p aria-busy="true" class="status-message">
        {i18n.t('options.loading')}
      </p>
    );
  }
  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      {error && (
        <p role="alert" class="error">
          {i18n.t('options.notSaved', { reason: error })}
        </p>
      )}
      <fieldset>
        <legend>{i18n.t('options.categories.legend')}</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="category">
            <input
              type="checkbox"
              name={category}
              checked={settings.enabledCategories.includes(category)}
              onChange={(event) => onChange(withCategory(settings, category, (event.currentTarget as HTMLInputElement).checked))}
            />
            <span class={`swatch swatch-${category}`} aria-hidden="true" />
            <span>
              <strong>{categoryLabel(category)}</strong> — {categoryMeaning(category)}
            </span>
          </label>
        ))}
        <MarksKey />
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.cards.legend')}</legend>
        {(['hover', 'click'] as const).map((trigger) => (
          <label key={trigger} class="choice">
            <input
              type="radio"
              name="cardOpensOn"
              value={trigger}
              checked={settings.cardOpensOn === trigger}
              onChange={() => onChange({ ...settings, cardOpensOn: trigger })}
            />{' '}
            {i18n.t(`options.cards.${trigger}`)}
          </label>
        ))}
      </fieldset>
      <SitesSection settings={settings} onChange={onChange} />
      <ReadingSection settings={settings} onChange={onChange} reading={reading} />
    </main>
  );
}
