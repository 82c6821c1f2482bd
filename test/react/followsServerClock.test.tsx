import { render } from '@testing-library/react';
import { mockScenario, mockWindow, type MockScenario } from '../../src/mocks/mockScenario';
import { backendStatusesBody } from '../../src/mocks/vetsApiBody';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { fetchSnapshot } from '../../src/react/fetchSnapshot';
import { REPORTED_AT_MAX_AGE_MS, clockReading, estimateClockOffset } from '../../src/react/serverClock';
import { ENDPOINT, HOUR, MINUTE, advance, renderWindowsHook, serve, shownState, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const SERVER_T0 = Date.parse('2025-03-09T05:00:00.000Z');

describe('estimateClockOffset', () => {
  const received = Date.parse('2025-03-09T05:00:00.400Z');

  it('leaves a device clock alone when the Date header agrees with it to the second', () => {
    const reading = clockReading({ dateHeader: SERVER_T0, reportedAt: null }, received - 50, received);
    expect(estimateClockOffset(0, reading!)).toBe(0);
  });

  it('takes the Date header as the arrival time when the device is 3 h ahead or 2 h behind', () => {
    const ahead = clockReading({ dateHeader: SERVER_T0, reportedAt: null }, SERVER_T0 + 3 * HOUR, SERVER_T0 + 3 * HOUR);
    expect(estimateClockOffset(0, ahead!)).toBe(-3 * HOUR);
    const behind = clockReading({ dateHeader: SERVER_T0, reportedAt: null }, SERVER_T0 - 2 * HOUR, SERVER_T0 - 2 * HOUR);
    expect(estimateClockOffset(0, behind!)).toBe(2 * HOUR);
  });

  it('keeps an earlier estimate that the new reading does not contradict, so it does not wobble', () => {
    // Device 3 h ahead: sent at device 08:00:00.250, back at 08:00:00.350, Date header 05:00:00.
    const reading = clockReading(
      { dateHeader: SERVER_T0, reportedAt: null },
      Date.parse('2025-03-09T08:00:00.250Z'),
      Date.parse('2025-03-09T08:00:00.350Z'),
    )!;
    expect(estimateClockOffset(-3 * HOUR + 300, reading)).toBe(-3 * HOUR + 300);
    expect(estimateClockOffset(0, reading)).toBe(-3 * HOUR - 350);
  });

  it('gives reportedAt its two minutes of cache age before calling the device clock wrong', () => {
    expect(REPORTED_AT_MAX_AGE_MS).toBe(120_000);
    const fresh = clockReading({ dateHeader: null, reportedAt: SERVER_T0 - 90_000 }, SERVER_T0, SERVER_T0);
    expect(estimateClockOffset(0, fresh!)).toBe(0);
    const ahead = clockReading({ dateHeader: null, reportedAt: SERVER_T0 }, SERVER_T0 + 3 * HOUR, SERVER_T0 + 3 * HOUR);
    expect(estimateClockOffset(0, ahead!)).toBe(-3 * HOUR);
  });

  it('gives no reading without a Date header or reportedAt, and prefers the header', () => {
    expect(clockReading({ dateHeader: null, reportedAt: null }, 0, 0)).toBeNull();
    expect(clockReading({ dateHeader: 5_000, reportedAt: 1_000 }, 0, 0)).toMatchObject({ serverTime: 5_000, slackMs: 999 });
  });

  it('reads the server time from Date plus Age when a shared cache held the response', async () => {
    const response = new Response('{"data":{"attributes":{"statuses":[]}}}', {
      headers: { Date: 'Sun, 09 Mar 2025 05:00:00 GMT', Age: '30' },
    });
    const { dateHeader } = await fetchSnapshot(ENDPOINT, async () => response);
    expect(dateHeader).toBe(SERVER_T0 + 30_000);
  });
});

// Login.gov maintenance from 04:30 to 06:00 server time, fixed on the server's time line.
const loginGovWork = (): MockScenario =>
  mockScenario({ windows: [mockWindow(SERVER_T0, 'logingov', { startsInMs: -30 * MINUTE, durationMs: 90 * MINUTE, id: '51' })] });

describe('clock skew: device clock 3 h ahead of the server', () => {
  const DEVICE_T0 = SERVER_T0 + 3 * HOUR; // the device reads 08:00 while the server reads 05:00
  useFakeClock(DEVICE_T0);

  it('decides at server time and ends the window on the server time line', async () => {
    serve(loginGovWork, { serverAheadMs: -3 * HOUR });
    const { result } = renderWindowsHook({ refreshInterval: 0 });
    await advance(0); // device 08:00, server 05:00
    expect(result.current.clockOffsetMs).toBe(-3 * HOUR);
    expect(result.current.now).toBe(SERVER_T0);
    expect(result.current.state.providers.logingov.state).toBe('maintenance');

    await advance(HOUR - 1); // device 08:59:59.999, server 05:59:59.999
    expect(result.current.state.providers.logingov.state).toBe('maintenance');
    await advance(1); // device 09:00, server 06:00: the window's end
    expect(result.current.state.providers.logingov.state).toBe('ok');
    expect(result.current.now).toBe(SERVER_T0 + HOUR);
  });

  it('shows the banner a device-clock decision would have missed, and keeps the estimate across polls', async () => {
    serve(loginGovWork, { serverAheadMs: -3 * HOUR });
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} />
      </SwrWrapper>,
    );
    await advance(0); // device 08:00: on its own clock the window ended two hours ago
    expect(shownState(container)).toBe('maintenance');
    await advance(30 * MINUTE); // ten polls later, server 05:30
    expect(shownState(container)).toBe('maintenance');
  });

  it('reports lastUpdatedAt on the server time line', async () => {
    serve(loginGovWork, { serverAheadMs: -3 * HOUR });
    const { result } = renderWindowsHook();
    await advance(0);
    expect(result.current.lastUpdatedAt).toBe(SERVER_T0);
  });
});

