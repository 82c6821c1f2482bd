import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { catalogEs } from '../../src/es';
import { createHandlers } from '../../src/mocks/handlers';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE, type MockScenario } from '../../src/mocks/mockScenario';
import { server } from '../../src/mocks/node';
import { buildScenario } from '../../src/mocks/scenarios';
import { getDowntimeState } from '../../src/core/getDowntimeState';
import { ANNOUNCED_STORAGE_KEY } from '../../src/react/announcementLedger';
import { dismissalKey } from '../../src/react/dismissalKey';
import { DISMISSALS_STORAGE_KEY } from '../../src/react/dismissalStore';
import { DowntimeBanner, type DowntimeBannerProps } from '../../src/react/DowntimeBanner';
import type { KeyValueStorage } from '../../src/react/webStorage';
import { FakeStorage } from './fakeStorage';
import { politeRegion, snapshotOf } from './snapshotOf';
import { SwrWrapper } from './swrWrapper';

const API = 'https://api.va.gov';
const ENDPOINT = `${API}/v0/backend_statuses`;
const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const IDME_DOWN = "You can't sign in with ID.me right now";
const UPCOMING = 'Sign-in with Login.gov will be down for maintenance soon';

const upcoming = mockScenario({
  windows: [mockWindow(T0, 'logingov', { startsInMs: 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '91' })],
});

/** Serves `scenario()` as it is at each request. */
function serve(scenario: () => MockScenario): Request[] {
  const requests: Request[] = [];
  server.use(...createHandlers(() => scenario(), { now: T0, baseUrl: API, onRequest: (request) => requests.push(request) }));
  return requests;
}

// These tests never wait for va-alert's shadow DOM: fake timers here would stall Stencil's render queue for
// the rest of the file (jsdom's animation frames run on a timer the fakes replace). Clicks live in the dismissal file.

// Fresh per test: a storage (even `null`, the page-lifetime memory) remembers what was announced.
let dismissalStorage: FakeStorage;
let announcementStorage: FakeStorage;
beforeEach(() => {
  dismissalStorage = new FakeStorage();
  announcementStorage = new FakeStorage();
});

function controlled(scenario: MockScenario, props: Partial<DowntimeBannerProps> = {}) {
  return (
    <DowntimeBanner
      snapshot={snapshotOf(scenario, T0)}
      now={T0}
      dismissalStorage={dismissalStorage}
      announcementStorage={announcementStorage}
      {...props}
    />
  );
}

/** Every change made to `node` or inside it, flushed synchronously. */
function watch(node: Node) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(node, { childList: true, characterData: true, subtree: true, attributes: true });
  return {
    records: () => [...records, ...observer.takeRecords()],
    stop: () => observer.disconnect(),
  };
}

