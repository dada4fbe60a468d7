import type { Category } from '../../detector/types.ts';
import { CATEGORY_LABELS } from '../category-style.ts';

/** The category's name beside its swatch; the swatch repeats the page's colour and pattern. */
export function CategoryChip({ category }: { category: Category }) {
  return (
    <span class={`chip chip-${category}`} title={CATEGORY_LABELS[category].meaning}>
      <span class={`swatch swatch-${category}`} aria-hidden="true" />
      {CATEGORY_LABELS[category].label}
    </span>
  );
}
