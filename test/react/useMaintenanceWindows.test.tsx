import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { createHandlers } from '../../src/mocks/handlers';
import { mockScenario, mockWindow, MOCK_MINUTE, type MockScenario } from '../../src/mocks/mockScenario';
import { server } from '../../src/mocks/node';
import { GATEWAY_503_HTML, buildScenario } from '../../src/mocks/scenarios';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { DowntimeFetchError } from '../../src/react/DowntimeFetchError';
import { useMaintenanceWindows, type UseMaintenanceWindowsOptions } from '../../src/react/useMaintenanceWindows';
import { SwrWrapper } from './swrWrapper';
import { useTabVisibility } from './hookTimeline';

const API = 'https://api.va.gov';
const ENDPOINT = `${API}/v0/backend_statuses`;
const T0 = Date.parse('2025-03-09T05:00:00.000Z');

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/**
 * Serves `scenario()` as it is at each request, and records every request. The mock's clock is the fake device
 * clock, so its `Date` header agrees with the device and no skew correction kicks in.
 */
function serve(scenario: () => MockScenario, options: { delayMs?: number } = {}): Request[] {
  const requests: Request[] = [];
  server.use(
    ...createHandlers(() => scenario(), {
      now: () => Date.now(),
      baseUrl: API,
      onRequest: (request) => requests.push(request),
      ...options,
    }),
  );
  return requests;
}

/** The `data-state` of the banner root, or `null` when no banner is shown (a live region may still be mounted). */
const shownState = (container: HTMLElement) => container.querySelector('[data-state]')?.getAttribute('data-state') ?? null;

function useHook(options: UseMaintenanceWindowsOptions = {}) {
  return renderHook(() => useMaintenanceWindows({ endpoint: ENDPOINT, ...options }), { wrapper: SwrWrapper });
}

