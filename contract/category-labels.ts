import { i18n } from '#i18n';
import type { Category } from '../detector/types.ts';

/** A category's short name, as the popup, the options page, the card and exports show it. */
export const categoryLabel = (category: Category): string => i18n.t(`category.${category}.label`);

/** One line on what a category's claims rest on. */
export const categoryMeaning = (category: Category): string => i18n.t(`category.${category}.meaning`);
