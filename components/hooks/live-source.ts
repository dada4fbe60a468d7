import { liveQuery } from 'dexie';

export interface LiveObserver<T> {
  next(value: T): void;
  error(error: unknown): void;
}

/** A live query that may be started before anyone listens (see startLiveQuery). */
export interface LiveSource<T> {
  subscribe(observer: LiveObserver<T>): { unsubscribe(): void };
  /** The answer it holds already, if any: a view can render it at once. */
  peek(): T | undefined;
}

/**
 * Starts a live query now and keeps its latest answer for whoever subscribes later: a page can
 * start reading its first rows as its script starts, while it is still rendering, and the list
 * takes the answer already on its way. `quick`, when given, is a cheaper first read (rows
 * without their count): its answer is shown until the live query's first answer replaces it;
 * `known`, rows in hand already, stand in for it. It stops when its last subscriber leaves.
 */
export function startLiveQuery<T>(querier: () => Promise<T>, quick?: () => Promise<T>, known?: T): LiveSource<T> {
  const observers = new Set<LiveObserver<T>>();
  let latest: { value: T } | { error: unknown } | null = known === undefined ? null : { value: known };
  let everSubscribed = false;
  if (known === undefined)
    quick?.().then(
      (value) => {
        if (latest) return;
        latest = { value };
        for (const observer of observers) observer.next(value);
      },
      // The live query reads the same rows and reports its own failure.
      () => {},
    );
  const subscription = liveQuery(querier).subscribe({
    next(value) {
      latest = { value };
      for (const observer of observers) observer.next(value);
    },
    error(error: unknown) {
      latest = { error };
      for (const observer of observers) observer.error(error);
    },
  });
  return {
    peek: () => (latest && 'value' in latest ? latest.value : undefined),
    subscribe(observer) {
      everSubscribed = true;
      observers.add(observer);
      if (latest && 'value' in latest) observer.next(latest.value);
      else if (latest) observer.error(latest.error);
      return {
        unsubscribe() {
          observers.delete(observer);
          if (everSubscribed && observers.size === 0) subscription.unsubscribe();
        },
      };
    },
  };
}
