import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../contract/note-model.ts';
import type { LiveSource } from '../hooks/live-source.ts';
import { NotesView } from '../popup/notes/NotesView.tsx';
import type { SearchAnswer } from '../popup/notes/use-note-search.ts';
import type { NotesServices } from '../popup/services.ts';
import { TabList } from '../popup/TabList.tsx';
import { ReadingView } from '../reading/ReadingView.tsx';
import type { OutletShare } from '../reading/reading-types.ts';
import { ArticleDetail } from './ArticleDetail.tsx';
import { notesPageHash, parseNotesPageHash } from './notes-address.ts';

export interface NotesPageProps {
  services: NotesServices;
  /** The address's hash: which view, and which article to show. */
  hash: string;
  early?: LiveSource<SearchAnswer>;
  /** The Reading view's first outlets, when the page opens on it. */
  earlyOutlets?: LiveSource<OutletShare[]>;
  /** Keeps the address in step with the view and article shown (so a reload shows the same). */
  onNavigate?: (hash: string) => void;
}

type View = 'notes' | 'reading';

/** The Notes page, a full page in a tab: the notes list beside the chosen article, and the Reading view. */
export function NotesPage({ services, hash, early, earlyOutlets, onNavigate }: NotesPageProps) {
  const start = parseNotesPageHash(hash);
  const [view, setView] = useState<View>(start.view);
  const [article, setArticle] = useState<string | undefined>(start.articleUrl);
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    onNavigate?.(notesPageHash({ view, ...(article ? { articleUrl: article } : {}) }));
  }, [view, article]);

  const select = (note: Note) => {
    setSelected(note.id);
    setArticle(note.articleUrl);
  };
  const tabs = [
    { id: 'notes', label: i18n.t('notesPage.views.notes') },
    { id: 'reading', label: i18n.t('notesPage.views.reading') },
  ] as const;
  return (
    <div class="notes-page">
      <header class="page-header">
        <h1 class="brand">{i18n.t('notesPage.title')}</h1>
        <TabList<View> label={i18n.t('notesPage.viewsLabel')} tabs={tabs} selected={view} onSelect={setView} idPrefix="view-" />
      </header>
      <main>
        {/* The list spans the page until an article is chosen; then the article sits beside it. */}
        <section
          role="tabpanel"
          id="view-panel-notes"
          aria-labelledby="view-tab-notes"
          hidden={view !== 'notes'}
          class={article ? 'split has-detail' : 'split'}
        >
          <div class="split-list">
            <NotesView services={services} early={early} selectedId={selected} onSelect={select} />
          </div>
          <div class="split-detail">
            <ArticleDetail services={services} url={article} selectedId={selected} onClose={() => setArticle(undefined)} />
          </div>
        </section>
        <section role="tabpanel" id="view-panel-reading" aria-labelledby="view-tab-reading" hidden={view !== 'reading'}>
          {view === 'reading' && <ReadingView services={services} early={earlyOutlets} />}
        </section>
      </main>
    </div>
  );
}
