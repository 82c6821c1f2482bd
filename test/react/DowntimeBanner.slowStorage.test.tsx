import { act, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE, type MockScenario } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import type { KeyValueStorage } from '../../src/react/webStorage';
import { dismissedIn, watchAlerts } from './bannerHarness';
import { FakeStorage } from './fakeStorage';
import { snapshotOf } from './snapshotOf';

// Fake timers stall va-alert's own rendering in jsdom for the rest of a file, so these tests, which need them for
// the 500 ms read, live apart and look only at the light DOM.

const NOW = Date.parse('2025-03-09T05:00:00.000Z');
const upcoming = mockScenario({
  windows: [mockWindow(NOW, 'logingov', { startsInMs: 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '81' })],
});
const outageAndUpcoming = mockScenario({ statuses: { idme: 'critical' }, windows: upcoming.windows });

function element(scenario: MockScenario, storage: KeyValueStorage): ReactElement {
  return <DowntimeBanner snapshot={snapshotOf(scenario, NOW)} now={NOW} dismissalStorage={storage} announcementStorage={null} />;
}

const shownStates = (root: ParentNode) => [...root.querySelectorAll('va-alert')].map((alert) => alert.getAttribute('data-state'));

let container: HTMLElement;
let root: Root | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(NOW);
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  vi.useRealTimers();
});

describe('DowntimeBanner - no flash while the dismissal read is slow', () => {
  it('never paints a dismissed banner when the read takes 500 ms (client-only mount)', async () => {
    const storage = dismissedIn(outageAndUpcoming, NOW, { delayMs: 500 });
    const seen = watchAlerts(container);
    act(() => {
      root = createRoot(container);
      root.render(element(outageAndUpcoming, storage));
    });
    // The outage can't be dismissed, so it shows at once.
    expect(shownStates(container)).toEqual(['down']);

    await act(() => vi.advanceTimersByTimeAsync(499));
    expect(shownStates(container)).toEqual(['down']);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(screen.getByRole('button', { name: 'Show sign-in status' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    seen.stop();
    expect(seen.states).toEqual(['down']);
    expect(storage.writes).toEqual([]);
  });

  it('never paints a dismissed banner when the read takes 500 ms (server render, then hydration)', async () => {
    const storage = dismissedIn(outageAndUpcoming, NOW, { delayMs: 500 });
    container.innerHTML = renderToString(element(outageAndUpcoming, storage));
    expect(shownStates(container)).toEqual(['down']);
    const seen = watchAlerts(container);
    await act(async () => {
      root = hydrateRoot(container, element(outageAndUpcoming, storage));
    });
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(screen.getByRole('button', { name: 'Show sign-in status' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    seen.stop();
    expect(seen.states).toEqual([]);
    expect(shownStates(container)).toEqual(['down']);
  });

  it('shows a banner that was not dismissed as soon as the slow read answers, and not before', async () => {
    const storage = new FakeStorage({}, { delayMs: 500 });
    act(() => {
      root = createRoot(container);
      root.render(element(upcoming, storage));
    });
    await act(() => vi.advanceTimersByTimeAsync(499));
    expect(shownStates(container)).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(shownStates(container)).toEqual(['upcoming']);
  });
});
