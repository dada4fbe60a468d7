import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { normalizeHostname, withSite, type Settings } from '../../contract/settings.ts';

/** The sites where Sourcelight stays off: listed, each with a way back on, and a field to add one. */
export function SitesSection({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  const [site, setSite] = useState('');
  const addSite = (event: Event) => {
    event.preventDefault();
    if (!normalizeHostname(site)) return;
    onChange(withSite(settings, site, true));
    setSite('');
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites.heading')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="empty">{i18n.t('options.sites.none')}</p>
      ) : (
        <ul class="sites">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                onClick={() => onChange(withSite(settings, host, false))}
                aria-label={i18n.t('options.sites.turnOnLabel', { host })}
              >
                {i18n.t('options.sites.turnOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={addSite}>
        <label>
          {i18n.t('options.sites.add')}{' '}
          <input
            type="text"
            name="site"
            placeholder="example.com"
            value={site}
            onInput={(event) => setSite((event.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">{i18n.t('options.sites.addButton')}</button>
      </form>
    </section>
  );
}
