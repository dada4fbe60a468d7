import { i18n } from '#i18n';
import { CATEGORIES } from '../../../detector/types.ts';
import { categoryLabel } from '../../../contract/category-labels.ts';
import type { PageReport } from '../../../contract/messages.ts';

/**
 * How much of the article rests on unnamed sourcing, and of which kind. The bar is the share of
 * all sentences: a segment per category in its colour and line style, the sentences that rest on
 * no unnamed source left neutral. The line and the legend say the same in words.
 */
export function SourcingProfile({ stats }: { stats: PageReport['stats'] }) {
  const present = CATEGORIES.filter((category) => (stats.byCategory[category] ?? 0) > 0);
  const rest = Math.max(0, stats.sentences - stats.flagged);
  const parts = [
    ...present.map((category) => `${categoryLabel(category)} ${stats.byCategory[category]}`),
    i18n.t('popup.profile.restLegend', { count: rest }),
  ];
  return (
    <section class="profile" aria-labelledby="profile-heading">
      <h3 id="profile-heading" class="visually-hidden">
        {i18n.t('popup.profile.heading')}
      </h3>
      <p class="profile-summary">
        {i18n.t('popup.profile.summary', stats.sentences, { flagged: stats.flagged, sentences: stats.sentences })}
      </p>
      {stats.sentences > 0 && (
        <>
          <div class="profile-bar" role="img" aria-label={i18n.t('popup.profile.barLabel', { parts: parts.join(', ') })}>
            {present.map((category) => (
              <span
                key={category}
                class={`segment fill-${category}`}
                style={{ flexGrow: stats.byCategory[category] }}
                title={`${categoryLabel(category)}: ${stats.byCategory[category]}`}
              />
            ))}
            {rest > 0 && <span class="segment rest" style={{ flexGrow: rest }} />}
          </div>
          {present.length > 0 && (
            <ul class="legend">
              {present.map((category) => (
                <li key={category}>
                  <span class={`swatch swatch-${category}`} aria-hidden="true" />
                  {categoryLabel(category)} <strong>{stats.byCategory[category]}</strong>
                </li>
              ))}
              <li>
                <span class="swatch swatch-rest" aria-hidden="true" />
                {i18n.t('popup.profile.rest')} <strong>{rest}</strong>
              </li>
            </ul>
          )}
        </>
      )}
    </section>
  );
}
