import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { NotesTab } from './NotesTab.tsx';
import { PageTab } from './PageTab.tsx';
import type { PopupServices } from './services.ts';
import { TabList } from './TabList.tsx';

export type TabId = 'page' | 'notes';

export interface AppProps {
  services: PopupServices;
  initialTab?: TabId;
}

/**
 * The toolbar popup: This page and Notes, in the ARIA tabs pattern. A panel is mounted when
 * first opened and then kept, so going back and forth keeps scroll, searches and half-written
 * comments. Both panels read the store live, so a note saved in one shows in the other.
 */
export function App({ services, initialTab = 'page' }: AppProps) {
  const [selected, setSelected] = useState<TabId>(initialTab);
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set([initialTab]));
  const tabs = [
    { id: 'page', label: i18n.t('popup.tabs.page') },
    { id: 'notes', label: i18n.t('popup.tabs.notes') },
  ] as const;
  const select = (id: TabId) => {
    setSelected(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="brand">{i18n.t('extension.name')}</h1>
        <TabList label={i18n.t('extension.name')} tabs={tabs} selected={selected} onSelect={select} idPrefix="" />
      </header>
      {tabs.map((tab) => (
        <section
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          tabIndex={0}
          hidden={selected !== tab.id}
          class="panel"
        >
          {opened.has(tab.id) && (tab.id === 'page' ? <PageTab services={services} /> : <NotesTab services={services} />)}
        </section>
      ))}
    </div>
  );
}
