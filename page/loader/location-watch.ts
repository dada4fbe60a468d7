/**
 * Calls back when the page's address changes without a load (pushState, replaceState, back and
 * forward). The Navigation API tells at once where the browser has it; elsewhere the address is
 * compared once a second, which costs a string comparison.
 */
export const LOCATION_POLL_MS = 1000;

export interface LocationWatchDeps {
  win: Window;
  location: () => string;
  onChange: (url: string) => void;
  signal: AbortSignal;
}

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void, options: { signal: AbortSignal }): void;
}

export function watchLocation({ win, location, onChange, signal }: LocationWatchDeps): void {
  let last = location();
  const check = () => {
    const now = location();
    if (now === last) return;
    last = now;
    onChange(now);
  };
  win.addEventListener('popstate', check, { signal });
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', check, { signal });
    return;
  }
  const timer = win.setInterval(check, LOCATION_POLL_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
