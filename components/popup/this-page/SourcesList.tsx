import { i18n } from '#i18n';
import type { Source, SourceKind } from '../../../detector/types.ts';
import { CategoryChip } from '../../common/CategoryChip.tsx';

const kindLabel = (kind: Exclude<SourceKind, 'unnamed'>) => i18n.t(`popup.sources.kind.${kind}`);

const mentionCount = (source: Source) =>
  source.mentions.length > 1 ? <span class="mentions"> ×{source.mentions.length}</span> : null;

/** Who the article cites: named people, organisations and outlets, then the unnamed ones. */
export function SourcesList({ sources }: { sources: Source[] }) {
  const named = sources.filter((source) => source.kind !== 'unnamed');
  const unnamed = sources.filter((source) => source.kind === 'unnamed');
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">{i18n.t('popup.sources.heading')}</h3>
      {sources.length === 0 && <p class="muted">{i18n.t('popup.sources.none')}</p>}
      {named.length > 0 && (
        <>
          <h4>{i18n.t('popup.sources.named')}</h4>
          <ul class="source-list">
            {named.map((source) => (
              <li key={`${source.kind}:${source.name}`}>
                {source.name} <span class="kind">{kindLabel(source.kind as Exclude<SourceKind, 'unnamed'>)}</span>
                {mentionCount(source)}
              </li>
            ))}
          </ul>
        </>
      )}
      {unnamed.length > 0 && (
        <>
          <h4>{i18n.t('popup.sources.unnamed')}</h4>
          <ul class="source-list">
            {unnamed.map((source) => (
              <li key={`unnamed:${source.name}:${source.category ?? ''}`}>
                {i18n.t('popup.sources.quoted', { name: source.name })}{' '}
                {source.category && <CategoryChip category={source.category} />}
                {mentionCount(source)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
