import { act, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE, type MockScenario } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import type { KeyValueStorage } from '../../src/react/webStorage';
import { dismissedIn, watchAlerts } from './bannerHarness';
import { FakeStorage } from './fakeStorage';
import { politeRegion, snapshotOf } from './snapshotOf';

const NOW = Date.parse('2025-03-09T05:00:00.000Z');

const upcoming = mockScenario({
  windows: [mockWindow(NOW, 'logingov', { startsInMs: 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '81' })],
});
const outageAndUpcoming = mockScenario({ statuses: { idme: 'critical' }, windows: upcoming.windows });

function element(scenario: MockScenario, storage: KeyValueStorage | null, extra: object = {}): ReactElement {
  return (
    <DowntimeBanner snapshot={snapshotOf(scenario, NOW)} now={NOW} dismissalStorage={storage} announcementStorage={null} {...extra} />
  );
}

let container: HTMLElement;
let root: Root | undefined;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

/** Server-renders, then hydrates the same element, collecting every hydration complaint React makes. */
async function serverThenHydrate(make: () => ReactElement) {
  const html = renderToString(make());
  container.innerHTML = html;
  const complaints: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => complaints.push(args));
  try {
    await act(async () => {
      root = hydrateRoot(container, make(), {
        onRecoverableError: (error) => complaints.push(error),
      });
    });
  } finally {
    consoleError.mockRestore();
  }
  return { html, complaints };
}

describe('DowntimeBanner - server render and hydration match', () => {
  const cases: Record<string, () => ReactElement> = {
    'an outage': () => element(mockScenario({ statuses: { idme: 'critical' } }), new FakeStorage()),
    'every provider ok': () => element(mockScenario(), new FakeStorage()),
    'upcoming maintenance': () => element(upcoming, new FakeStorage()),
    'an outage plus a dismissed upcoming banner': () => element(outageAndUpcoming, dismissedIn(outageAndUpcoming, NOW)),
    'upcoming maintenance with dismissal turned off': () => element(upcoming, new FakeStorage(), { dismissible: false }),
    'no snapshot yet (live mode)': () => <DowntimeBanner now={NOW} endpoint="https://api.va.gov/v0/backend_statuses" enabled={false} />,
  };

  for (const [name, make] of Object.entries(cases)) {
    it(`hydrates ${name} with no hydration warning or recoverable error`, async () => {
      const { complaints } = await serverThenHydrate(make);
      expect(complaints).toEqual([]);
    });
  }

  it('hydrates with no complaint after va-alert has already written its hidden prefix into the headline', async () => {
    const make = () => element(mockScenario({ statuses: { idme: 'critical' } }), new FakeStorage());
    container.innerHTML = renderToString(make());
    // The host registers the web components before hydrating, so Stencil may render first.
    await waitFor(() => expect(container.querySelector('h2 .usa-sr-only')).toHaveTextContent('Warning Alert'));
    const complaints: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => complaints.push(args));
    try {
      await act(async () => {
        root = hydrateRoot(container, make(), { onRecoverableError: (error) => complaints.push(error) });
      });
    } finally {
      consoleError.mockRestore();
    }
    expect(complaints).toEqual([]);
    expect(container.querySelector('h2')).toHaveTextContent("You can't sign in with ID.me right now");
  });

  it('shows a dismissible banner right after hydration, once dismissals are read', async () => {
    const { html } = await serverThenHydrate(() => element(upcoming, new FakeStorage()));
    expect(html).not.toContain('va-alert');
    expect(container.querySelector('va-alert[data-state="upcoming"]')).not.toBeNull();
  });

  it('keeps a stored dismissal after hydration and offers the recall control', async () => {
    await serverThenHydrate(() => element(outageAndUpcoming, dismissedIn(outageAndUpcoming, NOW)));
    expect([...container.querySelectorAll('va-alert')].map((alert) => alert.getAttribute('data-state'))).toEqual(['down']);
    expect(screen.getByRole('button', { name: 'Show sign-in status' })).toBeInTheDocument();
  });

  it('keeps the live region as the same node through hydration, empty', async () => {
    const html = renderToString(element(mockScenario({ statuses: { idme: 'critical' } }), new FakeStorage()));
    container.innerHTML = html;
    const serverRegion = politeRegion(container);
    await act(async () => {
      root = hydrateRoot(container, element(mockScenario({ statuses: { idme: 'critical' } }), new FakeStorage()));
    });
    expect(politeRegion(container)).toBe(serverRegion);
    expect(serverRegion).toBeEmptyDOMElement();
  });
});

describe('DowntimeBanner - nothing no longer true is painted', () => {
  it('never paints a maintenance banner whose window ended before the first render, from a snapshot fetched during it', () => {
    const scenario = mockScenario({
      windows: [mockWindow(NOW, 'idme', { startsInMs: -2 * MOCK_HOUR, durationMs: MOCK_HOUR, id: '82' })],
    });
    const fetchedDuring = snapshotOf(scenario, NOW - 90 * MOCK_MINUTE);
    expect(renderToString(<DowntimeBanner snapshot={fetchedDuring} now={NOW} dismissible={false} />)).not.toContain('va-alert');

    const seen = watchAlerts(container);
    act(() => {
      root = createRoot(container);
      root.render(<DowntimeBanner snapshot={fetchedDuring} now={NOW} dismissible={false} announcementStorage={null} />);
    });
    seen.stop();
    expect(seen.states).toEqual([]);
  });
});