describe('clock skew: device clock 2 h behind the server', () => {
  const DEVICE_T0 = SERVER_T0 - 2 * HOUR; // the device reads 03:00 while the server reads 05:00
  useFakeClock(DEVICE_T0);

  // Login.gov maintenance from 05:30 to 07:00 server time: upcoming now under the 2 h lead time.
  const upcomingWork = (): MockScenario =>
    mockScenario({ windows: [mockWindow(SERVER_T0, 'logingov', { startsInMs: 30 * MINUTE, durationMs: 90 * MINUTE, id: '52' })] });

  it('shows upcoming now and starts the window at 05:30 server time, to the millisecond', async () => {
    serve(upcomingWork, { serverAheadMs: 2 * HOUR });
    const { result } = renderWindowsHook({ refreshInterval: 0 });
    await advance(0); // device 03:00, server 05:00
    expect(result.current.clockOffsetMs).toBe(2 * HOUR);
    expect(result.current.state.providers.logingov.state).toBe('upcoming');

    await advance(30 * MINUTE - 1); // server 05:29:59.999
    expect(result.current.state.providers.logingov.state).toBe('upcoming');
    await advance(1); // server 05:30:00.000
    expect(result.current.state.providers.logingov.state).toBe('maintenance');
    await advance(90 * MINUTE); // server 07:00: over
    expect(result.current.state.providers.logingov.state).toBe('ok');
  });

  it('falls back to reportedAt when the host fetcher hands back a parsed body with no headers', async () => {
    const fetcher = vi.fn(async () => backendStatusesBody(upcomingWork(), Date.now() + 2 * HOUR, 'camel'));
    const { result } = renderWindowsHook({ fetcher, refreshInterval: 0 });
    await advance(0); // device 03:00, reportedAt 05:00
    expect(result.current.clockOffsetMs).toBe(2 * HOUR);
    expect(result.current.state.providers.logingov.state).toBe('upcoming');
    await advance(30 * MINUTE); // server 05:30
    expect(result.current.state.providers.logingov.state).toBe('maintenance');
  });
});
