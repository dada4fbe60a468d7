import { i18n } from '#i18n';
import type { TimelineMonth } from '../../contract/reading-record.ts';
import type { ReadingPoint } from './reading-types.ts';
import { formatShare } from './percent.ts';

const WIDTH = 200;
const HEIGHT = 72;
/** Room for the share labels on the left and the month labels below. */
const LEFT = 30;
const RIGHT = 6;
const TOP = 6;
const BOTTOM = 16;

/** The top of the share axis: the largest share rounded up to a tenth (at least 10%), so small shares are not a flat line. */
export function axisTop(points: readonly ReadingPoint[]): number {
  const largest = Math.max(0, ...points.map((point) => Math.min(1, point.share)));
  return Math.min(1, Math.max(0.1, Math.ceil(largest * 10) / 10));
}

/** The chart's points: x by month in order, y by share (0 at the bottom, `top` at the top). */
export function chartPoints(points: readonly ReadingPoint[], top = axisTop(points)): Array<[number, number]> {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  return points.map((point, index) => [
    LEFT + (points.length > 1 ? index * step : plotWidth / 2),
    TOP + plotHeight - (Math.min(top, Math.max(0, point.share)) / top) * plotHeight,
  ]);
}

const byLabel = (by: TimelineMonth) => i18n.t(by === 'published' ? 'reading.monthBy.published' : 'reading.monthBy.read');

/** The same figures in words, for screen readers and anyone who would rather read them. */
export function chartText(site: string, points: readonly ReadingPoint[], by: TimelineMonth = 'read'): string {
  const months = points.map((point) => i18n.t('reading.chart.month', { month: point.month, share: formatShare(point.share) }));
  return i18n.t('reading.chart.label', { site, by: byLabel(by), months: months.join(', ') });
}

/**
 * One outlet's share of unnamed sourcing month by month, as a labelled chart: the share axis
 * (0 and its top) on the left, the first and last months below, and the axis titles in its
 * label. An inline SVG, no chart library.
 */
export function OutletChart({
  site,
  points,
  by = 'read',
}: {
  site: string;
  points: readonly ReadingPoint[];
  by?: TimelineMonth;
}) {
  if (points.length === 0) return <span class="muted chart-none">{i18n.t('reading.chart.none')}</span>;
  const top = axisTop(points);
  const xy = chartPoints(points, top);
  const bottom = HEIGHT - BOTTOM;
  const first = points[0]!.month;
  const last = points[points.length - 1]!.month;
  return (
    <svg
      class="outlet-chart"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={chartText(site, points, by)}
    >
      <title>{`${i18n.t('reading.chart.axisShare')} · ${byLabel(by)}`}</title>
      <line class="chart-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={bottom} y2={bottom} />
      <line class="chart-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={bottom} />
      <text class="chart-tick" x={LEFT - 3} y={TOP + 4} text-anchor="end">
        {formatShare(top)}
      </text>
      <text class="chart-tick" x={LEFT - 3} y={bottom} text-anchor="end">
        {formatShare(0)}
      </text>
      <text class="chart-tick" x={LEFT} y={HEIGHT - 3} text-anchor="start">
        {first}
      </text>
      {last !== first && (
        <text class="chart-tick" x={WIDTH - RIGHT} y={HEIGHT - 3} text-anchor="end">
          {last}
        </text>
      )}
      {xy.length > 1 && <polyline class="chart-line" points={xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />}
      {xy.map(([x, y], index) => (
        <circle key={points[index]!.month} class="chart-dot" cx={x} cy={y} r={2.5}>
          <title>{`${points[index]!.month}: ${formatShare(points[index]!.share)} (${points[index]!.articles})`}</title>
        </circle>
      ))}
    </svg>
  );
}
