import { render } from '@testing-library/react';
import { buildScenario } from '../../src/mocks/scenarios';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { MIN_REFRESH_INTERVAL_MS, clampRefreshInterval } from '../../src/react/sharedPoller';
import { ENDPOINT, SECOND, advance, renderWindowsHook, serve, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const at = (...seconds: number[]) => seconds.map((s) => T0 + s * SECOND);

describe('clampRefreshInterval', () => {
  it('documents a 10 s floor, leaves longer intervals alone and treats 0, negatives and NaN as off', () => {
    expect(MIN_REFRESH_INTERVAL_MS).toBe(10_000);
    expect(clampRefreshInterval(180)).toBe(10_000);
    expect(clampRefreshInterval(9_999)).toBe(10_000);
    expect(clampRefreshInterval(10_000)).toBe(10_000);
    expect(clampRefreshInterval(30_000)).toBe(30_000);
    expect(clampRefreshInterval(0)).toBe(0);
    expect(clampRefreshInterval(-5)).toBe(0);
    expect(clampRefreshInterval(Number.NaN)).toBe(0);
  });
});

describe('polling cadence: requests start exactly one interval apart', () => {
  useFakeClock(T0);

  it('asks at 0, 30, 60 and 90 s with a 30 s interval, even when each answer takes 10 s', async () => {
    const requests = serve(() => buildScenario('idme-down', T0), { delayMs: 10 * SECOND });
    const { result } = renderWindowsHook({ refreshInterval: 30 * SECOND });
    await advance(90 * SECOND);
    expect(requests).toEqual(at(0, 30, 60, 90));
    expect(result.current.state.providers.idme.state).toBe('down');
  });

  it('does not drift over a long run', async () => {
    const requests = serve(() => buildScenario('all-ok', T0), { delayMs: 1_234 });
    renderWindowsHook({ refreshInterval: 30 * SECOND });
    await advance(600 * SECOND);
    expect(requests).toEqual(at(...Array.from({ length: 21 }, (_, i) => i * 30)));
  });

  it('raises an interval below the floor to 10 s, such as 180 meant as seconds', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    renderWindowsHook({ refreshInterval: 180 });
    await advance(30 * SECOND);
    expect(requests).toEqual(at(0, 10, 20, 30));
  });

  it('polls not at all with 0, after the mount request', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    renderWindowsHook({ refreshInterval: 0 });
    await advance(3_600 * SECOND);
    expect(requests).toEqual(at(0));
  });

  it('keeps one timer for three banners with different intervals, at the shortest', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} refreshInterval={60 * SECOND} />
        <DowntimeBanner endpoint={ENDPOINT} refreshInterval={30 * SECOND} />
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(90 * SECOND);
    expect(requests).toEqual(at(0, 30, 60, 90));
  });
});
