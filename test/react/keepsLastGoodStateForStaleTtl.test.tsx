import { act, render, renderHook } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { buildScenario } from '../../src/mocks/scenarios';
import type { MockScenario } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { DowntimeFetchError } from '../../src/react/DowntimeFetchError';
import { useMaintenanceWindows, type UseMaintenanceWindowsResult } from '../../src/react/useMaintenanceWindows';
import { ENDPOINT, MINUTE, advance, renderWindowsHook, serve, shownState, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const noJitter = () => 0;

// With a 3-minute interval and no jitter, failures from 05:03 on are asked at 05:03, 05:06, 05:09 and 05:14
// (back-off after the second failure), so the 15-minute TTL runs out at 05:15 between two requests.
describe('API failure: the last good state is kept for the stale TTL, then onApiFailure applies', () => {
  useFakeClock(T0);

  it('keeps idme down through a 503 with no render that lacks it (no flicker)', async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    serve(() => scenario);
    const renders: UseMaintenanceWindowsResult[] = [];
    renderHook(
      () => {
        const result = useMaintenanceWindows({ endpoint: ENDPOINT, random: noJitter });
        renders.push(result);
        return result;
      },
      { wrapper: SwrWrapper },
    );
    await advance(0); // 05:00: ID.me is down
    const firstGood = renders.findIndex((r) => r.snapshot !== undefined);
    expect(firstGood).toBeGreaterThanOrEqual(0);

    scenario = buildScenario('api-error', T0);
    await advance(3 * MINUTE); // 05:03: 503
    await advance(3 * MINUTE); // 05:06: 503 again
    const afterFirstGood = renders.slice(firstGood);
    expect(afterFirstGood.length).toBeGreaterThan(1);
    expect(afterFirstGood.map((r) => r.state.providers.idme.state)).toEqual(afterFirstGood.map(() => 'down'));
    expect(afterFirstGood.every((r) => r.state.banners.length === 1)).toBe(true);
    expect(renders.at(-1)!.error).toMatchObject({ failure: 'http', status: 503 });
  });

  it('keeps the banner on screen through failed polls and takes no node out of the page', async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    serve(() => scenario);
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} random={noJitter} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00
    expect(shownState(container)).toBe('down');
    const alert = container.querySelector('va-alert');
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    observer.observe(container, { childList: true, subtree: true });

    scenario = buildScenario('network-error', T0);
    await advance(9 * MINUTE); // 05:09: three failed polls
    observer.disconnect();
    expect(shownState(container)).toBe('down');
    expect(container.querySelector('va-alert')).toBe(alert);
    expect(removed.filter((node) => node === alert || (node instanceof Element && node.contains(alert)))).toEqual([]);
  });

  it("hides the stale state exactly 15 minutes after the last good answer under the default 'hide'", async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    const requests = serve(() => scenario);
    const { result } = renderWindowsHook({ random: noJitter });
    await advance(0); // 05:00: last good answer
    scenario = buildScenario('api-error', T0);

    await advance(15 * MINUTE - 1); // 05:14:59.999
    expect(requests).toEqual([T0, T0 + 3 * MINUTE, T0 + 6 * MINUTE, T0 + 9 * MINUTE, T0 + 14 * MINUTE]);
    expect(result.current.status).toBe('stale');
    expect(result.current.state.providers.idme.state).toBe('down');

    await advance(1); // 05:15:00.000: the TTL is over, with no request at this instant
    expect(requests).toHaveLength(5);
    expect(result.current.status).toBe('unknown');
    expect(result.current.snapshot).toBeUndefined();
    expect(result.current.state.providers.idme.state).toBe('ok');
    expect(result.current.state.banners).toEqual([]);
    expect(result.current.showStatusUnknown).toBe(false);
    expect(result.current.error).toBeInstanceOf(DowntimeFetchError);
  });

  it("asks for the neutral notice after the TTL under 'generic-warning', and drops it on recovery", async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    serve(() => scenario);
    const { result } = renderWindowsHook({ random: noJitter, onApiFailure: 'generic-warning' });
    await advance(0); // 05:00
    scenario = buildScenario('api-error', T0);

    await advance(15 * MINUTE - 1); // 05:14:59.999: still the stale state, no notice
    expect(result.current.showStatusUnknown).toBe(false);
    expect(result.current.state.providers.idme.state).toBe('down');

    await advance(1); // 05:15:00.000
    expect(result.current.showStatusUnknown).toBe(true);
    expect(result.current.state.banners).toEqual([]);

    scenario = buildScenario('idme-down', T0);
    await advance(4 * MINUTE); // 05:19: the backed-off poll succeeds
    expect(result.current.status).toBe('fresh');
    expect(result.current.showStatusUnknown).toBe(false);
    expect(result.current.state.providers.idme.state).toBe('down');
  });

  it('uses a shorter staleTtlMs to the millisecond, between polls', async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    serve(() => scenario);
    const { result } = renderWindowsHook({ random: noJitter, staleTtlMs: 5 * MINUTE });
    await advance(0); // 05:00
    scenario = buildScenario('api-error', T0);
    await advance(5 * MINUTE - 1); // 05:04:59.999: one failed poll at 05:03
    expect(result.current.status).toBe('stale');
    expect(result.current.state.providers.idme.state).toBe('down');
    await advance(1); // 05:05:00.000
    expect(result.current.status).toBe('unknown');
    expect(result.current.state.providers.idme.state).toBe('ok');
  });

  it("shows nothing when the very first request fails under 'hide', and the notice at once under 'generic-warning'", async () => {
    serve(() => buildScenario('api-error', T0));
    const hide = renderWindowsHook();
    const warn = renderWindowsHook({ onApiFailure: 'generic-warning' });
    expect(hide.result.current.status).toBe('loading');
    expect(warn.result.current.showStatusUnknown).toBe(false);
    await advance(0); // 05:00: 503 before any good answer
    expect(hide.result.current.status).toBe('unknown');
    expect(hide.result.current.showStatusUnknown).toBe(false);
    expect(hide.result.current.state.banners).toEqual([]);
    expect(warn.result.current.status).toBe('unknown');
    expect(warn.result.current.showStatusUnknown).toBe(true);
    expect(warn.result.current.state.banners).toEqual([]);
  });

  it('never reports a disabled or controlled hook as an API failure', () => {
    const disabled = renderWindowsHook({ enabled: false, onApiFailure: 'generic-warning' });
    expect(disabled.result.current.status).toBe('unknown');
    expect(disabled.result.current.showStatusUnknown).toBe(false);
    const snapshot = { windows: [], statuses: [{ service: 'idme', status: 'critical' }], reportedAt: null, problems: [] };
    const controlled = renderWindowsHook({ snapshot, now: T0, onApiFailure: 'generic-warning' });
    expect(controlled.result.current.status).toBe('fresh');
    expect(controlled.result.current.snapshot).toBe(snapshot);
    expect(controlled.result.current.showStatusUnknown).toBe(false);
  });
});

