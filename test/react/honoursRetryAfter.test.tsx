import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { mockScenario, type MockScenario } from '../../src/mocks/mockScenario';
import { GATEWAY_503_HTML, PAGERDUTY_429_BODY, buildScenario } from '../../src/mocks/scenarios';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { ENDPOINT, MINUTE, SECOND, advance, renderWindowsHook, serve, shownState, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');

const focus = () => act(() => void window.dispatchEvent(new Event('focus')));
const rateLimited = (seconds: number): MockScenario =>
  mockScenario({ failure: { status: 429, body: PAGERDUTY_429_BODY, headers: { 'Retry-After': String(seconds) } } });

describe('429 with Retry-After: nothing is asked before the server said, and the state is kept', () => {
  useFakeClock(T0);

  it('sends no request before 120 s, focus included, keeps idme down and shows no raw error text', async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    const requests = serve(() => scenario);
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} refreshInterval={30 * SECOND} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00:00: ID.me is down
    scenario = buildScenario('rate-limited', T0); // 429, Retry-After: 120
    await advance(30 * SECOND); // 05:00:30: the poll is rate-limited
    expect(requests).toEqual([T0, T0 + 30 * SECOND]);

    await advance(30 * SECOND); // 05:01:00: a poll would be due, but the server asked for 120 s
    focus();
    await advance(0);
    await advance(89 * SECOND); // 05:02:29
    focus();
    await advance(999); // 05:02:29.999
    expect(requests).toEqual([T0, T0 + 30 * SECOND]);
    expect(shownState(container)).toBe('down');
    for (const raw of ['429', 'Exceeded', 'rate limit', 'PAGERDUTY', 'Retry-After', 'DowntimeFetchError']) {
      expect(document.body.textContent).not.toContain(raw);
    }

    scenario = buildScenario('idme-down', T0);
    await advance(1); // 05:02:30.000: 120 s after the 429
    expect(requests).toEqual([T0, T0 + 30 * SECOND, T0 + 150 * SECOND]);
    expect(shownState(container)).toBe('down');
  });

  it('waits out a Retry-After longer than the poll interval', async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    const requests = serve(() => scenario);
    const { result } = renderWindowsHook();
    await advance(0); // 05:00
    scenario = rateLimited(600);
    await advance(3 * MINUTE); // 05:03: 429, Retry-After: 600
    await advance(10 * MINUTE - 1); // 05:12:59.999: three polls' worth of time
    expect(requests).toEqual([T0, T0 + 3 * MINUTE]);
    expect(result.current.state.providers.idme.state).toBe('down');
    await advance(1); // 05:13:00.000
    expect(requests).toEqual([T0, T0 + 3 * MINUTE, T0 + 13 * MINUTE]);
  });

  it('honours Retry-After on a 503 too', async () => {
    let scenario: MockScenario = buildScenario('all-ok', T0);
    const requests = serve(() => scenario);
    renderWindowsHook({ refreshInterval: 30 * SECOND });
    await advance(0); // 05:00:00
    scenario = mockScenario({ failure: { status: 503, body: GATEWAY_503_HTML, headers: { 'Retry-After': '90' } } });
    await advance(30 * SECOND); // 05:00:30: 503, Retry-After: 90
    await advance(90 * SECOND - 1); // 05:01:59.999
    expect(requests).toEqual([T0, T0 + 30 * SECOND]);
    await advance(1); // 05:02:00.000
    expect(requests).toHaveLength(3);
  });

  it('holds a banner mounted during the wait too, even with no data yet', async () => {
    let scenario: MockScenario = rateLimited(120);
    const requests = serve(() => scenario);
    let mountSecond: () => void = () => undefined;
    function Page() {
      const [second, setSecond] = useState(false);
      mountSecond = () => setSecond(true);
      return (
        <>
          <DowntimeBanner endpoint={ENDPOINT} />
          {second ? <DowntimeBanner endpoint={ENDPOINT} /> : null}
        </>
      );
    }
    render(
      <SwrWrapper>
        <Page />
      </SwrWrapper>,
    );
    await advance(0); // 05:00: the first request is rate-limited
    await advance(MINUTE); // 05:01: a route change mounts a second banner
    act(() => mountSecond());
    focus();
    await advance(MINUTE - 1); // 05:01:59.999
    expect(requests).toEqual([T0]);
    scenario = buildScenario('all-ok', T0);
    await advance(1); // 05:02:00.000: the hold is over; the next poll is still due at 05:03
    expect(requests).toEqual([T0]);
    focus(); // the Veteran comes back to the tab: now that may ask
    await advance(0);
    expect(requests).toEqual([T0, T0 + 2 * MINUTE]);
  });
});
