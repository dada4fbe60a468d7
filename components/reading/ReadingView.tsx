import { i18n } from '#i18n';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../hooks/use-async.ts';
import type { LiveSource } from '../hooks/live-source.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useSettings } from '../hooks/use-settings.ts';
import { downloadText, exportFileName } from '../popup/notes/download.ts';
import type { NotesServices } from '../popup/services.ts';
import { OutletRow } from './OutletRow.tsx';
import { formatCount, formatShare } from './percent.ts';
import type { OutletShare } from './reading-types.ts';
import { SMALL_SAMPLE_ARTICLES, type TimelineMonth } from '../../contract/reading-record.ts';

/** Outlets shown at first, and added by "Show more". */
export const OUTLETS_PAGE = 50;
/** The User Timing mark the reading benchmark reads. */
export const READING_RENDERED_MARK = 'sourcelight-reading-rendered';

/** The first outlets shown (one more tells whether there are more), as the view and main.tsx ask for them. */
export const firstOutlets = (reading: NotesServices['reading']) => () => reading.outletsByShare(OUTLETS_PAGE + 1);

export interface ReadingViewProps {
  services: NotesServices;
  /** The first outlets, asked for before the page rendered (see live-source.ts). */
  early?: LiveSource<OutletShare[]> | undefined;
  doc?: Document;
}

/**
 * The Reading view: outlets by their share of unnamed sourcing (ranked so a few articles cannot
 * top it), each with its count, its split by category and a labelled chart by month read or
 * published, against the reader's overall share; exportable as CSV.
 */
export function ReadingView({ services, early, doc = document }: ReadingViewProps) {
  const { reading } = services;
  const [limit, setLimit] = useState(OUTLETS_PAGE);
  const [by, setBy] = useState<TimelineMonth>('read');
  const outlets = useLiveQuery(() => reading.outletsByShare(limit + 1), [limit], early);
  const rowsUp = outlets.status === 'done';
  // Rows first: the overall figure and the charts are read once the rows are on screen.
  const overall = useLiveQuery(() => (rowsUp ? reading.readingSummary() : Promise.resolve(null)), [rowsUp]);
  const { settings } = useSettings();
  const [exportError, setExportError] = useState<string>();
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (rowsUp && !marked.current) {
      marked.current = true;
      globalThis.performance?.mark?.(READING_RENDERED_MARK);
    }
  }, [rowsUp]);

  const exportCsv = async () => {
    setExportError(undefined);
    try {
      downloadText(doc, exportFileName(services.now(), 'csv', 'reading'), await reading.readingCsv(), 'text/csv');
    } catch (error) {
      setExportError(i18n.t('reading.exportFailed', { reason: errorMessage(error) }));
    }
  };

  if (outlets.status === 'loading')
    return (
      <p class="status-message" aria-busy="true">
        {i18n.t('reading.loading')}
      </p>
    );
  if (outlets.status === 'error')
    return (
      <p class="status-message error" role="alert">
        {i18n.t('reading.unreadable', { reason: outlets.error })}
      </p>
    );
  if (outlets.value.length === 0) {
    return (
      <div class="status-message empty reading-empty">
        <p>{i18n.t('reading.empty')}</p>
        {settings?.recordReading === false && <p class="muted">{i18n.t('reading.recordingOff')}</p>}
      </div>
    );
  }
  const shown = outlets.value.slice(0, limit);
  const summary = overall.status === 'done' ? overall.value : null;
  return (
    <div class="reading-view">
      <div class="reading-head">
        <div>
          <p class="reading-summary">
            {summary
              ? i18n.t('reading.overall', summary.articles, {
                  articles: formatCount(summary.articles),
                  share: formatShare(summary.share),
                })
              : ' '}
          </p>
          {summary && (
            <p class="reading-typical">
              <span class="typical-key" aria-hidden="true" /> {i18n.t('reading.typical', { share: formatShare(summary.share) })}
            </p>
          )}
        </div>
        <button type="button" onClick={() => void exportCsv()}>
          {i18n.t('reading.exportCsv')}
        </button>
      </div>
      <p class="muted ranked-by">{i18n.t('reading.rankedBy', { count: formatCount(SMALL_SAMPLE_ARTICLES) })}</p>
      <fieldset class="month-by">
        <legend>{i18n.t('reading.monthBy.label')}</legend>
        {(['read', 'published'] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="month-by" value={choice} checked={by === choice} onChange={() => setBy(choice)} />{' '}
            {i18n.t(choice === 'read' ? 'reading.monthBy.read' : 'reading.monthBy.published')}
          </label>
        ))}
      </fieldset>
      {exportError && (
        <p class="error" role="alert">
          {exportError}
        </p>
      )}
      <table class="outlets">
        <caption class="visually-hidden">{i18n.t('reading.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('reading.columns.outlet')}</th>
            <th scope="col">{i18n.t('reading.columns.articles')}</th>
            <th scope="col">{i18n.t('reading.columns.share')}</th>
            <th scope="col">{i18n.t('reading.columns.byCategory')}</th>
            {/* The chart's axes named above it: share of sentences (0 to its top) against the month chosen. */}
            <th scope="col">
              {i18n.t('reading.columns.overTime', {
                by: i18n.t(by === 'read' ? 'reading.monthBy.read' : 'reading.monthBy.published'),
              })}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((outlet) => (
            <OutletRow
              key={outlet.site}
              outlet={outlet}
              reading={reading}
              chartsReady={summary !== null}
              overall={summary ? summary.share : null}
              by={by}
            />
          ))}
        </tbody>
      </table>
      {outlets.value.length > limit && (
        <div class="more">
          <button type="button" onClick={() => setLimit(limit + OUTLETS_PAGE)}>
            {i18n.t('reading.showMore')}
          </button>
        </div>
      )}
    </div>
  );
}
