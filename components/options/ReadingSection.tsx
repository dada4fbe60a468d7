import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { Settings } from '../../contract/settings.ts';
import { errorMessage } from '../hooks/use-async.ts';
import { Toggle } from '../popup/this-page/Toggle.tsx';
import type { ReadingRecord } from '../reading/reading-types.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'busy' }
  | { kind: 'cleared' }
  | { kind: 'error'; message: string };

/** The reading record: whether it is kept, and a way to forget it (asked twice, since it cannot be undone). */
export function ReadingSection({
  settings,
  onChange,
  reading,
}: {
  settings: Settings;
  onChange(next: Settings): void;
  reading: Pick<ReadingRecord, 'clearReading'>;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const clear = async () => {
    setStatus({ kind: 'busy' });
    try {
      await reading.clearReading();
      setStatus({ kind: 'cleared' });
    } catch (error) {
      setStatus({ kind: 'error', message: i18n.t('options.reading.notCleared', { reason: errorMessage(error) }) });
    }
  };
  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading">{i18n.t('options.reading.heading')}</h2>
      <p class="muted">{i18n.t('options.reading.explain')}</p>
      <Toggle
        label={i18n.t('options.reading.record')}
        checked={settings.recordReading}
        onChange={(recordReading) => onChange({ ...settings, recordReading })}
      />
      <div class="actions">
        {status.kind === 'confirming' ? (
          <>
            <span>{i18n.t('options.reading.confirm')}</span>
            <button type="button" class="danger" onClick={() => void clear()}>
              {i18n.t('options.reading.confirmYes')}
            </button>
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              {i18n.t('options.reading.confirmNo')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="danger"
            disabled={status.kind === 'busy'}
            onClick={() => setStatus({ kind: 'confirming' })}
          >
            {i18n.t('options.reading.clear')}
          </button>
        )}
      </div>
      <p class="status" aria-live="polite">
        {status.kind === 'cleared' && i18n.t('options.reading.cleared')}
      </p>
      {status.kind === 'error' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}
