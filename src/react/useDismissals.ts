import { useMemo, useSyncExternalStore } from 'react';
import { getDismissalStore } from './dismissalStore';
import { browserStorage, type KeyValueStorage } from './webStorage';

/** What {@link useDismissals} returns. Instants are epoch ms on the banner's own clock. */
export interface Dismissals {
  /** False until storage has answered (always false on the server and in the hydrating render). */
  ready: boolean;
  isDismissed(key: string, now: number): boolean;
  /** Event handlers only: this writes to storage. */
  dismiss(key: string, expiresAt: number, now: number): void;
  /** Event handlers only: this writes to storage. */
  restore(keys: readonly string[], now: number): void;
}

/**
 * The page's dismissed banners, read from untrusted storage and shared by every banner on the page. Storage is
 * read during render (never written), so a client-only mount with synchronous storage never paints a dismissed
 * banner; a slow or asynchronous storage leaves `ready` false until it answers.
 *
 * @param storage Where dismissals are kept; `null` keeps them in memory for the page's lifetime. Defaults to `localStorage`.
 */
export function useDismissals(storage?: KeyValueStorage | null): Dismissals {
  const store = getDismissalStore(storage === null ? undefined : (storage ?? browserStorage('localStorage')));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  return useMemo(
    () => ({
      ready: snapshot.ready,
      isDismissed: (key, now) => (snapshot.entries.get(key) ?? -Infinity) > now,
      dismiss: store.dismiss,
      restore: store.restore,
    }),
    [snapshot, store],
  );
}
