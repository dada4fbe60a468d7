import type { Category } from '../../detector/types.ts';
import { categoryLabel, categoryMeaning } from '../../contract/category-labels.ts';
import { CategorySwatch } from './CategorySwatch.tsx';

/** The category's name beside its swatch; the swatch repeats the page's colour and line style. */
export function CategoryChip({ category, scheme }: { category: Category; scheme?: 'light' | 'dark' }) {
  return (
    <span class={`chip chip-${category}`} title={categoryMeaning(category)}>
      <CategorySwatch category={category} {...(scheme ? { scheme } : {})} />
      {categoryLabel(category)}
    </span>
  );
}
