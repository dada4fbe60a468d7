import { i18n } from '#i18n';
import type { NoteFacets } from '../../../contract/note-model.ts';
import { CATEGORIES } from '../../../detector/types.ts';
import { categoryLabel } from '../../../contract/category-labels.ts';
import { registrableDomain } from '../../../contract/article-url.ts';
import { isCategoryFilter, type NoteFilters } from './filters.ts';

export interface NotesFiltersProps {
  filters: NoteFilters;
  facets: NoteFacets;
  /** Sites' outlet names (the page's own) by site key, where known; the domain is shown otherwise. */
  siteNames?: ReadonlyMap<string, string>;
  onChange(next: NoteFilters): void;
}

/**
 * The name a site is shown by in the picker: its outlet name, with the key beside it where two
 * sites would read the same ("Example News (world.example.com)"). The value stays the key.
 */
export function siteLabels(sites: readonly string[], names: ReadonlyMap<string, string>): Map<string, string> {
  const named = sites.map((site) => [site, names.get(site) || registrableDomain(site)] as const);
  const seen = new Map<string, number>();
  for (const [, name] of named) seen.set(name, (seen.get(name) ?? 0) + 1);
  return new Map(named.map(([site, name]) => [site, (seen.get(name) ?? 0) > 1 && name !== site ? `${name} (${site})` : name]));
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

const withChosen = (values: string[], chosen: string) => (chosen && !values.includes(chosen) ? [chosen, ...values] : values);

/** The search box and the tag, site and category pickers. */
export function NotesFilters({ filters, facets, siteNames = NO_NAMES, onChange }: NotesFiltersProps) {
  // A chosen tag or site stays listed even when its last note is gone, so the picker shows it.
  const tags = withChosen(facets.tags, filters.tag);
  const sites = withChosen(facets.sites, filters.site);
  const labels = siteLabels(sites, siteNames);
  const pick = (field: 'tag' | 'site') => (event: Event) =>
    onChange({ ...filters, [field]: (event.currentTarget as HTMLSelectElement).value });
  return (
    // biome-ignore lint/a11y/useSemanticElements: the search landmark role on a plain div reads the same to assistive tech.
    <div class="filters" role="search">
      <label class="search">
        <span class="visually-hidden">{i18n.t('popup.filters.search')}</span>
        <input
          type="search"
          placeholder={i18n.t('popup.filters.searchPlaceholder')}
          value={filters.text}
          onInput={(event) => onChange({ ...filters, text: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <div class="pickers">
        <label>
          <span class="visually-hidden">{i18n.t('popup.filters.tag')}</span>
          <select value={filters.tag} onChange={pick('tag')}>
            <option value="">{i18n.t('popup.filters.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{i18n.t('popup.filters.site')}</span>
          <select value={filters.site} onChange={pick('site')}>
            <option value="">{i18n.t('popup.filters.allSites')}</option>
            {sites.map((site) => (
              <option key={site} value={site}>
                {labels.get(site) ?? site}
              </option>
            ))}
          </select>
        </label>
        <label class="category-picker">
          <span class="visually-hidden">{i18n.t('popup.filters.category')}</span>
          <select
            value={filters.category}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              if (isCategoryFilter(value)) onChange({ ...filters, category: value });
            }}
          >
            <option value="">{i18n.t('popup.filters.allCategories')}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {categoryLabel(category)}
              </option>
            ))}
            <option value="none">{i18n.t('popup.notes.fromSelection')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
