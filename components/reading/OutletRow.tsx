import { useLiveQuery } from '../hooks/use-live-query.ts';
import { OutletChart } from './OutletChart.tsx';
import { formatCount, formatShare } from './percent.ts';
import type { OutletShare, ReadingPoint, ReadingRecord } from './reading-types.ts';

const NO_POINTS: ReadingPoint[] = [];

/** One outlet: how many articles, what share of their sentences rest on unnamed sources, and how that went over time. */
export function OutletRow({
  outlet,
  reading,
  chartsReady,
}: {
  outlet: OutletShare;
  reading: ReadingRecord;
  chartsReady: boolean;
}) {
  const timeline = useLiveQuery(
    () => (chartsReady ? reading.outletTimeline(outlet.site) : Promise.resolve(NO_POINTS)),
    [outlet.site, chartsReady],
  );
  return (
    <tr>
      <th scope="row" class="outlet-site">
        {outlet.site}
      </th>
      <td class="number">{formatCount(outlet.articles)}</td>
      <td class="share">
        <span class="share-bar" aria-hidden="true">
          <span class="share-fill" style={{ width: formatShare(Math.min(1, outlet.share), 'en') }} />
        </span>{' '}
        {formatShare(outlet.share)}
      </td>
      <td>{timeline.status === 'done' && <OutletChart site={outlet.site} points={timeline.value} />}</td>
    </tr>
  );
}