describe('API failure: a failure is never cached as data', () => {
  useFakeClock(T0);

  it('leaves the cached snapshot in place, so a banner mounted after the failure shows the last good state', async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    const requests = serve(() => scenario);
    const cache = new Map();
    function Page({ children }: { children?: ReactNode }) {
      return <SWRConfig value={{ provider: () => cache, dedupingInterval: 0, shouldRetryOnError: false }}>{children}</SWRConfig>;
    }
    let showSecond: (value: boolean) => void = () => undefined;
    function App() {
      const [second, setSecond] = useState(false);
      showSecond = setSecond;
      return (
        <Page>
          <div data-testid="first">
            <DowntimeBanner endpoint={ENDPOINT} random={noJitter} />
          </div>
          <div data-testid="second">{second ? <DowntimeBanner endpoint={ENDPOINT} random={noJitter} /> : null}</div>
        </Page>
      );
    }
    const { getByTestId } = render(<App />);
    await advance(0); // 05:00: good answer
    scenario = buildScenario('api-error', T0);
    await advance(3 * MINUTE); // 05:03: 503
    expect(requests).toHaveLength(2);

    const entries = [...cache.values()] as { data?: unknown; error?: unknown }[];
    const withError = entries.filter((entry) => entry.error !== undefined);
    expect(withError).toHaveLength(1);
    expect(withError[0]!.error).toBeInstanceOf(DowntimeFetchError);
    expect(withError[0]!.data).toMatchObject({ statuses: expect.arrayContaining([{ service: 'idme', status: 'critical' }]) });

    await advance(MINUTE); // 05:04: a route change mounts a second banner
    act(() => showSecond(true));
    await advance(0);
    expect(requests).toHaveLength(2);
    expect(shownState(getByTestId('second'))).toBe('down');
  });
});
