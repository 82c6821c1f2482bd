import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import useSWR, { useSWRConfig, type SWRConfiguration } from 'swr';
import type { DowntimeSnapshot, DowntimeState, DowntimeStateOptions, ProviderId } from '../core/types';
import { chooseSnapshot, type DowntimeDataStatus, type ReceivedSnapshot } from './chooseSnapshot';
import { DowntimeFetchError } from './DowntimeFetchError';
import { fetchSnapshot, readSharedResponse, type DowntimeFetcher } from './fetchSnapshot';
import { memoizeDowntimeState } from './memoizeDowntimeState';
import { sharedProblemReporter, type ProblemListener } from './problemReporter';
import { clockReading, sharedServerClock } from './serverClock';
import { MIN_REFRESH_INTERVAL_MS, sharedPoller } from './sharedPoller';
import { readClock, useNow } from './useNow';

/** The vets-api endpoint the hook asks by default. */
export const DEFAULT_ENDPOINT = '/v0/backend_statuses';

/** How often the hook asks again by default: 3 minutes, the cadence at which vets-api refreshes its windows. */
export const DEFAULT_REFRESH_INTERVAL_MS = 180_000;

/** How long the last good state is kept while the status API fails: 15 minutes, five default polls. */
export const DEFAULT_STALE_TTL_MS = 900_000;

export { MIN_REFRESH_INTERVAL_MS };

/** What to show once the status API has failed for longer than the stale TTL. */
export type ApiFailurePolicy = 'hide' | 'generic-warning';

// Namespaced so that a host app's own SWR entry for the same URL, with a different shape, never collides with ours.
const KEY_SCOPE = '@va-identity/downtime-banner';

const SWR_OPTIONS = {
  // The shared poller decides every request (mount, poll, focus, visibility, reconnect), so that Retry-After and
  // back-off hold for all of them, and N hooks on a page make one request per interval with no drift.
  refreshInterval: 0,
  revalidateOnMount: false,
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
  revalidateIfStale: false,
  // The next poll is the retry. SWR's own retries would add requests exactly while the API is struggling.
  shouldRetryOnError: false,
  // vets-api moves reported_at every minute even when nothing else changed; a snapshot equal in everything that
  // decides a banner keeps the old object, so an unchanged poll re-renders nothing.
  compare: (a: unknown, b: unknown) => a === b || (isSnapshot(a) && isSnapshot(b) && sameContent(a, b)),
} satisfies SWRConfiguration;

function isSnapshot(value: unknown): value is DowntimeSnapshot {
  return typeof value === 'object' && value !== null && Array.isArray((value as DowntimeSnapshot).windows);
}

function sameContent(a: DowntimeSnapshot, b: DowntimeSnapshot): boolean {
  return (
    JSON.stringify([a.windows, a.statuses, a.problems]) === JSON.stringify([b.windows, b.statuses, b.problems])
  );
}

const EMPTY_SNAPSHOT: DowntimeSnapshot = { windows: [], statuses: [], reportedAt: null, problems: [] };

const serverOffset = () => 0;

/** What the fallback key holds: the sitewide file's snapshot and the device time it arrived. */
interface FallbackEntry {
  snapshot: DowntimeSnapshot;
  receivedAt: number;
}

export type { DowntimeDataStatus, DowntimeFetcher };

