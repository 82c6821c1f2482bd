import type { DowntimeSnapshot } from '../core/types';

/**
 * How much the hook's state can be trusted:
 * - `loading`: nothing has arrived yet;
 * - `fresh`: from the latest request, which succeeded;
 * - `stale`: the latest request failed, and the state is the last good one, still within its TTL;
 * - `fallback`: the status API has failed for longer than the TTL, and the state comes from `fallbackEndpoint`;
 * - `unknown`: there is nothing trustworthy to decide from.
 */
export type DowntimeDataStatus = 'loading' | 'fresh' | 'stale' | 'fallback' | 'unknown';

/** A snapshot and when it arrived, on the server's time line. */
export interface ReceivedSnapshot {
  snapshot: DowntimeSnapshot;
  receivedAt: number;
}

/** What the hook holds for one endpoint. */
export interface SnapshotSources {
  /** The last good answer from the status API. */
  primary: ReceivedSnapshot | undefined;
  /** True when the latest request to the status API failed. */
  failing: boolean;
  /** The last good answer from the fallback file, fetched only while the status API fails. */
  fallback: ReceivedSnapshot | undefined;
  /** How long a snapshot is trusted after it arrived, while the status API fails. */
  staleTtlMs: number;
}

/** Which snapshot to decide from at one instant, and until when that choice holds. */
export interface SnapshotChoice {
  snapshot: DowntimeSnapshot | undefined;
  status: DowntimeDataStatus;
  /** When the choice runs out (the TTL's end), or `null` if only a new response can change it. */
  until: number | null;
}

/**
 * Picks the snapshot to trust at `now`. A failure never replaces data: the last good answer stands for
 * `staleTtlMs` after it arrived; after that the fallback file's answer, under the same TTL; after that nothing.
 */
export function chooseSnapshot(sources: SnapshotSources, now: number): SnapshotChoice {
  const { primary, failing, fallback, staleTtlMs } = sources;
  if (!failing) return primary ? { snapshot: primary.snapshot, status: 'fresh', until: null } : { snapshot: undefined, status: 'loading', until: null };
  if (primary && now < primary.receivedAt + staleTtlMs) {
    return { snapshot: primary.snapshot, status: 'stale', until: primary.receivedAt + staleTtlMs };
  }
  if (fallback && now < fallback.receivedAt + staleTtlMs) {
    return { snapshot: fallback.snapshot, status: 'fallback', until: fallback.receivedAt + staleTtlMs };
  }
  return { snapshot: undefined, status: 'unknown', until: null };
}
