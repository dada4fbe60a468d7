import type { Category } from '../../detector/types.ts';
import { categoryLabel, categoryMeaning } from '../../shared/category-labels.ts';

/** The category's name beside its swatch; the swatch repeats the page's colour and pattern. */
export function CategoryChip({ category }: { category: Category }) {
  return (
    <span class={`chip chip-${category}`} title={categoryMeaning(category)}>
      <span class={`swatch swatch-${category}`} aria-hidden="true" />
      {categoryLabel(category)}
    </span>
  );
}
