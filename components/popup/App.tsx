import { useRef, useState } from 'preact/hooks';
import { NotesTab } from './NotesTab.tsx';
import { PageTab } from './PageTab.tsx';
import type { PopupServices } from './services.ts';

const TABS = [
  { id: 'page', label: 'This page' },
  { id: 'notes', label: 'Notes' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

/** Which key moves to which tab, from the current index (wrapping at both ends). */
function targetIndex(key: string, index: number): number | null {
  const last = TABS.length - 1;
  switch (key) {
    case 'ArrowRight':
      return index === last ? 0 : index + 1;
    case 'ArrowLeft':
      return index === 0 ? last : index - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

export interface AppProps {
  services: PopupServices;
  initialTab?: TabId;
}

/**
 * The toolbar popup: two tabs in the ARIA tabs pattern (arrow keys move and select, only the
 * selected tab is in the Tab order). A panel is mounted when first opened and then kept, so
 * going back and forth keeps scroll, searches and half-written comments.
 */
export function App({ services, initialTab = 'page' }: AppProps) {
  const [selected, setSelected] = useState<TabId>(initialTab);
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set([initialTab]));
  // Bumped whenever notes change in either tab, so the other one reads them again.
  const [notesVersion, setNotesVersion] = useState(0);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const onNotesChanged = () => setNotesVersion((version) => version + 1);

  const select = (id: TabId) => {
    setSelected(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = targetIndex(event.key, index);
    if (target === null) return;
    event.preventDefault();
    select(TABS[target]!.id);
    tabRefs.current[target]?.focus();
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="brand">Sourcelight</h1>
        <div role="tablist" aria-label="Sourcelight" class="tabs">
          {TABS.map((tab, index) => (
            <button
              key={tab.id}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={selected === tab.id}
              aria-controls={`panel-${tab.id}`}
              tabIndex={selected === tab.id ? 0 : -1}
              onClick={() => select(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </header>
      {TABS.map((tab) => (
        <section
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          tabIndex={0}
          hidden={selected !== tab.id}
          class="panel"
        >
          {opened.has(tab.id) &&
            (tab.id === 'page' ? (
              <PageTab services={services} notesVersion={notesVersion} onNotesChanged={onNotesChanged} />
            ) : (
              <NotesTab services={services} notesVersion={notesVersion} onNotesChanged={onNotesChanged} />
            ))}
        </section>
      ))}
    </div>
  );
}
