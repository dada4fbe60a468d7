import { i18n } from '#i18n';
import type { PageReport } from '../../../contract/messages.ts';

/** On a page too long to read whole, says how much of it was read and painted (the rest was not). */
export function CappedNotice({ capped }: { capped: PageReport['capped'] }) {
  if (!capped) return null;
  const percent = Math.max(1, Math.floor((100 * capped.scannedChars) / Math.max(capped.totalChars, 1)));
  return (
    <p class="notice" role="note">
      {i18n.t('popup.capped', { percent: String(percent), characters: capped.scannedChars.toLocaleString() })}
    </p>
  );
}
