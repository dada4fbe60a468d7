import { i18n } from '#i18n';
import { shownOutlet } from '../../contract/article-url.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { CategoryChip } from '../common/CategoryChip.tsx';
import { describeDate, formatDate, parseDate } from '../popup/age.ts';
import type { NotesServices } from '../popup/services.ts';
import { NoteTags } from '../popup/notes/NoteTags.tsx';

export interface ArticleDetailProps {
  services: NotesServices;
  url: string | undefined;
  selectedId: string | undefined;
  onClose(): void;
}

/** One article beside the list: what it is, and every note the reader keeps on it, each with the words around it. */
export function ArticleDetail({ services, url, selectedId, onClose }: ArticleDetailProps) {
  const detail = useLiveQuery(
    async () => (url ? { article: await services.notes.article(url), notes: await services.notes.forPage(url) } : null),
    [url],
  );
  if (!url) return <p class="status-message muted detail-empty">{i18n.t('notesPage.detail.pick')}</p>;
  if (detail.status === 'loading')
    return (
      <p class="status-message" aria-busy="true">
        {i18n.t('notesPage.detail.loading')}
      </p>
    );
  if (detail.status === 'error')
    return (
      <p class="error" role="alert">
        {i18n.t('notesPage.detail.unreadable', { reason: detail.error })}
      </p>
    );
  const { article, notes } = detail.value ?? { article: undefined, notes: [] };
  const published = describeDate(article?.publishedAt, services.now());
  return (
    <article class="article-detail" aria-labelledby="detail-title">
      <header>
        <h2 id="detail-title" class="article-title">
          {article?.title || url}
        </h2>
        <p class="article-meta">{[shownOutlet(article ?? { url }), article?.byline].filter(Boolean).join(' · ')}</p>
        {published && (
          <p class="article-date">
            <time dateTime={published.iso}>{published.date}</time> <span class="age">({published.age})</span>
          </p>
        )}
        <div class="actions">
          <button type="button" onClick={() => void services.openUrl(url).catch(() => {})}>
            {i18n.t('notesPage.detail.open')}
          </button>
          <button type="button" class="quiet" onClick={onClose}>
            {i18n.t('notesPage.detail.close')}
          </button>
        </div>
      </header>
      {notes.length === 0 ? (
        <p class="muted">{i18n.t('notesPage.detail.noNotes')}</p>
      ) : (
        <ol class="detail-notes" aria-label={i18n.t('notesPage.detail.notesLabel', notes.length)}>
          {notes.map((note) => {
            const created = parseDate(note.createdAt);
            return (
              <li key={note.id} class={`detail-note${note.id === selectedId ? ' selected' : ''}`}>
                <blockquote>
                  {note.quote.prefix && <span class="context">…{note.quote.prefix}</span>}
                  <mark>{note.quote.exact}</mark>
                  {note.quote.suffix && <span class="context">{note.quote.suffix}…</span>}
                </blockquote>
                <p class="note-meta">
                  {note.category ? (
                    <CategoryChip category={note.category} />
                  ) : (
                    <span class="chip">{i18n.t('popup.notes.fromSelection')}</span>
                  )}{' '}
                  {created && <time dateTime={created.toISOString()}>{formatDate(created)}</time>}
                </p>
                {note.comment && <p class="comment">{note.comment}</p>}
                <NoteTags tags={note.tags} />
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
