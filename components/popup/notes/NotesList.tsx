import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { Article, Note } from '../../../contract/note-model.ts';
import { shownOutlet } from '../../../contract/article-url.ts';
import { groupByArticle } from './group-by-article.ts';
import { NoteRow, type NoteRowProps } from './NoteRow.tsx';

export interface NotesListProps extends Omit<NoteRowProps, 'note' | 'title' | 'outlet' | 'hideArticle' | 'selected'> {
  notes: Note[];
  total: number;
  /** The total counts only matches found so far: "Show more" cannot say how many are left. */
  totalIsLowerBound?: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  /** After a delete: the row to focus (clamped to the list), so focus does not fall to the page. */
  focusRow: { index: number } | null;
  /** Articles by URL, for their titles (filled in after the rows). */
  articles: ReadonlyMap<string, Article>;
  grouped?: boolean;
  selectedId?: string | undefined;
}

/** The outlet's name as its article row keeps it (the page's own name), else the domain of the note's address. */
const outletOf = (article: Article | undefined, url: string) => shownOutlet(article ?? { url });

/** Rows start loading this far before the end of the list comes into view. */
const LOAD_AHEAD = '200px';

/** The loaded rows, alone or under their articles, and the way to the next page: a button, or scrolling near the end. */
export function NotesList({
  notes,
  total,
  totalIsLowerBound = false,
  loadingMore,
  onLoadMore,
  focusRow,
  articles,
  grouped = false,
  selectedId,
  ...row
}: NotesListProps) {
  const list = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const hasMore = notes.length < total;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onLoadMore(), {
      rootMargin: LOAD_AHEAD,
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, notes.length, onLoadMore]);

  useEffect(() => {
    if (!focusRow) return;
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-note-row]') ?? [];
    rows[Math.min(focusRow.index, rows.length - 1)]?.focus();
  }, [focusRow]);

  const rowOf = (note: Note, hideArticle: boolean) => (
    <NoteRow
      key={note.id}
      note={note}
      title={articles.get(note.articleUrl)?.title}
      outlet={outletOf(articles.get(note.articleUrl), note.articleUrl)}
      hideArticle={hideArticle}
      selected={note.id === selectedId}
      {...row}
    />
  );
  return (
    <div ref={list} class="note-list-wrap">
      {grouped ? (
        groupByArticle(notes).map((group) => {
          const article = articles.get(group.url);
          return (
            <section key={group.url} class="article-group" aria-label={article?.title || group.site}>
              <h3 class="group-title">
                {article?.title || group.url} <span class="muted">{outletOf(article, group.url)}</span>
              </h3>
              <ul class="note-list" aria-label={i18n.t('popup.notes.listLabel')}>
                {group.notes.map((note) => rowOf(note, true))}
              </ul>
            </section>
          );
        })
      ) : (
        <ul class="note-list" aria-label={i18n.t('popup.notes.listLabel')}>
          {notes.map((note) => rowOf(note, false))}
        </ul>
      )}
      {hasMore && (
        <div class="more" ref={sentinel}>
          <button type="button" onClick={onLoadMore} disabled={loadingMore} aria-busy={loadingMore}>
            {loadingMore
              ? i18n.t('popup.notes.loadingMore')
              : totalIsLowerBound
                ? i18n.t('popup.notes.showMore')
                : i18n.t('popup.notes.showMoreLeft', { left: (total - notes.length).toLocaleString() })}
          </button>
        </div>
      )}
    </div>
  );
}
