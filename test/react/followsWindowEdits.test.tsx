import { act, render, renderHook, screen } from '@testing-library/react';
import { mockScenario, mockWindow, type MockWindow } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { useMaintenanceWindows } from '../../src/react/useMaintenanceWindows';
import { ENDPOINT, HOUR, MINUTE, SECOND, advance, renderWindowsHook, serve, shownState, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');

describe('ended early: a window whose end is set to now disappears at the next poll or on focus', () => {
  useFakeClock(T0);

  // Login.gov maintenance from 04:00 to 08:00, which the admin ends at 05:01.
  function endedEarly() {
    const work: MockWindow = mockWindow(T0, 'logingov', { startsInMs: -HOUR, durationMs: 4 * HOUR, id: '71' });
    const requests = serve(() => mockScenario({ windows: [work] }));
    return {
      requests,
      endNow: () => {
        work.endsAt = Date.now();
      },
    };
  }

  it('disappears at the next poll', async () => {
    const { requests, endNow } = endedEarly();
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00
    expect(shownState(container)).toBe('maintenance');
    await advance(MINUTE); // 05:01: the admin ends it
    endNow();
    await advance(2 * MINUTE - 1); // 05:02:59.999: no poll yet
    expect(shownState(container)).toBe('maintenance');
    await advance(1); // 05:03:00: the poll
    expect(requests).toHaveLength(2);
    expect(shownState(container)).toBeNull();
  });

  it('disappears on focus, before the next poll', async () => {
    const { requests, endNow } = endedEarly();
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00
    await advance(MINUTE); // 05:01
    endNow();
    await advance(10 * SECOND); // 05:01:10: the Veteran comes back to the tab
    act(() => void window.dispatchEvent(new Event('focus')));
    await advance(0);
    expect(requests).toEqual([T0, T0 + 70 * SECOND]);
    expect(shownState(container)).toBeNull();
  });
});

describe('edited window: same id, new times, and only the new times count', () => {
  useFakeClock(T0);

  it('forgets the old start and end, timers included', async () => {
    // Login.gov work planned 06:00 to 07:00, moved at 05:02 to 06:30 to 07:30.
    const work: MockWindow = mockWindow(T0, 'logingov', { startsInMs: HOUR, durationMs: HOUR, id: '72' });
    serve(() => mockScenario({ windows: [{ ...work }] }));
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        // Polling off, so every render after the edit comes from a boundary timer.
        return useMaintenanceWindows({ endpoint: ENDPOINT, leadTimeMs: 0, refreshInterval: 0 });
      },
      { wrapper: SwrWrapper },
    );
    await advance(0); // 05:00: nothing yet
    expect(result.current.state.nextChangeAt).toBe(T0 + HOUR);
    await advance(2 * MINUTE);
    work.startsAt = T0 + 90 * MINUTE;
    work.endsAt = T0 + 150 * MINUTE;
    await advance(10 * SECOND); // 05:02:10: the Veteran returns to the tab and the new times arrive
    act(() => void window.dispatchEvent(new Event('focus')));
    await advance(0);
    expect(result.current.state.nextChangeAt).toBe(T0 + 90 * MINUTE);

    const rendersAfterEdit = renders;
    await advance(HOUR - 2 * MINUTE - 10 * SECOND); // 06:00: the old start
    expect(renders).toBe(rendersAfterEdit);
    await advance(30 * MINUTE - 1); // 06:29:59.999
    expect(renders).toBe(rendersAfterEdit);
    expect(result.current.state.providers.logingov.state).toBe('ok');
    await advance(1); // 06:30: the new start
    expect(renders).toBe(rendersAfterEdit + 1);
    expect(result.current.state.providers.logingov).toMatchObject({ state: 'maintenance', endsAt: T0 + 150 * MINUTE });
    await advance(30 * MINUTE); // 07:00: the old end; still in the new window, and no render
    expect(renders).toBe(rendersAfterEdit + 1);
    expect(result.current.state.providers.logingov.state).toBe('maintenance');
    await advance(30 * MINUTE); // 07:30: the new end
    expect(result.current.state.providers.logingov.state).toBe('ok');
  });
});

describe('future windows: a window starting in 6 h leaves its provider ok now', () => {
  useFakeClock(T0);

  it('names ID.me as a working alternative during a Login.gov outage despite its maintenance at 11:00', async () => {
    serve(() =>
      mockScenario({
        statuses: { logingov: 'critical' },
        windows: [mockWindow(T0, 'idme', { startsInMs: 6 * HOUR, durationMs: 2 * HOUR, id: '73' })],
      }),
    );
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    const { result } = renderWindowsHook();
    await advance(0); // 05:00
    expect(result.current.state.providers.idme.state).toBe('ok');
    expect(result.current.state.banners).toHaveLength(1);
    expect(result.current.state.banners[0]).toMatchObject({ state: 'down', providers: ['logingov'] });
    expect(result.current.state.banners[0]!.working).toContain('idme');
    expect(shownState(container)).toBe('down');
    expect(screen.getByText(/You can still sign in with[^.]*ID\.me/)).toBeInTheDocument();
  });
});
