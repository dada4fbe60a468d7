import type { NoteQuery } from '../../../contract/note-model.ts';
import { CATEGORIES, type Category } from '../../../detector/types.ts';

/** What the reader has typed and picked in the Notes tab; '' means "any". */
export interface NoteFilters {
  text: string;
  tag: string;
  site: string;
  category: Category | 'none' | '';
}

export const NO_FILTERS: NoteFilters = { text: '', tag: '', site: '', category: '' };

export const isFiltered = (filters: NoteFilters) =>
  filters.text.trim() !== '' || filters.tag !== '' || filters.site !== '' || filters.category !== '';

export function isCategoryFilter(value: string): value is NoteFilters['category'] {
  return value === '' || value === 'none' || (CATEGORIES as readonly string[]).includes(value);
}

/** The store query for the filters: empty ones are left out. */
export function toNoteQuery(filters: NoteFilters): NoteQuery {
  const text = filters.text.trim();
  return {
    ...(text ? { text } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.site ? { site: filters.site } : {}),
    ...(filters.category ? { category: filters.category } : {}),
  };
}
