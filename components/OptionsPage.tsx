import { useState } from 'preact/hooks';
import { CATEGORIES } from '../detector/types.ts';
import { normalizeHostname, withCategory, withSite, type Settings } from '../shared/settings.ts';
import { categoryLabel, categoryMeaning } from '../shared/category-labels.ts';

export interface OptionsPageProps {
  settings: Settings | null;
  error?: string;
  onChange(next: Settings): void;
}

/** Which categories are shown, and the sites where Sourcelight stays off. */
export function OptionsPage({ settings, error, onChange }: OptionsPageProps) {
  const [site, setSite] = useState('');
  if (error) return <p role="alert">Your settings could not be read: {error}</p>;
  if (!settings) return <p aria-busy="true">Loading your settings…</p>;

  const addSite = (event: Event) => {
    event.preventDefault();
    if (!normalizeHostname(site)) return;
    onChange(withSite(settings, site, true));
    setSite('');
  };

  return (
    <main class="options">
      <h1>Sourcelight settings</h1>
      <fieldset>
        <legend>Flag sentences that rest on…</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="category">
            <input
              type="checkbox"
              name={category}
              checked={settings.enabledCategories.includes(category)}
              onChange={(event) => onChange(withCategory(settings, category, (event.currentTarget as HTMLInputElement).checked))}
            />
            <span class={`swatch swatch-${category}`} aria-hidden="true" />
            <strong>{categoryLabel(category)}</strong> — {categoryMeaning(category)}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites where Sourcelight is off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="empty">None: Sourcelight reads articles on every site.</p>
        ) : (
          <ul>
            {settings.disabledSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() => onChange(withSite(settings, host, false))}
                  aria-label={`Turn Sourcelight back on for ${host}`}
                >
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addSite}>
          <label>
            Turn off on{' '}
            <input
              type="text"
              name="site"
              placeholder="example.com"
              value={site}
              onInput={(event) => setSite((event.currentTarget as HTMLInputElement).value)}
            />
          </label>{' '}
          <button type="submit">Add</button>
        </form>
      </section>
    </main>
  );
}
