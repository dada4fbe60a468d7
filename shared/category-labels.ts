import type { Category } from '../detector/types.ts';

/** How each category is named and explained to readers, in the popup, the options page and the hover card. */
export const CATEGORY_LABELS: Record<Category, { label: string; meaning: string }> = {
  anonymous: { label: 'Anonymous', meaning: 'Rests on people who are not named: insiders, sources, aides, officials.' },
  vague: { label: 'Vague crowd', meaning: 'Rests on an unspecified crowd: critics say, experts believe, others think.' },
  secondhand: {
    label: 'Unnamed report',
    meaning: 'Rests on reports or outlets that are not named: according to reports, a news outlet.',
  },
  hedged: { label: 'Hedged', meaning: 'Passed on with a hedge and no source at all: reportedly, allegedly, is said to.' },
};
