import { act, renderHook } from '@testing-library/react';
import { useNow, type UseNowOptions } from '../../src/react/useNow';

const T0 = Date.parse('2025-11-02T05:59:00.000Z');
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderNow(options: UseNowOptions) {
  const renders: number[] = [];
  const hook = renderHook(() => {
    const now = useNow(options);
    renders.push(now);
    return now;
  });
  return { ...hook, renders };
}

describe('useNow', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns a frozen instant and schedules nothing', async () => {
    const { result, renders } = renderNow({ frozen: new Date('2025-03-09T07:00:00.000Z'), nextChangeAt: T0 + 1_000 });
    expect(result.current).toBe(Date.parse('2025-03-09T07:00:00.000Z'));
    await advance(60_000); // a minute passes, past nextChangeAt
    expect(renders).toHaveLength(1);
  });

  it('reads the clock at render and never ticks on its own', async () => {
    const { result, renders } = renderNow({});
    expect(result.current).toBe(T0);
    await advance(3_600_000); // an hour with nothing scheduled
    expect(renders).toHaveLength(1);
  });

  it('re-renders exactly at nextChangeAt, once', async () => {
    const boundary = Date.parse('2025-11-02T06:00:00.000Z');
    const { result, renders } = renderNow({ nextChangeAt: boundary });
    await advance(59_999); // 05:59:59.999
    expect(renders).toHaveLength(1);
    await advance(1); // 06:00:00.000
    expect(renders).toHaveLength(2);
    expect(result.current).toBe(boundary);
    await advance(600_000); // nothing more was asked for
    expect(renders).toHaveLength(2);
  });

  it('follows a moving boundary given as a function of now', async () => {
    const minute = 60_000;
    const { renders } = renderNow({ nextChangeAt: (now) => (Math.floor(now / minute) + 1) * minute });
    await advance(60_000); // 06:00
    await advance(60_000); // 06:01
    expect(renders).toEqual([T0, T0 + minute, T0 + 2 * minute]);
  });

  it('re-checks on visibilitychange when a throttled timer has not fired yet', async () => {
    const boundary = Date.parse('2025-11-02T06:00:00.000Z');
    const { result } = renderNow({ nextChangeAt: boundary });
    // A background tab's clock moves on while its timers are held back: move Date without running timers.
    vi.setSystemTime(Date.parse('2025-11-02T06:05:00.000Z'));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current).toBe(Date.parse('2025-11-02T06:05:00.000Z'));
  });

  it('re-checks on window focus, but only once the boundary has passed', () => {
    const boundary = Date.parse('2025-11-02T06:00:00.000Z');
    const { result, renders } = renderNow({ nextChangeAt: boundary });
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(renders).toHaveLength(1); // before the boundary, focus changes nothing
    vi.setSystemTime(Date.parse('2025-11-02T06:00:30.000Z'));
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(result.current).toBe(Date.parse('2025-11-02T06:00:30.000Z'));
  });

  it('adds offsetMs and times the boundary on that corrected time line', async () => {
    const serverAhead = 60_000;
    const boundary = Date.parse('2025-11-02T06:00:30.000Z');
    const { result, renders } = renderNow({ offsetMs: serverAhead, nextChangeAt: boundary });
    expect(result.current).toBe(Date.parse('2025-11-02T06:00:00.000Z'));
    await advance(29_999); // device 05:59:29.999, server 06:00:29.999
    expect(renders).toHaveLength(1);
    await advance(1); // device 05:59:30, server 06:00:30: the boundary on the server's time line
    expect(renders).toHaveLength(2);
    expect(result.current).toBe(boundary);
  });

  it('re-arms the boundary timer when the server offset is learned, dropping the device-clock one', async () => {
    const boundary = Date.parse('2025-11-02T06:00:00.000Z'); // on the server's time line
    let offsetMs = 0;
    const { result, renders, rerender } = renderNow({ get offsetMs() { return offsetMs; }, nextChangeAt: boundary });
    offsetMs = -3_600_000; // the first response shows the device is an hour ahead
    rerender();
    const rendersAfterOffset = renders.length;
    await advance(60_000); // device 06:00: the boundary on the device's own clock, which no longer counts
    expect(renders).toHaveLength(rendersAfterOffset);
    await advance(3_600_000 - 1); // device 06:59:59.999, server 05:59:59.999
    expect(renders).toHaveLength(rendersAfterOffset);
    await advance(1); // server 06:00
    expect(renders).toHaveLength(rendersAfterOffset + 1);
    expect(result.current).toBe(boundary);
  });
});