describe('useMaintenanceWindows - polling', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks once at mount, in camelCase, then again exactly one interval later', async () => {
    const requests = serve(() => buildScenario('idme-down', T0));
    const { result } = useHook();
    expect(result.current.isLoading).toBe(true);
    expect(result.current.snapshot).toBeUndefined();

    await advance(0); // the mount request answers at T0
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.get('X-Key-Inflection')).toBe('camel');
    expect(result.current.isLoading).toBe(false);
    expect(result.current.state.providers.idme.state).toBe('down');
    expect(result.current.lastUpdatedAt).toBe(T0);

    await advance(179_999); // 05:02:59.999: no poll yet
    expect(requests).toHaveLength(1);
    await advance(1); // 05:03:00.000: the first poll
    expect(requests).toHaveLength(2);
    await advance(180_000); // 05:06:00.000: the second
    expect(requests).toHaveLength(3);
  });

  it('makes one request per interval for three banners on one page', async () => {
    const requests = serve(() => buildScenario('idme-down', T0));
    render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
        <DowntimeBanner endpoint={ENDPOINT} />
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );

    await advance(0); // three mounts share one request
    expect(requests).toHaveLength(1);
    expect(document.querySelectorAll('va-alert')).toHaveLength(3);

    await advance(180_000); // one poll for all three
    expect(requests).toHaveLength(2);
    await advance(180_000); // and one more
    expect(requests).toHaveLength(3);
  });

  it('lets a banner mounted later reuse the cached snapshot without a request', async () => {
    const requests = serve(() => buildScenario('idme-down', T0));
    const { rerender } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(0); // mount request
    await advance(60_000); // 05:01: a route change mounts a second banner
    rerender(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(0);
    expect(requests).toHaveLength(1);
    expect(document.querySelectorAll('va-alert')).toHaveLength(2);

    await advance(120_000); // 05:03: the poll keeps its cadence from the first request
    expect(requests).toHaveLength(2);
    await advance(60_000); // 05:04: one interval after the second mount, which has no timer of its own
    expect(requests).toHaveLength(2);
  });

  it('shows a window at its exact start and clears it at its exact end, with no request', async () => {
    const maintenance = mockWindow(T0, 'logingov', { startsInMs: MOCK_MINUTE, durationMs: MOCK_MINUTE, id: '41' });
    const requests = serve(() => mockScenario({ windows: [maintenance] }));
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} leadTimeMs={0} />
      </SwrWrapper>,
    );

    await advance(0); // 05:00:00.000: the window is a minute away, so nothing shows
    expect(shownState(container)).toBeNull();

    await advance(59_999); // 05:00:59.999: still nothing
    expect(shownState(container)).toBeNull();

    await advance(1); // 05:01:00.000: the window starts and the banner appears
    expect(shownState(container)).toBe('maintenance');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent("You can't sign in with Login.gov during maintenance");

    await advance(59_999); // 05:01:59.999: still in the window
    expect(shownState(container)).toBe('maintenance');

    await advance(1); // 05:02:00.000: the window ends and the banner clears
    expect(shownState(container)).toBeNull();
    expect(requests).toHaveLength(1);
  });

  it('turns an upcoming banner into a maintenance banner at the start instant', async () => {
    const maintenance = mockWindow(T0, 'logingov', { startsInMs: 30 * MOCK_MINUTE, durationMs: 60 * MOCK_MINUTE, id: '42' });
    serve(() => mockScenario({ windows: [maintenance] }));
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} refreshInterval={0} />
      </SwrWrapper>,
    );

    await advance(0); // 05:00: inside the 2-hour lead time
    expect(shownState(container)).toBe('upcoming');
    await advance(30 * MOCK_MINUTE - 1); // 05:29:59.999
    expect(shownState(container)).toBe('upcoming');
    await advance(1); // 05:30:00.000
    expect(shownState(container)).toBe('maintenance');
  });

  it.each([
    ['a 503 HTML page', () => buildScenario('api-error', T0), { failure: 'http', status: 503 }],
    ['a network error', () => buildScenario('network-error', T0), { failure: 'network' }],
    [
      'a 200 HTML page',
      () => mockScenario({ failure: { status: 200, body: GATEWAY_503_HTML, contentType: 'text/html' } }),
      { failure: 'unreadable', status: 200 },
    ],
    ['a 429', () => buildScenario('rate-limited', T0), { failure: 'rate-limited', status: 429, retryAfterMs: 120_000 }],
  ] as const)('keeps the last good state through %s, then recovers', async (_name, failing, expected) => {
    let scenario = buildScenario('idme-down', T0);
    const requests = serve(() => scenario);
    const { result } = useHook();

    await advance(0); // 05:00: ID.me is down
    const good = result.current.snapshot;
    expect(result.current.state.providers.idme.state).toBe('down');
    expect(result.current.error).toBeUndefined();

    scenario = failing();
    await advance(180_000); // 05:03: the poll fails
    expect(requests).toHaveLength(2);
    expect(result.current.error).toBeInstanceOf(DowntimeFetchError);
    expect(result.current.error).toMatchObject(expected);
    expect(result.current.snapshot).toBe(good);
    expect(result.current.status).toBe('stale');
    expect(result.current.state.providers.idme.state).toBe('down');
    expect(result.current.state.providers.logingov.state).toBe('ok');
    expect(result.current.lastUpdatedAt).toBe(T0);

    scenario = buildScenario('all-ok', T0);
    await advance(180_000); // 05:06: vets-api answers again and ID.me has recovered
    expect(requests).toHaveLength(3);
    expect(result.current.error).toBeUndefined();
    expect(result.current.status).toBe('fresh');
    expect(result.current.state.providers.idme.state).toBe('ok');
    expect(result.current.lastUpdatedAt).toBe(T0 + 6 * MOCK_MINUTE);
  });

  it('keeps showing the outage banner through a failed poll', async () => {
    let scenario = buildScenario('idme-down', T0);
    serve(() => scenario);
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00: ID.me is down
    expect(shownState(container)).toBe('down');

    scenario = buildScenario('api-error', T0);
    await advance(180_000); // 05:03: 503
    expect(shownState(container)).toBe('down');
    expect(container).not.toHaveTextContent('503');
  });

  it('never turns a failed first request into a banner', async () => {
    serve(() => buildScenario('api-error', T0));
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    const { result } = useHook();
    await advance(0); // 05:00: 503 before any good answer
    expect(shownState(container)).toBeNull();
    expect(result.current.snapshot).toBeUndefined();
    expect(result.current.isLoading).toBe(false);
    expect(result.current.error).toMatchObject({ failure: 'http', status: 503 });
    expect(result.current.state.banners).toEqual([]);
  });

  it('asks again on window focus and counts the next poll from that request', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    useHook();
    await advance(0); // 05:00:00: mount request
    await advance(10_000); // 05:00:10: past SWR's 5 s focus throttle

    window.dispatchEvent(new Event('focus'));
    await advance(0); // the focus request
    expect(requests).toHaveLength(2);

    await advance(170_000); // 05:03:00: one interval after mount, but only 170 s after the focus request
    expect(requests).toHaveLength(2);
    await advance(10_000); // 05:03:10: one interval after the focus request
    expect(requests).toHaveLength(3);
  });

  describe('in a hidden tab', () => {
    const setVisibility = useTabVisibility();

    it('skips polls while hidden and asks as soon as the tab is visible again', async () => {
      const requests = serve(() => buildScenario('all-ok', T0));
      useHook();
      await advance(0); // 05:00: mount request
      setVisibility('hidden');

      await advance(360_000); // 05:06: two polls' worth of time, hidden
      expect(requests).toHaveLength(1);

      setVisibility('visible');
      await advance(0); // visible again: one request at once
      expect(requests).toHaveLength(2);
    });
  });

  it('shows nothing while the first request is in flight', async () => {
    const requests = serve(() => buildScenario('idme-down', T0), { delayMs: 1_000 });
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(999); // 05:00:00.999: still waiting
    expect(requests).toHaveLength(1);
    expect(shownState(container)).toBeNull();
    await advance(1); // 05:00:01.000: the answer arrives
    expect(shownState(container)).toBe('down');
  });

  it('polls only at the shortest interval any banner asks for', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} refreshInterval={300_000} />
        <DowntimeBanner endpoint={ENDPOINT} refreshInterval={60_000} />
      </SwrWrapper>,
    );
    await advance(0); // mount
    await advance(60_000); // 05:01: the shorter interval
    expect(requests).toHaveLength(2);
    await advance(60_000); // 05:02
    expect(requests).toHaveLength(3);
  });

  it('makes no request when disabled', async () => {
    const requests = serve(() => buildScenario('idme-down', T0));
    useHook({ enabled: false });
    await advance(360_000); // 05:06
    expect(requests).toHaveLength(0);
  });
});

