import { i18n } from '#i18n';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { formatCount, formatShare } from './percent.ts';
import type { ReadingRecord } from './reading-types.ts';

/**
 * The outlet beside the article, from the reader's own reading: "across the 12 articles you read
 * from this outlet, 31% of sentences rested on unnamed sources; 18% across all your reading".
 */
export function OutletLine({ reading, site }: { reading: ReadingRecord; site: string }) {
  const figures = useLiveQuery(
    async () => ({ outlet: await reading.readingSummary(site), all: await reading.readingSummary() }),
    [site],
  );
  if (figures.status !== 'done' || figures.value.outlet.articles === 0) return null;
  const { outlet, all } = figures.value;
  return (
    <p class="outlet-line">
      {i18n.t('reading.outletLine', outlet.articles, {
        articles: formatCount(outlet.articles),
        share: formatShare(outlet.share),
        overall: formatShare(all.share),
      })}
    </p>
  );
}
