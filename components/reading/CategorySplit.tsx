import { i18n } from '#i18n';
import { categoryLabel } from '../../contract/category-labels.ts';
import { CATEGORIES } from '../../detector/types.ts';
import { formatShare } from './percent.ts';
import type { ReadingSummary } from './reading-types.ts';

/** Each category's share of the sentences, in words: "Anonymous 12%, Hedged 3%" (categories with none left out). */
export function splitText(summary: ReadingSummary): string {
  return CATEGORIES.filter((category) => summary.byCategory[category] > 0)
    .map((category) =>
      i18n.t('reading.split.part', {
        category: categoryLabel(category),
        share: formatShare(summary.sentences > 0 ? summary.byCategory[category] / summary.sentences : 0),
      }),
    )
    .join(', ');
}

/** An outlet's share of unnamed sourcing split by category: a stacked bar in the categories' colours, and the same in words. */
export function CategorySplit({ site, summary }: { site: string; summary: ReadingSummary }) {
  const parts = splitText(summary);
  const width = (count: number) => `${summary.sentences > 0 ? Math.min(100, (count / summary.sentences) * 100) : 0}%`;
  return (
    <span class="category-split">
      <span class="split-bar" role="img" aria-label={i18n.t('reading.split.label', { site, parts: parts || formatShare(0) })}>
        {CATEGORIES.map(
          (category) =>
            summary.byCategory[category] > 0 && (
              <span key={category} class={`split-part fill-${category}`} style={{ width: width(summary.byCategory[category]) }} />
            ),
        )}
      </span>
      <span class="split-text" aria-hidden="true">
        {parts}
      </span>
    </span>
  );
}
