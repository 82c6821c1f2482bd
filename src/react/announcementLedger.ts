import type { KeyValueStorage } from './webStorage';

/** The storage key announced banners are kept under, in `sessionStorage` by default. */
export const ANNOUNCED_STORAGE_KEY = '@va-identity/downtime-banner:announced';

/** At most this many keys are kept; the most recent win. */
export const MAX_ANNOUNCED = 50;

/** Which banners screen-reader users have already been told about in this browser session. */
export interface AnnouncementLedger {
  has(key: string): boolean;
  /** Records keys. Call from effects only: this writes to storage. */
  add(keys: readonly string[]): void;
}

// Per storage, what this page load has recorded: the record of last resort once storage has refused a write.
const memories = new WeakMap<KeyValueStorage, { keys: Set<string>; broken: boolean }>();
const noStorage = { keys: new Set<string>(), broken: true };

/** Reads a stored list, trusting nothing: anything but a JSON array gives none, and non-strings are skipped. */
export function parseAnnounced(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter((key): key is string => typeof key === 'string' && key.length <= 512).slice(-MAX_ANNOUNCED);
}

/**
 * The session's announcement record in `storage`, which may hold anything or throw. A storage that answers with a
 * promise is treated as unavailable: announcements are decided in one pass and can't wait.
 */
export function announcementLedger(storage: KeyValueStorage | undefined): AnnouncementLedger {
  let memory = storage ? memories.get(storage) : noStorage;
  if (!memory) memories.set(storage!, (memory = { keys: new Set(), broken: false }));
  const record = memory;

  const read = (): string[] => {
    if (!storage || record.broken) return [];
    try {
      const raw = storage.getItem(ANNOUNCED_STORAGE_KEY);
      return typeof raw === 'string' ? parseAnnounced(raw) : [];
    } catch {
      // A storage that can't be read can't remember either: memory takes over.
      record.broken = true;
      return [];
    }
  };

  return {
    has(key) {
      return (record.broken && record.keys.has(key)) || read().includes(key);
    },
    add(keys) {
      if (keys.length === 0) return;
      for (const key of keys) record.keys.add(key);
      if (!storage || record.broken) return;
      const kept = read().filter((key) => !keys.includes(key));
      try {
        const result = storage.setItem(ANNOUNCED_STORAGE_KEY, JSON.stringify([...kept, ...keys].slice(-MAX_ANNOUNCED)));
        if (typeof (result as { then?: unknown } | undefined)?.then === 'function') record.broken = true;
      } catch {
        record.broken = true;
      }
    },
  };
}