describe('DowntimeBanner - the live region', () => {
  it('is in the page, empty and polite, from the first render, before any data has arrived', () => {
    serve(() => buildScenario('idme-down', T0));
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} announcementStorage={announcementStorage} />
      </SwrWrapper>,
    );
    const region = politeRegion(container);
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toBeEmptyDOMElement();
  });

  it('says nothing about banners that were already there at mount', () => {
    const { container } = render(controlled(mockScenario({ statuses: { idme: 'critical' }, windows: upcoming.windows })));
    expect(container.querySelectorAll('va-alert')).toHaveLength(2);
    expect(politeRegion(container)).toBeEmptyDOMElement();
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('puts one sentence into the same node when the state changes after mount', () => {
    const { container, rerender } = render(controlled(mockScenario()));
    const region = politeRegion(container);
    const changes = watch(region);

    rerender(controlled(upcoming));
    expect(politeRegion(container)).toBe(region);
    expect(region).toHaveTextContent(UPCOMING);
    expect(region.textContent).toBe(UPCOMING);
    expect(changes.records()).toHaveLength(1);
    changes.stop();
  });

  it('says it in the banner language', () => {
    const { container, rerender } = render(controlled(mockScenario(), { catalog: catalogEs }));
    rerender(controlled(upcoming, { catalog: catalogEs }));
    expect(politeRegion(container).textContent).toBe(screen.getByRole('heading').textContent);
    expect(politeRegion(container).textContent).toMatch(/Login\.gov/);
    expect(politeRegion(container).textContent).not.toBe(UPCOMING);
  });

  it('says "All sign-in options are working now." once every banner has cleared, and withdraws the old sentence', () => {
    const { container, rerender } = render(controlled(mockScenario()));
    rerender(controlled(upcoming));
    expect(politeRegion(container)).toHaveTextContent(UPCOMING);
    rerender(controlled(mockScenario()));
    expect(politeRegion(container).textContent).toBe('All sign-in options are working now.');
  });

  it('says nothing reassuring when the banners go because no data can be trusted any more', () => {
    const { container, rerender } = render(controlled(mockScenario()));
    rerender(controlled(upcoming));
    expect(politeRegion(container)).toHaveTextContent(UPCOMING);
    rerender(controlled(mockScenario(), { snapshot: undefined, enabled: false }));
    expect(container.querySelector('va-alert')).toBeNull();
    expect(politeRegion(container)).toBeEmptyDOMElement();
  });

  it('never announces a banner the Veteran has dismissed', () => {
    const key = dismissalKey(getDowntimeState(snapshotOf(upcoming, T0), { now: T0 }).banners[0]!);
    dismissalStorage.values.set(DISMISSALS_STORAGE_KEY, JSON.stringify({ [key]: T0 + 4 * MOCK_HOUR }));
    const { container, rerender } = render(controlled(mockScenario()));
    rerender(controlled(upcoming));
    expect(container.querySelector('va-alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show sign-in status' })).toBeInTheDocument();
    expect(politeRegion(container)).toBeEmptyDOMElement();
  });
});

describe('DowntimeBanner - role="alert" only for an outage that begins on the page', () => {
  it('uses the alert role, not the polite region, when an outage begins while the page is open', () => {
    const { container, rerender } = render(controlled(mockScenario()));
    rerender(controlled(mockScenario({ statuses: { idme: 'critical' } })));
    const alerts = container.querySelectorAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toBe(IDME_DOWN);
    expect(politeRegion(container)).toBeEmptyDOMElement();
  });

  it('removes the alert once that outage is over and says so politely', () => {
    const { container, rerender } = render(controlled(mockScenario()));
    rerender(controlled(mockScenario({ statuses: { idme: 'critical' } })));
    rerender(controlled(mockScenario()));
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(politeRegion(container).textContent).toBe('All sign-in options are working now.');
  });

  it('keeps maintenance that begins on the page polite', () => {
    const active = mockScenario({ windows: [mockWindow(T0, 'idme', { startsInMs: -MOCK_MINUTE, id: '92' })] });
    const { container, rerender } = render(controlled(mockScenario()));
    rerender(controlled(active));
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(politeRegion(container)).toHaveTextContent("You can't sign in with ID.me during maintenance");
  });

  describe('with the network', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
      vi.setSystemTime(T0);
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('keeps an outage that was already going on when the page loaded polite, even though it arrives after mount', async () => {
      serve(() => buildScenario('idme-down', T0));
      const { container } = render(
        <SwrWrapper>
          <DowntimeBanner endpoint={ENDPOINT} announcementStorage={announcementStorage} />
        </SwrWrapper>,
      );
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(container.querySelector('va-alert[data-state="down"]')).not.toBeNull();
      expect(politeRegion(container).textContent).toBe(IDME_DOWN);
      expect(container.querySelector('[role="alert"]')).toBeNull();
    });

    it('alerts when a poll brings an outage that began while the page was open', async () => {
      let scenario = mockScenario();
      serve(() => scenario);
      const { container } = render(
        <SwrWrapper>
          <DowntimeBanner endpoint={ENDPOINT} announcementStorage={announcementStorage} />
        </SwrWrapper>,
      );
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(container.querySelector('va-alert')).toBeNull();
      scenario = buildScenario('idme-down', T0);
      await act(() => vi.advanceTimersByTimeAsync(180_000));
      expect(container.querySelector('[role="alert"]')?.textContent).toBe(IDME_DOWN);
      expect(politeRegion(container)).toBeEmptyDOMElement();
    });
  });
});