/** Options for {@link useMaintenanceWindows}. */
export interface UseMaintenanceWindowsOptions {
  /** URL of `GET /v0/backend_statuses` or `GET /v0/maintenance_windows`; may be absolute, since VA.gov calls its API on another origin. @defaultValue '/v0/backend_statuses' */
  endpoint?: string;
  /** How often to ask again, in ms; 0 turns polling off, and anything else below the 10 s floor (`MIN_REFRESH_INTERVAL_MS`) is raised to 10 s. All hooks on a page for one endpoint share one timer at the shortest interval asked for. @defaultValue 180_000 */
  refreshInterval?: number;
  /** The host app's request function (such as vets-website's `apiRequest`), resolving to the parsed JSON body or a `Response`. @defaultValue the global `fetch` */
  fetcher?: DowntimeFetcher;
  /** URL of the sitewide static file (a bare JSON list of windows, such as the hourly S3 `maintenance_windows.json`), read with the global `fetch` only while `endpoint` fails. @defaultValue undefined (no fallback) */
  fallbackEndpoint?: string;
  /** How long, in ms, the last good state is kept while requests fail, before `onApiFailure` applies. @defaultValue 900_000 (15 minutes) */
  staleTtlMs?: number;
  /** What to show once requests have failed for longer than `staleTtlMs`: nothing, or a neutral "we can't check" notice (`showStatusUnknown`). @defaultValue 'hide' */
  onApiFailure?: ApiFailurePolicy;
  /** Called with the parser's complaints about a response, once per distinct list (not again for each poll of the same body), never during render. @defaultValue undefined */
  onProblem?: (problems: string[]) => void;
  /** Random source in [0, 1) for the jitter in back-off after repeated failures; pass a fixed one in tests. @defaultValue Math.random */
  random?: () => number;
  /** Providers to decide for, in display order. @defaultValue ['logingov', 'idme', 'dslogon', 'mhv'] */
  providers?: readonly ProviderId[];
  /** How long before a window starts that it shows as upcoming, in ms. @defaultValue 7_200_000 (2 hours) */
  leadTimeMs?: number;
  /** Per-service tuning, keyed by service id. @defaultValue {} */
  services?: DowntimeStateOptions['services'];
  /** Freeze the clock at this instant instead of following the (server-corrected) clock. @defaultValue undefined */
  now?: number | Date;
  /** Set to false to make no request at all. @defaultValue true */
  enabled?: boolean;
  /** Use this snapshot and make no request (controlled mode, for server rendering and stories). @defaultValue undefined */
  snapshot?: DowntimeSnapshot;
}

/** What {@link useMaintenanceWindows} returns. */
export interface UseMaintenanceWindowsResult {
  /** The snapshot `state` was decided from: the latest good one, kept through failures for `staleTtlMs`, then the fallback file's; `undefined` when there is none to trust. */
  snapshot: DowntimeSnapshot | undefined;
  /** The decision at `now`. With no snapshot to trust, every provider is `ok` and there are no banners. */
  state: DowntimeState;
  /** How far `state` can be trusted: `loading`, `fresh`, `stale` (within the TTL after a failure), `fallback` or `unknown`. */
  status: DowntimeDataStatus;
  /** True when `onApiFailure` is `'generic-warning'`, requests are failing, and nothing trustworthy says anything: show the neutral "we can't check sign-in status" notice. */
  showStatusUnknown: boolean;
  /** Why the latest request failed, or `undefined` after a success. Never shown to Veterans. */
  error: DowntimeFetchError | undefined;
  /** True until the first answer or failure arrives. */
  isLoading: boolean;
  /** Server time (epoch ms) of the last successful response as of this render, or `null`. An unchanged poll does not re-render. */
  lastUpdatedAt: number | null;
  /** The instant `state` was decided for: the server's time (device clock plus `clockOffsetMs`), or the frozen `now`. */
  now: number;
  /** Server time minus device time, in ms, learned from the responses' `Date` header (or `reportedAt`); 0 while the device clock agrees. */
  clockOffsetMs: number;
}

/**
 * Polls vets-api for sign-in downtime and decides each provider's state at the current server time. The state
 * flips at the exact start or end of a window without a request; a failed request keeps the last good state for
 * `staleTtlMs`, and the poller honours `Retry-After` and backs off while failures repeat.
 *
 * @example
 * const { state, showStatusUnknown } = useMaintenanceWindows({ endpoint: `${environment.API_URL}/v0/backend_statuses` });
 * state.providers.idme.state; // 'ok' | 'upcoming' | 'maintenance' | 'degraded' | 'down'
 */
