import { i18n } from '#i18n';
import type { PageFlag } from '../../../contract/messages.ts';
import { FlagItem, type FlagItemProps } from './FlagItem.tsx';

/** The page's flags in reading order. */
export function FlagList({ flags, ...actions }: { flags: PageFlag[] } & Omit<FlagItemProps, 'flag'>) {
  const ordered = [...flags].sort((a, b) => a.id - b.id);
  return (
    <section class="flags" aria-labelledby="flags-heading">
      <h3 id="flags-heading">{i18n.t('popup.flags.heading')}</h3>
      {ordered.length === 0 ? (
        <p class="muted">{i18n.t('popup.flags.none')}</p>
      ) : (
        <ol class="flag-list">
          {ordered.map((flag) => (
            <FlagItem key={flag.key || flag.id} flag={flag} {...actions} />
          ))}
        </ol>
      )}
    </section>
  );
}
