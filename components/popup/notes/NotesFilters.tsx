import { i18n } from '#i18n';
import type { NoteFacets } from '../../../contract/note-model.ts';
import { CATEGORIES } from '../../../detector/types.ts';
import { categoryLabel } from '../../../contract/category-labels.ts';
import { isCategoryFilter, type NoteFilters } from './filters.ts';

export interface NotesFiltersProps {
  filters: NoteFilters;
  facets: NoteFacets;
  onChange(next: NoteFilters): void;
}

const withChosen = (values: string[], chosen: string) => (chosen && !values.includes(chosen) ? [chosen, ...values] : values);

/** The search box and the tag, site and category pickers. */
export function NotesFilters({ filters, facets, onChange }: NotesFiltersProps) {
  // A chosen tag or site stays listed even when its last note is gone, so the picker shows it.
  const tags = withChosen(facets.tags, filters.tag);
  const sites = withChosen(facets.sites, filters.site);
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
                {site}
              </option>
            ))}
          </select>
        </label>
        <label>
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
