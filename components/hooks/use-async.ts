import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type AsyncState<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: string };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ReloadOptions<T> {
  /** Keep showing the last value while this run goes (a refresh rather than a fresh load). */
  quiet?: boolean;
  /** Run this instead of the usual loader once ("scan now" instead of "read the report"). */
  using?: () => Promise<T>;
}

/**
 * Runs `load` on mount, again (quietly) whenever `deps` change, and on `reload()`. Only the
 * latest run may set the state, so a slow answer never overwrites a newer one.
 */
export function useAsync<T>(
  load: () => Promise<T>,
  deps: readonly unknown[] = [],
): AsyncState<T> & { reload(options?: ReloadOptions<T>): void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const run = useRef(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  const reload = useCallback((options?: ReloadOptions<T>) => {
    const current = ++run.current;
    if (!options?.quiet) setState({ status: 'loading' });
    (options?.using ?? latestLoad.current)().then(
      (value) => current === run.current && setState({ status: 'done', value }),
      (error: unknown) => current === run.current && setState({ status: 'error', error: errorMessage(error) }),
    );
  }, []);

  const mounted = useRef(false);
  useEffect(() => {
    reload({ quiet: mounted.current });
    mounted.current = true;
  }, deps);
  // A run finishing after unmount must not set state.
  useEffect(() => () => void ++run.current, []);

  return { ...state, reload };
}
