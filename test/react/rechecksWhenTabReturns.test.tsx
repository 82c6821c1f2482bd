import { act, render } from '@testing-library/react';
import { mockScenario, mockWindow, type MockScenario } from '../../src/mocks/mockScenario';
import { buildScenario } from '../../src/mocks/scenarios';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { ENDPOINT, MINUTE, SECOND, advance, renderWindowsHook, serve, shownState, useFakeClock, useTabVisibility } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');

describe('background tabs: state is re-checked on return, polling pauses while hidden', () => {
  useFakeClock(T0);
  const setVisibility = useTabVisibility();

  it('clears an ended window on return even when the throttled timer never fired (no countdown)', async () => {
    // Login.gov maintenance until 05:02.
    const work = mockScenario({ windows: [mockWindow(T0, 'logingov', { startsInMs: -MINUTE, durationMs: 3 * MINUTE, id: '61' })] });
    serve(() => work);
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} refreshInterval={0} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00
    expect(shownState(container)).toBe('maintenance');
    setVisibility('hidden');
    // A background tab's clock moves on while its timers are held back: move Date without running any timer.
    vi.setSystemTime(T0 + 10 * MINUTE);
    expect(shownState(container)).toBe('maintenance');
    setVisibility('visible'); // 05:10
    expect(shownState(container)).toBeNull();
  });

  it('asks nothing while hidden, and asks at once when visible again', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    renderWindowsHook({ refreshInterval: 30 * SECOND });
    await advance(0); // 05:00:00
    setVisibility('hidden');
    await advance(5 * MINUTE); // ten polls' worth of time, hidden
    expect(requests).toEqual([T0]);
    setVisibility('visible'); // 05:05:00
    await advance(0);
    expect(requests).toEqual([T0, T0 + 5 * MINUTE]);
    await advance(30 * SECOND); // and the cadence resumes from that request
    expect(requests).toEqual([T0, T0 + 5 * MINUTE, T0 + 5 * MINUTE + 30 * SECOND]);
  });

  it('asks again on a quick hide-and-show only after the 5 s throttle', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    renderWindowsHook();
    await advance(0); // 05:00:00: mount request
    await advance(4 * SECOND);
    setVisibility('hidden');
    setVisibility('visible'); // 05:00:04: too soon after the last request
    await advance(0);
    expect(requests).toEqual([T0]);
    await advance(SECOND);
    setVisibility('hidden');
    setVisibility('visible'); // 05:00:05
    await advance(0);
    expect(requests).toEqual([T0, T0 + 5 * SECOND]);
  });

  it('asks once, not twice, when visibility and focus arrive together', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    renderWindowsHook();
    await advance(0);
    setVisibility('hidden');
    await advance(10 * MINUTE);
    setVisibility('visible');
    act(() => void window.dispatchEvent(new Event('focus')));
    await advance(0);
    expect(requests).toHaveLength(2);
  });

  it('asks when the network comes back', async () => {
    const requests = serve(() => buildScenario('all-ok', T0));
    renderWindowsHook();
    await advance(0);
    await advance(MINUTE);
    act(() => void window.dispatchEvent(new Event('online')));
    await advance(0);
    expect(requests).toEqual([T0, T0 + MINUTE]);
  });

  it('lets a scenario switch show on return rather than at the next poll', async () => {
    let scenario: MockScenario = buildScenario('all-ok', T0);
    serve(() => scenario);
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00: all fine
    setVisibility('hidden');
    scenario = buildScenario('idme-down', T0);
    await advance(MINUTE); // 05:01: ID.me goes down while the tab is in the background
    expect(shownState(container)).toBeNull();
    setVisibility('visible');
    await advance(0);
    expect(shownState(container)).toBe('down');
  });
});