describe('useMaintenanceWindows - responses', () => {
  it('keeps a body with broken entries as data, dropping only the broken ones', async () => {
    const now = Date.parse('2025-03-09T05:00:00.000Z');
    server.use(
      http.get(ENDPOINT, () =>
        HttpResponse.json({
          data: {
            id: '',
            type: 'backend_statuses',
            attributes: {
              reportedAt: '2025-03-09T05:00:00.000+00:00',
              statuses: [{ serviceId: 'idme', status: 'active' }, 'x'],
              maintenanceWindows: [
                { id: 1, externalService: 'idme', startTime: 'soon', endTime: null, description: '' },
                { id: 2, externalService: 7, startTime: '2025-03-09T04:00:00.000Z', endTime: null, description: '' },
                {
                  id: 3,
                  externalService: 'dslogon',
                  startTime: '2025-03-09T04:00:00.000Z',
                  endTime: '2025-03-09T08:00:00.000Z',
                  description: '',
                },
              ],
            },
          },
        }),
      ),
    );
    const { result } = useHook({ now });
    await waitFor(() => expect(result.current.snapshot).toBeDefined());
    expect(result.current.error).toBeUndefined();
    expect(result.current.snapshot!.windows.map((w) => w.id)).toEqual(['3']);
    expect(result.current.snapshot!.problems).toHaveLength(3);
    expect(result.current.state.providers.dslogon.state).toBe('maintenance');
    expect(result.current.state.providers.idme.state).toBe('ok');
  });

  it('treats a 200 JSON error body as a failure, not as an all-clear', async () => {
    server.use(http.get(ENDPOINT, () => HttpResponse.json({ errors: [{ title: 'Bad gateway', status: '502' }] })));
    const { result } = useHook();
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error).toMatchObject({ failure: 'unreadable', status: 200 });
    expect(result.current.snapshot).toBeUndefined();
  });

  it('uses the host app fetcher with the endpoint and the camelCase header, accepting a parsed body', async () => {
    const now = Date.parse('2025-03-09T05:00:00.000Z');
    const body = {
      data: { id: '', type: 'backend_statuses', attributes: { statuses: [{ serviceId: 'logingov', status: 'critical' }] } },
    };
    const fetcher = vi.fn(async (_url: string, _init: RequestInit) => body);
    const { result } = useHook({ fetcher, now, endpoint: '/v0/backend_statuses' });
    await waitFor(() => expect(result.current.snapshot).toBeDefined());
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher.mock.calls[0]![0]).toBe('/v0/backend_statuses');
    expect(new Headers(fetcher.mock.calls[0]![1].headers).get('X-Key-Inflection')).toBe('camel');
    expect(result.current.state.providers.logingov.state).toBe('down');
  });

  it('reads a Response from the host app fetcher, and rejects an HTML one', async () => {
    const fetcher = vi.fn(async () => new Response('<html>Maintenance</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const { result } = useHook({ fetcher });
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error).toMatchObject({ failure: 'unreadable', status: 200 });
    expect(result.current.snapshot).toBeUndefined();
  });

  it('reads the status out of an error body the host app fetcher rejects with', async () => {
    const fetcher = vi.fn(async () => {
      throw { errors: [{ title: 'Exceeded rate limit', code: 'PAGERDUTY_429', status: '429' }] };
    });
    const { result } = useHook({ fetcher });
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error).toMatchObject({ failure: 'rate-limited', status: 429 });
  });

  it('reads Retry-After given as an HTTP date against the response Date header', async () => {
    server.use(
      http.get(
        ENDPOINT,
        () =>
          new HttpResponse(null, {
            status: 429,
            headers: { Date: 'Sun, 09 Mar 2025 05:00:00 GMT', 'Retry-After': 'Sun, 09 Mar 2025 05:01:30 GMT' },
          }),
      ),
    );
    const { result } = useHook();
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error).toMatchObject({ failure: 'rate-limited', retryAfterMs: 90_000 });
  });

  it('decides from a given snapshot and makes no request', () => {
    const requests: Request[] = [];
    server.use(...createHandlers('all-ok', { now: T0, baseUrl: API, onRequest: (r) => requests.push(r) }));
    const snapshot = {
      windows: [],
      statuses: [{ service: 'mhv', status: 'critical' }],
      reportedAt: null,
      problems: [],
    };
    const { result } = useHook({ snapshot, now: T0 });
    expect(result.current.snapshot).toBe(snapshot);
    expect(result.current.state.providers.mhv.state).toBe('down');
    expect(result.current.isLoading).toBe(false);
    expect(requests).toHaveLength(0);
  });
});
