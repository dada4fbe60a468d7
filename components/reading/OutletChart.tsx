import { i18n } from '#i18n';
import type { ReadingPoint } from './reading-types.ts';
import { formatShare } from './percent.ts';

const WIDTH = 120;
const HEIGHT = 28;
const PAD = 2;

/** The chart's points: x by month in order, y by share (0 at the bottom, 100% at the top). */
export function chartPoints(points: readonly ReadingPoint[]): Array<[number, number]> {
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  return points.map((point, index) => [
    PAD + (points.length > 1 ? index * step : (WIDTH - 2 * PAD) / 2),
    HEIGHT - PAD - Math.min(1, Math.max(0, point.share)) * (HEIGHT - 2 * PAD),
  ]);
}

/** The same figures in words, for screen readers and anyone who would rather read them. */
export function chartText(site: string, points: readonly ReadingPoint[]): string {
  const months = points.map((point) => i18n.t('reading.chart.month', { month: point.month, share: formatShare(point.share) }));
  return i18n.t('reading.chart.label', { site, months: months.join(', ') });
}

/** A small line of one outlet's share of unnamed sourcing, month by month: an inline SVG, no chart library. */
export function OutletChart({ site, points }: { site: string; points: readonly ReadingPoint[] }) {
  if (points.length === 0) return null;
  const xy = chartPoints(points);
  return (
    <svg
      class="outlet-chart"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={chartText(site, points)}
    >
      <line class="chart-axis" x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
      {xy.length > 1 && <polyline class="chart-line" points={xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />}
      {xy.map(([x, y], index) => (
        <circle key={points[index]!.month} class="chart-dot" cx={x} cy={y} r={2}>
          <title>{`${points[index]!.month}: ${formatShare(points[index]!.share)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
