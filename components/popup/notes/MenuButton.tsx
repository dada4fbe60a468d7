import { useEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  id: string;
  label: string;
  disabled?: boolean;
  onSelect(): void;
}

/**
 * The ARIA menu button pattern: the button opens a menu (Enter, Space, ArrowDown: first item;
 * ArrowUp: last), arrow keys move between items, Home and End jump, Escape and Tab close it and
 * focus goes back to the button. A click elsewhere closes it too.
 */
export function MenuButton({ label, items, id }: { label: string; items: MenuItem[]; id: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);
  const openAt = (which: 'first' | 'last') => {
    setActive(which === 'first' ? (enabled[0] ?? 0) : (enabled.at(-1) ?? 0));
    setOpen(true);
  };
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const step = (by: 1 | -1) => {
    const at = enabled.indexOf(active);
    setActive(enabled[(at + by + enabled.length) % enabled.length] ?? active);
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => step(1),
      ArrowUp: () => step(-1),
      Home: () => setActive(enabled[0] ?? 0),
      End: () => setActive(enabled.at(-1) ?? 0),
      Escape: () => close(),
      Tab: () => close(false),
    };
    const move = moves[event.key];
    if (!move) return;
    if (event.key !== 'Tab') event.preventDefault();
    move();
  };
  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    close();
    item.onSelect();
  };

  return (
    <div class="menu-button">
      <button
        type="button"
        ref={button}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => (open ? close() : openAt('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openAt(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} ref={menu} hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item, index) => (
          <div
            key={item.id}
            role="menuitem"
            tabIndex={index === active ? 0 : -1}
            aria-disabled={item.disabled || undefined}
            onClick={() => choose(item)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                choose(item);
              }
            }}
          >
            {item.label}
          </div>
        ))}
      </div>
    </div>
  );
}
