import type { KeyValueStorage } from './webStorage';

/** The storage key dismissals are kept under. */
export const DISMISSALS_STORAGE_KEY = '@va-identity/downtime-banner:dismissed';

/** At most this many dismissals are kept; the longest-lived win. Storage may hold anything, including 10,000 of them. */
export const MAX_DISMISSALS = 50;

/** What the banner knows about dismissals at one moment. */
export interface DismissalSnapshot {
  /** False until storage has answered. Banners that can be dismissed stay hidden until then, so a dismissed one never flashes. */
  readonly ready: boolean;
  /** Dismissal key to the instant (epoch ms) it expires; may still hold expired entries until the next write. */
  readonly entries: ReadonlyMap<string, number>;
}

/** The dismissals of one storage, shared by every banner on the page, in the shape `useSyncExternalStore` takes. */
export interface DismissalStore {
  subscribe(listener: () => void): () => void;
  /** The current snapshot; reads storage the first time, and again after every banner has unmounted. */
  getSnapshot(): DismissalSnapshot;
  /** Always "not read yet": the server can't know, and the first client render must match it. */
  getServerSnapshot(): DismissalSnapshot;
  /** Records a dismissal and writes the pruned list. Call only from an event handler. */
  dismiss(key: string, expiresAt: number, now: number): void;
  /** Forgets dismissals and writes the pruned list. Call only from an event handler. */
  restore(keys: readonly string[], now: number): void;
}

const PENDING: DismissalSnapshot = Object.freeze({ ready: false, entries: new Map<string, number>() });
// Longer keys can't be ours; skipping them bounds the work a hostile value can cause.
const MAX_KEY_LENGTH = 512;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Live entries, longest-lived first, at most `limit` of them. */
function prune(entries: Iterable<readonly [string, unknown]>, now: number, limit = MAX_DISMISSALS): Map<string, number> {
  const live: Array<[string, number]> = [];
  for (const [key, expiresAt] of entries) {
    if (key.length <= MAX_KEY_LENGTH && typeof expiresAt === 'number' && Number.isFinite(expiresAt) && expiresAt > now) {
      live.push([key, expiresAt]);
    }
  }
  live.sort((a, b) => b[1] - a[1]);
  return new Map(live.slice(0, limit));
}

/**
 * Reads a stored dismissal list, trusting nothing: anything that isn't a JSON object of key to finite instant
 * gives no dismissals; entries expired by `now` and surplus entries are dropped.
 */
export function parseDismissals(raw: unknown, now = -Infinity): Map<string, number> {
  if (typeof raw !== 'string') return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return new Map();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
  return prune(Object.entries(parsed), now);
}

// Reading prunes only by shape and count: expiry is judged against the banner's own clock (which a host may
// freeze or correct for skew) when it asks and when it writes.
function createDismissalStore(storage: KeyValueStorage | undefined): DismissalStore {
  let snapshot = PENDING;
  let stale = true;
  // Once a write has failed, memory is the only record; reading storage again would lose what it holds.
  let memoryOnly = storage === undefined;
  // Bumped by every read and every click, so that a slow read never overwrites a newer click.
  let generation = 0;
  const listeners = new Set<() => void>();

  const publish = (entries: Map<string, number>) => {
    snapshot = { ready: true, entries };
    for (const listener of listeners) listener();
  };

  const load = () => {
    stale = false;
    if (memoryOnly || !storage) {
      if (!snapshot.ready) snapshot = { ready: true, entries: snapshot.entries };
      return;
    }
    const mine = ++generation;
    let raw: unknown;
    try {
      raw = storage.getItem(DISMISSALS_STORAGE_KEY);
    } catch {
      raw = null;
    }
    if (!isThenable(raw)) {
      // Called from getSnapshot, during render: set the snapshot, notify nobody.
      snapshot = { ready: true, entries: parseDismissals(raw) };
      return;
    }
    Promise.resolve(raw).then(
      (value) => {
        if (mine === generation) publish(parseDismissals(value));
      },
      () => {
        if (mine === generation) publish(new Map(snapshot.entries));
      },
    );
  };

  const save = (entries: Map<string, number>) => {
    generation++;
    publish(entries);
    if (memoryOnly || !storage) return;
    const fail = () => {
      memoryOnly = true;
    };
    try {
      const result = storage.setItem(DISMISSALS_STORAGE_KEY, JSON.stringify(Object.fromEntries(entries)));
      if (isThenable(result)) Promise.resolve(result).catch(fail);
    } catch {
      fail();
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        // Read again at the next mount (a route change), which also picks up what other tabs wrote.
        if (listeners.size === 0) stale = true;
      };
    },
    getSnapshot() {
      if (stale) load();
      return snapshot;
    },
    getServerSnapshot() {
      return PENDING;
    },
    dismiss(key, expiresAt, now) {
      const entries = prune(snapshot.entries, now, MAX_DISMISSALS - 1);
      entries.set(key, expiresAt);
      save(entries);
    },
    restore(keys, now) {
      const entries = prune(snapshot.entries, now);
      for (const key of keys) entries.delete(key);
      save(entries);
    },
  };
}

const stores = new WeakMap<KeyValueStorage, DismissalStore>();
let memoryStore: DismissalStore | undefined;

/**
 * The one dismissal store for a storage, so that every banner on the page and every remount across route changes
 * share it. `undefined` gives a store that lives in memory for the page's lifetime.
 */
export function getDismissalStore(storage: KeyValueStorage | undefined): DismissalStore {
  if (!storage) return (memoryStore ??= createDismissalStore(undefined));
  let store = stores.get(storage);
  if (!store) stores.set(storage, (store = createDismissalStore(storage)));
  return store;
}
