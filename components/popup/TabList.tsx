import { useRef } from 'preact/hooks';
import { targetTabIndex } from './tabs.ts';

export interface TabListProps<T extends string> {
  label: string;
  tabs: ReadonlyArray<{ id: T; label: string }>;
  selected: T;
  onSelect(id: T): void;
  /** Prefix of the tab and panel ids, so two tab lists on a page never clash. */
  idPrefix: string;
}

/** Tabs in the ARIA pattern: arrow keys, Home and End move and select; only the selected tab is in the Tab order. */
export function TabList<T extends string>({ label, tabs, selected, onSelect, idPrefix }: TabListProps<T>) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = targetTabIndex(event.key, index, tabs.length);
    if (target === null) return;
    event.preventDefault();
    onSelect(tabs[target]!.id);
    refs.current[target]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} class="tabs">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}tab-${tab.id}`}
          aria-selected={selected === tab.id}
          aria-controls={`${idPrefix}panel-${tab.id}`}
          tabIndex={selected === tab.id ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