export function useMaintenanceWindows(options: UseMaintenanceWindowsOptions = {}): UseMaintenanceWindowsResult {
  const {
    endpoint = DEFAULT_ENDPOINT,
    refreshInterval = DEFAULT_REFRESH_INTERVAL_MS,
    fetcher,
    fallbackEndpoint,
    staleTtlMs = DEFAULT_STALE_TTL_MS,
    onApiFailure = 'hide',
    onProblem,
    random,
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
  const problems = sharedProblemReporter(cache, endpoint);
  const clock = sharedServerClock(cache);
  const fallbackKey = live && fallbackEndpoint ? ([KEY_SCOPE, 'fallback', fallbackEndpoint] as const) : null;

  // Only a body the parser complained about is reported; a 503 or a dropped connection says nothing about the data.
  const reportUnreadable = (source: string, error: unknown) => {
    if (error instanceof DowntimeFetchError && error.problems.length > 0) problems.report(source, error.problems);
  };

  const refreshFallback = async (url: string) => {
    const sentAt = readClock();
    try {
      // The global fetch and no custom headers: the static file lives on another host, outside the host app's API.
      const { snapshot, dateHeader } = await fetchSnapshot(url, undefined, { Accept: 'application/json' });
      const receivedAt = readClock();
      clock.observe(clockReading({ dateHeader, reportedAt: snapshot.reportedAt }, sentAt, receivedAt));
      problems.report('fallback', snapshot.problems);
      await mutate<FallbackEntry>([KEY_SCOPE, 'fallback', url], { snapshot, receivedAt }, { revalidate: false });
    } catch (error) {
      reportUnreadable('fallback', error);
    }
  };

  const primary = useSWR<DowntimeSnapshot, DowntimeFetchError, readonly [string, string] | null>(
    live ? [KEY_SCOPE, endpoint] : null,
    ([, url]) =>
      poller.track(async () => {
        const sentAt = readClock();
        try {
          const fetched = await fetchSnapshot(url, fetcher, undefined, poller.lastFetched ?? undefined);
          poller.lastFetched = fetched;
          const { snapshot, dateHeader, raw } = fetched;
          clock.observe(clockReading({ dateHeader, reportedAt: snapshot.reportedAt }, sentAt, readClock()));
          problems.report('primary', snapshot.problems);
          if (raw) poller.publish(raw);
          return snapshot;
        } catch (error) {
          reportUnreadable('primary', error);
          if (fallbackEndpoint) await refreshFallback(fallbackEndpoint);
          throw error;
        }
      }),
    SWR_OPTIONS,
  );
  const fallback = useSWR<FallbackEntry>(fallbackKey, null, SWR_OPTIONS);
  const offsetMs = useSyncExternalStore(clock.subscribe, clock.getOffsetMs, serverOffset);

  // Callbacks are read through refs, so an inline `onProblem={...}` or `random={...}` doesn't rejoin every render.
  const onProblemRef = useRef<ProblemListener | undefined>(onProblem);
  const randomRef = useRef(random);
  useEffect(() => {
    onProblemRef.current = onProblem;
    randomRef.current = random;
  });
  // Listening starts before the poller is joined (effects run in order), so the first response's problems are heard.
  useEffect(() => (live ? problems.listen(() => onProblemRef.current) : undefined), [live, problems]);
  useEffect(() => {
    if (!live) return;
    return poller.join({
      intervalMs: refreshInterval,
      random: () => (randomRef.current ?? Math.random)(),
      revalidate: () => void mutate([KEY_SCOPE, endpoint]),
      receive: (payload) => {
        try {
          const shared = readSharedResponse(payload);
          const previous = poller.lastFetched?.snapshot;
          const unchanged = previous !== undefined && sameContent(previous, shared.snapshot);
          // An unchanged answer from the leader keeps this tab's snapshot object, so nothing here re-renders.
          poller.lastFetched = unchanged ? { ...shared, snapshot: previous } : shared;
          if (unchanged) return;
          // The leader's Date header is read as if this tab had just received it; re-reading it on every unchanged
          // answer would nudge the offset and re-render every follower for nothing.
          const { snapshot, dateHeader } = shared;
          const at = readClock();
          clock.observe(clockReading({ dateHeader, reportedAt: snapshot.reportedAt }, at, at));
          problems.report('primary', snapshot.problems);
          void mutate([KEY_SCOPE, endpoint], snapshot, { revalidate: false });
        } catch {
          // The leader only shares answers it could read itself, so this is another build's message; ignore it.
        }
      },
    });
  }, [live, poller, refreshInterval, mutate, endpoint]);

  const primaryData = primary.data;
  const fallbackData = fallbackKey ? fallback.data : undefined;
  const failing = live && primary.error !== undefined;
  // Keyed by content, so that an inline `providers={[...]}` or `services={{...}}` doesn't reset the memo each render.
  const providersKey = providers?.join(',');
  const servicesKey = services === undefined ? undefined : JSON.stringify(services);
  const deciderFor = useMemo(() => {
    const decideOptions = { providers, leadTimeMs, services };
    const none = memoizeDowntimeState(EMPTY_SNAPSHOT, decideOptions);
    const bySnapshot = new Map<DowntimeSnapshot, (now: number) => DowntimeState>();
    for (const snapshot of [controlled ?? primaryData, fallbackData?.snapshot]) {
      if (snapshot && !bySnapshot.has(snapshot)) bySnapshot.set(snapshot, memoizeDowntimeState(snapshot, decideOptions));
    }
    return (snapshot: DowntimeSnapshot | undefined) => (snapshot && bySnapshot.get(snapshot)) || none;
  }, [controlled, primaryData, fallbackData?.snapshot, providersKey, leadTimeMs, servicesKey]);

  const lastSuccessAt = poller.lastSuccessAt;
  const choose = (at: number) => {
    if (!live) {
      return { snapshot: controlled, status: controlled ? 'fresh' : 'unknown', until: null } as const;
    }
    const onServerLine = (entry: { snapshot: DowntimeSnapshot; receivedAt: number | null }): ReceivedSnapshot => ({
      snapshot: entry.snapshot,
      // A snapshot we never saw arrive (a cache filled by the host app) can't vouch for its age.
      receivedAt: entry.receivedAt === null ? -Infinity : entry.receivedAt + offsetMs,
    });
    return chooseSnapshot(
      {
        primary: primaryData && onServerLine({ snapshot: primaryData, receivedAt: lastSuccessAt }),
        failing,
        fallback: fallbackData && onServerLine(fallbackData),
        staleTtlMs: Math.max(0, staleTtlMs),
      },
      at,
    );
  };
  const decideAt = (at: number, staleAt: number) => {
    const choice = choose(staleAt);
    const state = deciderFor(choice.snapshot)(at);
    return { choice, state };
  };

  const now = useNow({
    frozen,
    offsetMs,
    nextChangeAt: (at) => {
      const { choice, state } = decideAt(at, at);
      const next = state.nextChangeAt;
      return choice.until === null ? next : next === null ? choice.until : Math.min(next, choice.until);
    },
  });
  // A frozen `now` is for stories and tests of the decision; the TTL still runs on the real (corrected) clock.
  const { choice, state } = decideAt(now, frozen === undefined ? now : readClock() + offsetMs);
  const showStatusUnknown =
    onApiFailure === 'generic-warning' &&
    failing &&
    (choice.status === 'unknown' || (choice.status === 'fallback' && state.banners.length === 0));

  return {
    snapshot: choice.snapshot,
    state,
    status: choice.status,
    showStatusUnknown,
    error: live ? primary.error : undefined,
    isLoading: live && primaryData === undefined && primary.error === undefined,
    lastUpdatedAt: live && lastSuccessAt !== null ? lastSuccessAt + offsetMs : null,
    now,
    clockOffsetMs: offsetMs,
  };
}
