import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { PageFlag } from '../../../contract/messages.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { CategoryChip } from '../../common/CategoryChip.tsx';

export interface DismissedFlagsProps {
  flags: PageFlag[];
  onRestore(flag: PageFlag): Promise<void>;
}

/** Flags the reader dismissed on this article, collapsed; Undo brings one back on the page. */
export function DismissedFlags({ flags, onRestore }: DismissedFlagsProps) {
  const [error, setError] = useState<string>();
  if (flags.length === 0) return null;
  const restore = (flag: PageFlag) =>
    onRestore(flag).catch((failure: unknown) => setError(i18n.t('popup.flags.notRestored', { reason: errorMessage(failure) })));
  return (
    <details class="dismissed">
      <summary>{i18n.t('popup.flags.dismissedCount', flags.length)}</summary>
      <ul>
        {flags.map((flag) => (
          <li key={flag.key || flag.id} class="dismissed-flag">
            <CategoryChip category={flag.category} />{' '}
            <span class="clamp" title={flag.sentence.text}>
              {flag.sentence.text}
            </span>{' '}
            <button type="button" onClick={() => restore(flag)}>
              {i18n.t('popup.flags.undoDismiss')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
