import type { PageReport } from '../../../shared/messages.ts';
import { CATEGORIES } from '../../../detector/types.ts';
import { categoryLabel } from '../../../shared/category-labels.ts';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * How much of the article rests on unnamed sourcing, and of which kind. The bar is a picture of
 * the legend below it: each segment has its category's colour and pattern, and the legend
 * names every segment in words, so neither colour nor the bar is needed to read it.
 */
export function SourcingProfile({ stats }: { stats: PageReport['stats'] }) {
  const present = CATEGORIES.filter((category) => (stats.byCategory[category] ?? 0) > 0);
  const summary = present.map((category) => `${categoryLabel(category)}: ${stats.byCategory[category]}`).join(', ');
  return (
    <section class="profile" aria-labelledby="profile-heading">
      <h3 id="profile-heading" class="visually-hidden">
        Sourcing profile
      </h3>
      <p class="profile-summary">
        <strong>{stats.flagged}</strong> of {stats.sentences} {plural(stats.sentences, 'sentence', 'sentences')}{' '}
        {plural(stats.flagged, 'rests', 'rest')} on unnamed sourcing
      </p>
      {present.length > 0 && (
        <>
          <div class="profile-bar" role="img" aria-label={`Flags by category: ${summary}`}>
            {present.map((category) => (
              <span
                key={category}
                class={`segment swatch-${category}`}
                style={{ flexGrow: stats.byCategory[category] }}
                title={`${categoryLabel(category)}: ${stats.byCategory[category]}`}
              />
            ))}
          </div>
          <ul class="legend">
            {present.map((category) => (
              <li key={category}>
                <span class={`swatch swatch-${category}`} aria-hidden="true" />
                {categoryLabel(category)} <strong>{stats.byCategory[category]}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
