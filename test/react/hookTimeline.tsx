import { act, renderHook } from '@testing-library/react';
import { createHandlers } from '../../src/mocks/handlers';
import type { MockScenario } from '../../src/mocks/mockScenario';
import { server } from '../../src/mocks/node';
import { useMaintenanceWindows, type UseMaintenanceWindowsOptions } from '../../src/react/useMaintenanceWindows';
import { SwrWrapper } from './swrWrapper';

export const API = 'https://api.va.gov';
export const ENDPOINT = `${API}/v0/backend_statuses`;
export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

/** Runs fake timers (and the fake Date) forward by `ms`, flushing React updates. */
export const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Fake timers and a fake device clock starting at `deviceStart`, installed for each test of the enclosing describe. */
export function useFakeClock(deviceStart: number): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    vi.setSystemTime(deviceStart);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/**
 * Stubs `document.visibilityState` for each test of the enclosing describe (jsdom's is always `visible`), starting
 * visible. Returns a setter that changes it and fires `visibilitychange`, as a browser does when the tab is switched.
 */
export function useTabVisibility(): (next: DocumentVisibilityState) => void {
  let visibility: DocumentVisibilityState = 'visible';
  beforeEach(() => {
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return (next) =>
    act(() => {
      visibility = next;
      document.dispatchEvent(new Event('visibilitychange'));
    });
}

/** Options for {@link serve}. */
export interface ServeOptions {
  /** How far the server's clock is ahead of the device's (negative: behind). @defaultValue 0 */
  serverAheadMs?: number;
  /** Delay before each answer. @defaultValue 0 */
  delayMs?: number;
}

/**
 * Serves the vets-api endpoints from `scenario(serverNow)`, asked afresh on each request so a test can switch
 * scenarios mid-timeline, with the mock's clock (and `Date` header) on the server's time line. Returns the device
 * times at which requests arrived.
 */
export function serve(scenario: (serverNow: number) => MockScenario, options: ServeOptions = {}): number[] {
  const requestTimes: number[] = [];
  const ahead = options.serverAheadMs ?? 0;
  server.use(
    ...createHandlers(scenario, {
      now: () => Date.now() + ahead,
      baseUrl: API,
      onRequest: () => requestTimes.push(Date.now()),
      ...(options.delayMs ? { delayMs: options.delayMs } : {}),
    }),
  );
  return requestTimes;
}

/** Renders the hook against {@link ENDPOINT} in a fresh SWR cache. */
export function renderWindowsHook(options: UseMaintenanceWindowsOptions = {}) {
  return renderHook(() => useMaintenanceWindows({ endpoint: ENDPOINT, ...options }), { wrapper: SwrWrapper });
}

/** The `data-state` of the banner root in `container`, or `null` when no banner is shown. */
export function shownState(container: HTMLElement): string | null {
  return container.querySelector('[data-state]')?.getAttribute('data-state') ?? null;
}
