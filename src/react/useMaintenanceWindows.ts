import { useEffect, useMemo } from 'react';
import useSWR, { useSWRConfig, type SWRConfiguration } from 'swr';
import type { DowntimeSnapshot, DowntimeState, DowntimeStateOptions, ProviderId } from '../core/types';
import type { DowntimeFetchError } from './DowntimeFetchError';
import { fetchSnapshot, type DowntimeFetcher } from './fetchSnapshot';
import { memoizeDowntimeState } from './memoizeDowntimeState';
import { sharedPoller } from './sharedPoller';
import { readClock, useNow } from './useNow';

/** The vets-api endpoint the hook asks by default. */
export const DEFAULT_ENDPOINT = '/v0/backend_statuses';

/** How often the hook asks again by default: 3 minutes, the cadence at which vets-api refreshes its windows. */
export const DEFAULT_REFRESH_INTERVAL_MS = 180_000;

// Namespaced so that a host app's own SWR entry for the same URL, with a different shape, never collides with ours.
const KEY_SCOPE = '@va-identity/downtime-banner';

const SWR_OPTIONS = {
  // The shared poller polls instead: SWR's interval stops while a key has an error, runs one timer per hook, and
  // drifts by each response's latency.
  refreshInterval: 0,
  revalidateOnFocus: true,
  // A banner mounted later reuses the cached snapshot; the poller decides when to ask again.
  revalidateIfStale: false,
  // The next poll is the retry. SWR's own retries would add requests exactly while the API is struggling.
  shouldRetryOnError: false,
} satisfies SWRConfiguration;

const EMPTY_SNAPSHOT: DowntimeSnapshot = { windows: [], statuses: [], reportedAt: null, problems: [] };

export type { DowntimeFetcher };

/** Options for {@link useMaintenanceWindows}. */
export interface UseMaintenanceWindowsOptions {
  /** URL of `GET /v0/backend_statuses` or `GET /v0/maintenance_windows`; may be absolute, since VA.gov calls its API on another origin. @defaultValue '/v0/backend_statuses' */
  endpoint?: string;
  /** How often to ask again, in ms; 0 turns polling off. Every hook on the page for one endpoint shares one timer at the shortest interval asked for. @defaultValue 180_000 */
  refreshInterval?: number;
  /** The host app's request function (such as vets-website's `apiRequest`), resolving to the parsed JSON body or a `Response`. @defaultValue the global `fetch` */
  fetcher?: DowntimeFetcher;
  /** Providers to decide for, in display order. @defaultValue ['logingov', 'idme', 'dslogon', 'mhv'] */
  providers?: readonly ProviderId[];
  /** How long before a window starts that it shows as upcoming, in ms. @defaultValue 7_200_000 (2 hours) */
  leadTimeMs?: number;
  /** Per-service tuning, keyed by service id. @defaultValue {} */
  services?: DowntimeStateOptions['services'];
  /** Freeze the clock at this instant instead of following the device clock. @defaultValue undefined */
  now?: number | Date;
  /** Set to false to make no request at all. @defaultValue true */
  enabled?: boolean;
  /** Use this snapshot and make no request (controlled mode, for server rendering and stories). @defaultValue undefined */
  snapshot?: DowntimeSnapshot;
}

/** What {@link useMaintenanceWindows} returns. */
export interface UseMaintenanceWindowsResult {
  /** The last good snapshot, kept through failed requests; `undefined` until the first one arrives. */
  snapshot: DowntimeSnapshot | undefined;
  /** The decision at the current instant. With no snapshot yet, every provider is `ok` and there are no banners. */
  state: DowntimeState;
  /** Why the latest request failed, or `undefined` after a success. Never shown to Veterans. */
  error: DowntimeFetchError | undefined;
  /** True while the first request is in flight and nothing has arrived yet. */
  isLoading: boolean;
  /** Device time (epoch ms) of the last successful response as of this render, or `null`. An unchanged poll does not re-render. */
  lastUpdatedAt: number | null;
}

/**
 * Polls vets-api for sign-in downtime and decides each provider's state at the current instant. The state flips
 * at the exact start or end of a window without a request, and a failed request keeps the last good snapshot.
 *
 * @example
 * const { state, error } = useMaintenanceWindows({ endpoint: `${environment.API_URL}/v0/backend_statuses` });
 * state.providers.idme.state; // 'ok' | 'upcoming' | 'maintenance' | 'degraded' | 'down'
 */
export function useMaintenanceWindows(options: UseMaintenanceWindowsOptions = {}): UseMaintenanceWindowsResult {
  const {
    endpoint = DEFAULT_ENDPOINT,
    refreshInterval = DEFAULT_REFRESH_INTERVAL_MS,
    fetcher,
    providers,
    leadTimeMs,
    services,
    now: frozen,
    enabled = true,
    snapshot: controlled,
  } = options;
  const live = enabled && controlled === undefined;
  const { cache, mutate } = useSWRConfig();
  const poller = sharedPoller(cache, endpoint);

  const swr = useSWR<DowntimeSnapshot, DowntimeFetchError, readonly [string, string] | null>(
    live ? [KEY_SCOPE, endpoint] : null,
    async ([, url]) => {
      poller.lastRequestAt = readClock();
      const snapshot = await fetchSnapshot(url, fetcher);
      poller.lastSuccessAt = readClock();
      return snapshot;
    },
    SWR_OPTIONS,
  );

  useEffect(() => {
    if (!live) return;
    return poller.join({ intervalMs: refreshInterval, revalidate: () => void mutate([KEY_SCOPE, endpoint]) });
  }, [live, poller, refreshInterval, mutate, endpoint]);

  const snapshot = controlled ?? swr.data;
  // Keyed by content, so that an inline `providers={[...]}` or `services={{...}}` doesn't reset the memo each render.
  const providersKey = providers?.join(',');
  const servicesKey = services === undefined ? undefined : JSON.stringify(services);
  const decide = useMemo(
    () => memoizeDowntimeState(snapshot ?? EMPTY_SNAPSHOT, { providers, leadTimeMs, services }),
    [snapshot, providersKey, leadTimeMs, servicesKey],
  );
  const now = useNow({ frozen, nextChangeAt: (t) => decide(t).nextChangeAt });

  return {
    snapshot,
    state: decide(now),
    error: live ? swr.error : undefined,
    isLoading: live && swr.isLoading,
    lastUpdatedAt: live ? poller.lastSuccessAt : null,
  };
}
