import { render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { server } from '../../src/mocks/node';
import { GATEWAY_503_HTML } from '../../src/mocks/scenarios';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { ENDPOINT, HOUR, MINUTE, advance, renderWindowsHook, shownState, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** The example: one bad date, one non-string service, a bare string, and DS Logon in maintenance now. */
const brokenWindows = () => [
  { id: 1, externalService: 'idme', startTime: 'soon', endTime: iso(T0 + HOUR), description: '' },
  { id: 2, externalService: 7, startTime: iso(T0 - HOUR), endTime: iso(T0 + HOUR), description: '' },
  'x',
  { id: 4, externalService: 'dslogon', startTime: iso(T0 - HOUR), endTime: iso(T0 + 2 * HOUR), description: '' },
];

/** Serves a backend_statuses body whose windows come from `windows()` at each request; returns the request count. */
function serveWindows(windows: () => unknown[]): { count: number } {
  const seen = { count: 0 };
  server.use(
    http.get(ENDPOINT, () => {
      seen.count += 1;
      return HttpResponse.json(
        {
          data: {
            id: '',
            type: 'backend_statuses',
            // reportedAt moves on each poll, as vets-api's does, while the bad entries stay.
            attributes: { reportedAt: iso(Date.now()), statuses: [], maintenanceWindows: windows() },
          },
        },
        { headers: { Date: new Date(Date.now()).toUTCString() } },
      );
    }),
  );
  return seen;
}

describe('onProblem: bad entries are dropped and reported once per distinct response', () => {
  useFakeClock(T0);

  it("shows DS Logon's banner from the issue's example and reports its three problems once across polls", async () => {
    const seen = serveWindows(brokenWindows);
    const onProblem = vi.fn();
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} onProblem={onProblem} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00
    expect(shownState(container)).toBe('maintenance');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/DS Logon/);
    expect(onProblem).toHaveBeenCalledTimes(1);
    const [problems] = onProblem.mock.calls[0]! as [string[]];
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/idme.*start_time "soon"/);
    expect(problems[1]).toMatch(/external_service is 7/);
    expect(problems[2]).toMatch(/expected an object, got "x"/);

    await advance(9 * MINUTE); // 05:09: three more polls of the same bad entries
    expect(seen.count).toBe(4);
    expect(onProblem).toHaveBeenCalledTimes(1);
  });

  it('reports again when the problems change, and again if they come back after a clean response', async () => {
    let windows: unknown[] = brokenWindows();
    serveWindows(() => windows);
    const onProblem = vi.fn();
    renderWindowsHook({ onProblem });
    await advance(0); // 05:00: three problems
    windows = [...brokenWindows(), null];
    await advance(3 * MINUTE); // 05:03: a fourth
    windows = [];
    await advance(3 * MINUTE); // 05:06: clean
    windows = brokenWindows();
    await advance(3 * MINUTE); // 05:09: the first three again
    expect(onProblem.mock.calls.map(([problems]) => (problems as string[]).length)).toEqual([3, 4, 3]);
  });

  it('does not report the same problems again after a failed request in between', async () => {
    let down = false;
    const seen = serveWindows(brokenWindows);
    // Added last, so it is asked first; it passes through to the body above unless vets-api is down.
    server.use(http.get(ENDPOINT, () => (down ? new HttpResponse(GATEWAY_503_HTML, { status: 503 }) : undefined)));
    const onProblem = vi.fn();
    renderWindowsHook({ onProblem });
    await advance(0); // 05:00: three problems
    down = true;
    await advance(3 * MINUTE); // 05:03: 503
    down = false;
    await advance(3 * MINUTE); // 05:06: the same body again
    expect(seen.count).toBe(2);
    expect(onProblem).toHaveBeenCalledTimes(1);
  });

  it('calls a callback shared by three banners once, and each distinct callback once', async () => {
    serveWindows(brokenWindows);
    const shared = vi.fn();
    const own = vi.fn();
    render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} onProblem={shared} />
        <DowntimeBanner endpoint={ENDPOINT} onProblem={shared} />
        <DowntimeBanner endpoint={ENDPOINT} onProblem={own} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00
    await advance(3 * MINUTE); // 05:03: same body
    expect(shared).toHaveBeenCalledTimes(1);
    expect(own).toHaveBeenCalledTimes(1);
  });

  it('calls the latest inline callback, not the one from the first render', async () => {
    serveWindows(brokenWindows);
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} onProblem={first} refreshInterval={0} />
      </SwrWrapper>,
    );
    rerender(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} onProblem={latest} refreshInterval={0} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it('reports an unreadable 200 page once, while keeping it out of the data', async () => {
    server.use(http.get(ENDPOINT, () => new HttpResponse(GATEWAY_503_HTML, { status: 200, headers: { 'Content-Type': 'text/html' } })));
    const onProblem = vi.fn();
    const { result } = renderWindowsHook({ onProblem, random: () => 0 });
    await advance(0); // 05:00
    await advance(10 * MINUTE); // 05:10: the same page at each (backed-off) poll
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem.mock.calls[0]![0]).toEqual([expect.stringMatching(/not JSON/)]);
    expect(result.current.snapshot).toBeUndefined();
    expect(result.current.error).toMatchObject({ failure: 'unreadable' });
  });

  it('keeps a good response good when the host callback throws', async () => {
    serveWindows(brokenWindows);
    const thrown: unknown[] = [];
    const onUncaught = (error: unknown) => void thrown.push(error);
    process.on('uncaughtException', onUncaught);
    const original = globalThis.queueMicrotask;
    // The reporter rethrows the callback's error on its own; catch it here instead of failing the run.
    globalThis.queueMicrotask = (task) =>
      original(() => {
        try {
          task();
        } catch (error) {
          thrown.push(error);
        }
      });
    try {
      const { result } = renderWindowsHook({
        onProblem: () => {
          throw new Error('logger is down');
        },
      });
      await advance(0); // 05:00
      expect(result.current.error).toBeUndefined();
      expect(result.current.state.providers.dslogon.state).toBe('maintenance');
      expect(thrown).toEqual([new Error('logger is down')]);
    } finally {
      globalThis.queueMicrotask = original;
      process.off('uncaughtException', onUncaught);
    }
  });
});