describe('DowntimeBanner - no chatter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('makes no change at all in the region on unchanged polls, and no countdown ticks while time passes', async () => {
    const requests = serve(() => upcoming);
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} announcementStorage={announcementStorage} dismissalStorage={dismissalStorage} />
      </SwrWrapper>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const region = politeRegion(container);
    expect(region).toHaveTextContent(UPCOMING);

    const changes = watch(region);
    // 60 minutes of polls every 3 minutes, all answering the same thing, and the window is still ahead.
    for (let poll = 0; poll < 20; poll++) await act(() => vi.advanceTimersByTimeAsync(180_000));
    expect(requests.length).toBeGreaterThanOrEqual(20);
    expect(container.querySelector('va-alert[data-state="upcoming"]')).not.toBeNull();
    expect(changes.records()).toEqual([]);
    expect(region).toHaveTextContent(UPCOMING);
    changes.stop();
  });
});

describe('DowntimeBanner - once per session across route changes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0);
    window.sessionStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    window.sessionStorage.clear();
  });

  /** Mounts a banner, lets it fetch, reads what it announced, and unmounts it: one route. */
  async function visitRoute(wrap: (children: ReactNode) => ReactNode, storage?: KeyValueStorage) {
    const props = storage ? { announcementStorage: storage } : {};
    const { container, unmount } = render(<>{wrap(<DowntimeBanner endpoint={ENDPOINT} {...props} />)}</>);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(container.querySelector('va-alert[data-state="down"]')).not.toBeNull();
    const said = politeRegion(container).textContent;
    unmount();
    return said;
  }
  const freshCache = (children: ReactNode) => <SwrWrapper>{children}</SwrWrapper>;

  it('announces the same active outage once over three route changes that each fetch again', async () => {
    serve(() => buildScenario('idme-down', T0));
    const said = [];
    for (let route = 0; route < 3; route++) said.push(await visitRoute(freshCache));
    expect(said).toEqual([IDME_DOWN, '', '']);
    expect(JSON.parse(window.sessionStorage.getItem(ANNOUNCED_STORAGE_KEY)!)).toHaveLength(1);
  });

  it('announces it once over three route changes that share the cached snapshot', async () => {
    serve(() => buildScenario('idme-down', T0));
    const cache = new Map();
    const shared = (children: ReactNode) => (
      <SWRConfig value={{ provider: () => cache, dedupingInterval: 0, shouldRetryOnError: false }}>{children}</SWRConfig>
    );
    const said = [];
    for (let route = 0; route < 3; route++) said.push(await visitRoute(shared));
    expect(said).toEqual([IDME_DOWN, '', '']);
  });

  const untrusted: Record<string, () => FakeStorage> = {
    'holds "undefined"': () => new FakeStorage({ [ANNOUNCED_STORAGE_KEY]: 'undefined' }),
    'holds "{bad"': () => new FakeStorage({ [ANNOUNCED_STORAGE_KEY]: '{bad' }),
    'holds an object': () => new FakeStorage({ [ANNOUNCED_STORAGE_KEY]: '{"down":true}' }),
    'throws on setItem': () => new FakeStorage({}, { throwOnSet: true }),
    'throws on getItem': () => new FakeStorage({}, { throwOnGet: true }),
  };
  for (const [name, make] of Object.entries(untrusted)) {
    it(`still announces once when session storage ${name}`, async () => {
      serve(() => buildScenario('idme-down', T0));
      const storage = make();
      const said = [];
      for (let route = 0; route < 3; route++) said.push(await visitRoute(freshCache, storage));
      expect(said).toEqual([IDME_DOWN, '', '']);
    });
  }
});
