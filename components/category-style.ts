/** The popup and options pages name categories as the hover card does. */
export { CATEGORY_LABELS } from '../shared/category-labels.ts';
