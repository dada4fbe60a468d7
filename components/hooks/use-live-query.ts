import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AsyncState, errorMessage } from './use-async.ts';
import type { LiveSource } from './live-source.ts';

/**
 * The answer of `querier`, kept current: Dexie runs it again whenever a write anywhere (this
 * page, another page, the background) touches what it read. While `deps` change, the last
 * answer stays on screen until the new one comes. `early`, if given, serves the first deps: a
 * query started before the first render (see live-source.ts), whose answer in hand is rendered
 * at once.
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[], early?: LiveSource<T>): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>(() => {
    const held = early?.peek();
    return held === undefined ? { status: 'loading' } : { status: 'done', value: held };
  });
  const first = useRef(true);
  useEffect(() => {
    const source: Pick<LiveSource<T>, 'subscribe'> = first.current && early ? early : liveQuery(querier);
    first.current = false;
    const subscription = source.subscribe({
      next: (value) => setState({ status: 'done', value }),
      error: (error: unknown) => setState({ status: 'error', error: errorMessage(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
