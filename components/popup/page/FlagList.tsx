import type { PageFlag } from '../../../shared/messages.ts';
import { FlagItem, type FlagItemProps } from './FlagItem.tsx';

/** The page's flags in reading order. */
export function FlagList({ flags, onReveal, onSave }: { flags: PageFlag[] } & Omit<FlagItemProps, 'flag'>) {
  const ordered = [...flags].sort((a, b) => a.id - b.id);
  return (
    <section class="flags" aria-labelledby="flags-heading">
      <h3 id="flags-heading">Flagged sentences</h3>
      {ordered.length === 0 ? (
        <p class="muted">No sentence here rests on unnamed sourcing.</p>
      ) : (
        <ol class="flag-list">
          {ordered.map((flag) => (
            <FlagItem key={flag.id} flag={flag} onReveal={onReveal} onSave={onSave} />
          ))}
        </ol>
      )}
    </section>
  );
}
