import { i18n } from '#i18n';
import { useMemo } from 'preact/hooks';
import { PageTab } from '../popup/PageTab.tsx';
import { NoSourcelight } from '../popup/this-page/PageStatus.tsx';
import { PanelNote } from './PanelNote.tsx';
import type { PanelServices } from './services.ts';
import { usePanelTarget } from './use-panel-target.ts';

/**
 * The side panel, beside the article: the note the reader is writing (the one saved last in
 * this tab), then This page as the popup shows it. It follows the reader from tab to tab.
 */
export function SidePanel({ services }: { services: PanelServices }) {
  const target = usePanelTarget(services);
  const tabId = target?.tabId;
  const pageServices = useMemo(
    () => (tabId === undefined ? undefined : { ...services, page: services.pageFor(tabId) }),
    [services, tabId],
  );

  return (
    <div class="side-panel">
      <header class="panel-header">
        <h1 class="brand">{i18n.t('extension.name')}</h1>
        <button type="button" class="link" onClick={() => void services.openNotesPage()}>
          {i18n.t('panel.allNotes')}
        </button>
      </header>
      {!target ? (
        <p class="status-message" aria-busy="true">
          {i18n.t('pageStates.looking')}
        </p>
      ) : (
        <main class="panel-main">
          <section class="panel-section panel-note" aria-labelledby="panel-note-heading">
            <h2 id="panel-note-heading">{i18n.t('panel.noteHeading')}</h2>
            {target.noteId && tabId !== undefined ? (
              <PanelNote
                key={target.noteId}
                noteId={target.noteId}
                notes={services.notes}
                onClose={() => void services.closePanelNote(tabId)}
              />
            ) : (
              <p class="muted">{i18n.t('panel.noNote')}</p>
            )}
          </section>
          <section class="panel-section panel-page" aria-labelledby="panel-page-heading">
            <h2 id="panel-page-heading">{i18n.t('panel.pageHeading')}</h2>
            {pageServices ? <PageTab key={`${tabId}:${target.load}`} services={pageServices} /> : <NoSourcelight />}
          </section>
        </main>
      )}
    </div>
  );
}
