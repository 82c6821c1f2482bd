import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrossTabPayload, CrossTabPoller } from '../../src/react/crossTabPoller';
import { createSharedPoller, type CrossTabFactory } from '../../src/react/sharedPoller';

const INTERVAL = 30_000;

function fakeElection() {
  let leads = false;
  let handlers: Parameters<CrossTabFactory>[1] | undefined;
  const published: CrossTabPayload[] = [];
  const factory: CrossTabFactory = (_name, h) => {
    handlers = h;
    return {
      isLeader: () => leads,
      mode: () => (leads ? 'leader' : 'follower'),
      publish: (payload) => published.push(payload),
      latest: () => published.at(-1),
      pollDelay: (ms) => ms,
      close: () => undefined,
    } satisfies CrossTabPoller;
  };
  return {
    factory,
    published,
    win: () => {
      leads = true;
      handlers?.onLeaderChange(true);
    },
    hear: (payload: CrossTabPayload) => handlers?.onMessage(payload),
  };
}

describe('shared poller - following another tab', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(Date.parse('2025-03-09T12:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks nothing while another tab leads, takes its answers, and polls one interval after the last answer once it leads', async () => {
    const election = fakeElection();
    const poller = createSharedPoller('/v0/backend_statuses', election.factory);
    const revalidate = vi.fn();
    const receive = vi.fn();
    poller.join({ intervalMs: INTERVAL, revalidate, receive });

    // mount as a follower: no request
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(INTERVAL * 3);
    expect(revalidate).not.toHaveBeenCalled();

    // the leader's answer arrives and is taken as this tab's data
    const payload = { body: '{"data":[]}', date: 'Sun, 09 Mar 2025 12:01:30 GMT', etag: 'W/"1"' };
    election.hear(payload);
    expect(receive).toHaveBeenCalledWith(payload);

    // the leader tab closes 10 s later; this tab wins and asks when the next poll is due, not before
    await vi.advanceTimersByTimeAsync(10_000);
    election.win();
    await vi.advanceTimersByTimeAsync(INTERVAL - 10_000 - 1);
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(revalidate).toHaveBeenCalledTimes(1);

    // as leader it shares what it gets
    poller.publish(payload);
    expect(election.published).toEqual([payload]);
  });

  it('a follower does not publish', () => {
    const election = fakeElection();
    const poller = createSharedPoller('/v0/backend_statuses', election.factory);
    poller.join({ intervalMs: INTERVAL, revalidate: vi.fn() });
    poller.publish({ body: '{}', date: null, etag: null });
    expect(election.published).toEqual([]);
  });
});
