import { i18n } from '#i18n';
import type { TimelineMonth } from '../../contract/reading-record.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { CategorySplit } from './CategorySplit.tsx';
import { OutletChart } from './OutletChart.tsx';
import { formatCount, formatShare } from './percent.ts';
import type { OutletShare, ReadingPoint, ReadingRecord } from './reading-types.ts';

const NO_POINTS: ReadingPoint[] = [];

export interface OutletRowProps {
  outlet: OutletShare;
  reading: ReadingRecord;
  chartsReady: boolean;
  /** The reader's share across all their reading, marked on the bar; null until read. */
  overall: number | null;
  by: TimelineMonth;
}

/**
 * One outlet: its name (never its host), how many articles (a small sample marked), what share
 * of their sentences rest on unnamed sources against all the reader's reading, that share by
 * category, and how it went month by month.
 */
export function OutletRow({ outlet, reading, chartsReady, overall, by }: OutletRowProps) {
  const timeline = useLiveQuery(
    () => (chartsReady ? reading.outletTimeline(outlet.site, by) : Promise.resolve(NO_POINTS)),
    [outlet.site, chartsReady, by],
  );
  const percent = (share: number) => formatShare(Math.min(1, share), 'en');
  return (
    <tr class={outlet.smallSample ? 'small-sample' : undefined}>
      <th scope="row" class="outlet-site" title={outlet.site}>
        {outlet.name}
        {outlet.smallSample && (
          <span
            class="sample-mark"
            title={i18n.t('reading.smallSampleHint', outlet.articles, { articles: formatCount(outlet.articles) })}
          >
            {i18n.t('reading.smallSample')}
          </span>
        )}
      </th>
      <td class="number">{formatCount(outlet.articles)}</td>
      <td class="share">
        <span class="share-bar" aria-hidden="true">
          <span class="share-fill" style={{ width: percent(outlet.share) }} />
          {overall !== null && <span class="typical-mark" style={{ left: percent(overall) }} />}
        </span>{' '}
        {formatShare(outlet.share)}
      </td>
      <td>
        <CategorySplit site={outlet.name} summary={outlet} />
      </td>
      <td>{timeline.status === 'done' && <OutletChart site={outlet.name} points={timeline.value} by={by} />}</td>
    </tr>
  );
}
