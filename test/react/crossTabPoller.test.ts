import {
  createCrossTabPoller,
  type BroadcastChannelLike,
  type CrossTabPayload,
  type CrossTabPoller,
  type LockManagerLike,
} from '../../src/react/crossTabPoller';

const ENDPOINT = 'https://api.va.gov/v0/backend_statuses';
const PAYLOAD: CrossTabPayload = {
  body: '{"data":{"id":"","type":"backend_statuses","attributes":{"statuses":[],"maintenanceWindows":[]}}}',
  date: 'Sun, 09 Mar 2025 06:59:59 GMT',
  etag: 'W/"1a2b3c-5f"',
};

const abortError = () => Object.assign(new Error('The request was aborted.'), { name: 'AbortError' });

interface Waiter {
  client: number;
  callback: () => Promise<void>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Exclusive Web Locks shared by several tabs, granted in request order. Each tab talks through its own client, so a
 * test can make the browser drop one tab's locks the way it does when a tab closes or crashes.
 */
class FakeLockBroker {
  private readonly waiting = new Map<string, Waiter[]>();
  private readonly holders = new Map<string, { client: number; release: () => void }>();

  client(id: number): LockManagerLike {
    return {
      request: (name, options, callback) =>
        new Promise((resolve, reject) => {
          const { signal } = options;
          if (signal?.aborted) return reject(abortError());
          const waiter: Waiter = { client: id, callback, resolve, reject };
          const queue = this.waiting.get(name) ?? [];
          queue.push(waiter);
          this.waiting.set(name, queue);
          signal?.addEventListener('abort', () => {
            const index = queue.indexOf(waiter);
            if (index < 0) return;
            queue.splice(index, 1);
            reject(abortError());
          });
          this.grant(name);
        }),
    };
  }

  /** The browser's side of closing a tab: its held locks are released and its queued requests dropped. */
  dropClient(id: number): void {
    for (const queue of this.waiting.values()) {
      for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.client === id) queue.splice(i, 1);
    }
    for (const holder of [...this.holders.values()]) if (holder.client === id) holder.release();
  }

  holderOf(name: string): number | undefined {
    return this.holders.get(name)?.client;
  }

  waitingClients(name: string): number[] {
    return (this.waiting.get(name) ?? []).map((w) => w.client);
  }

  private grant(name: string): void {
    if (this.holders.has(name)) return;
    const next = this.waiting.get(name)?.shift();
    if (!next) return;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.holders.delete(name);
      this.grant(name);
    };
    this.holders.set(name, { client: next.client, release });
    Promise.resolve()
      .then(next.callback)
      .then(
        (value) => {
          release();
          next.resolve(value);
        },
        (reason) => {
          release();
          next.reject(reason);
        },
      );
  }
}

/** Same-origin BroadcastChannels: a message reaches every other open channel of its name, a task later, as a copy. */
class FakeChannelHub {
  private readonly open = new Map<string, Set<FakeChannel>>();
  readonly sent: unknown[] = [];

  channel = (name: string): BroadcastChannelLike => {
    const channel = new FakeChannel(name, this);
    const peers = this.open.get(name) ?? new Set();
    peers.add(channel);
    this.open.set(name, peers);
    return channel;
  };

  deliver(from: FakeChannel, data: unknown): void {
    this.sent.push(data);
    for (const peer of this.open.get(from.name) ?? []) {
      if (peer !== from) setTimeout(() => peer.receive(structuredClone(data)), 0);
    }
  }

  leave(channel: FakeChannel): void {
    this.open.get(channel.name)?.delete(channel);
  }
}

class FakeChannel implements BroadcastChannelLike {
  private readonly listeners: ((event: { data: unknown }) => void)[] = [];
  private closed = false;

  constructor(
    readonly name: string,
    private readonly hub: FakeChannelHub,
  ) {}

  postMessage(message: unknown): void {
    if (this.closed) throw new Error('InvalidStateError: channel is closed');
    this.hub.deliver(this, message);
  }

  addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
    this.listeners.push(listener);
  }

  receive(data: unknown): void {
    if (!this.closed) for (const listener of this.listeners) listener({ data });
  }

  close(): void {
    this.closed = true;
    this.hub.leave(this);
  }
}

interface Tab {
  id: number;
  poller: CrossTabPoller;
  leaderChanges: boolean[];
  messages: CrossTabPayload[];
}

/**
 * Lets queued lock grants and channel deliveries run. Each turn is a fresh timer queued behind whatever the previous
 * turn scheduled, so a chain of hops (a hello, then its reply) finishes before this does, however slow the machine.
 */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function setup() {
  const locks = new FakeLockBroker();
  const hub = new FakeChannelHub();
  let nextId = 1;
  const openTab = (name = ENDPOINT): Tab => {
    const id = nextId++;
    const tab: Tab = { id, leaderChanges: [], messages: [], poller: undefined as unknown as CrossTabPoller };
    tab.poller = createCrossTabPoller({
      name,
      locks: locks.client(id),
      openChannel: hub.channel,
      onLeaderChange: (leads) => tab.leaderChanges.push(leads),
      onMessage: (payload) => tab.messages.push(payload),
    });
    return tab;
  };
  return { locks, hub, openTab };
}

describe('createCrossTabPoller with Web Locks and BroadcastChannel', () => {
  it('elects exactly one leader among three tabs: the first to ask', async () => {
    const { openTab } = setup();
    const tabs = [openTab(), openTab(), openTab()];
    await settle();
    expect(tabs.map((t) => t.poller.mode())).toEqual(['leader', 'follower', 'follower']);
    expect(tabs.map((t) => t.poller.isLeader())).toEqual([true, false, false]);
    expect(tabs.map((t) => t.leaderChanges)).toEqual([[true], [], []]);
  });

  it("shares the leader's payload with every other tab, and not back to the leader", async () => {
    const { openTab } = setup();
    const [leader, a, b] = [openTab(), openTab(), openTab()];
    await settle();
    leader!.poller.publish(PAYLOAD);
    await settle();
    expect(a!.messages).toEqual([PAYLOAD]);
    expect(b!.messages).toEqual([PAYLOAD]);
    expect(leader!.messages).toEqual([]);
    expect(a!.poller.latest()).toEqual(PAYLOAD);
  });

  it("ignores a follower's publish, so only the leader's responses travel", async () => {
    const { openTab, hub } = setup();
    const [leader, follower] = [openTab(), openTab()];
    await settle();
    const sentBefore = hub.sent.length;
    follower!.poller.publish(PAYLOAD);
    await settle();
    expect(hub.sent).toHaveLength(sentBefore);
    expect(leader!.messages).toEqual([]);
  });

  it('hands leadership to the next tab when the leader closes, and tells no one else', async () => {
    const { openTab, locks } = setup();
    const [first, second, third] = [openTab(), openTab(), openTab()];
    await settle();
    first!.poller.close();
    await settle();
    expect(locks.holderOf(`@va-identity/downtime-banner/cross-tab/v1:${ENDPOINT}`)).toBe(second!.id);
    expect(second!.leaderChanges).toEqual([true]);
    expect(third!.leaderChanges).toEqual([]);
    expect(first!.leaderChanges).toEqual([true]);
    expect(first!.poller.isLeader()).toBe(false);
  });

  it('hands leadership on when the browser drops a crashed leader tab that never called close()', async () => {
    const { openTab, locks } = setup();
    const [crashed, survivor] = [openTab(), openTab()];
    await settle();
    locks.dropClient(crashed!.id);
    await settle();
    expect(survivor!.poller.mode()).toBe('leader');
    expect(survivor!.leaderChanges).toEqual([true]);
  });

  it('never makes a closed follower the leader: its wait for the lock is withdrawn', async () => {
    const { openTab, locks } = setup();
    const [leader, closedFollower, waiting] = [openTab(), openTab(), openTab()];
    await settle();
    closedFollower!.poller.close();
    expect(locks.waitingClients(`@va-identity/downtime-banner/cross-tab/v1:${ENDPOINT}`)).toEqual([waiting!.id]);
    leader!.poller.close();
    await settle();
    expect(closedFollower!.leaderChanges).toEqual([]);
    expect(waiting!.poller.mode()).toBe('leader');
  });

  it('gives a tab that joins later the latest payload, without a request of its own', async () => {
    const { openTab } = setup();
    const leader = openTab();
    await settle();
    leader.poller.publish(PAYLOAD);
    const late = openTab();
    await settle();
    expect(late.poller.mode()).toBe('follower');
    expect(late.messages).toEqual([PAYLOAD]);
  });

  it('keeps a new leader supplied: after a handoff it answers joiners with what it last received', async () => {
    const { openTab } = setup();
    const [first, second] = [openTab(), openTab()];
    await settle();
    first!.poller.publish(PAYLOAD);
    await settle();
    first!.poller.close();
    await settle();
    const late = openTab();
    await settle();
    expect(second!.poller.mode()).toBe('leader');
    expect(late.messages).toEqual([PAYLOAD]);
  });

  it('runs one election per name', async () => {
    const { openTab } = setup();
    const statuses = openTab(ENDPOINT);
    const windows = openTab('https://api.va.gov/v0/maintenance_windows');
    await settle();
    expect(statuses.poller.mode()).toBe('leader');
    expect(windows.poller.mode()).toBe('leader');
    statuses.poller.publish(PAYLOAD);
    await settle();
    expect(windows.messages).toEqual([]);
  });

  it('ignores messages it cannot read, such as those from another build of the library', async () => {
    const { openTab, hub } = setup();
    const follower = openTab();
    await settle();
    const stranger = hub.channel(`@va-identity/downtime-banner/cross-tab/v1:${ENDPOINT}`);
    stranger.postMessage({ type: 'result', payload: { body: 42, date: null, etag: null } });
    stranger.postMessage({ type: 'snapshot', snapshot: {} });
    stranger.postMessage('hello');
    stranger.postMessage(null);
    await settle();
    expect(follower.messages).toEqual([]);
  });

  it('polls on the interval itself when tabs share, with no jitter', async () => {
    const { openTab } = setup();
    const leader = openTab();
    await settle();
    expect(leader.poller.pollDelay(180_000)).toBe(180_000);
  });

  it('calls nothing after close()', async () => {
    const { openTab } = setup();
    const [leader, follower] = [openTab(), openTab()];
    await settle();
    follower!.poller.close();
    leader!.poller.publish(PAYLOAD);
    leader!.poller.close();
    await settle();
    expect(follower!.messages).toEqual([]);
    expect(follower!.leaderChanges).toEqual([]);
    expect(() => leader!.poller.publish(PAYLOAD)).not.toThrow();
  });
});

describe('createCrossTabPoller without the APIs (fallback)', () => {
  function solo(options: Partial<Parameters<typeof createCrossTabPoller>[0]> = {}) {
    const leaderChanges: boolean[] = [];
    const poller = createCrossTabPoller({
      name: ENDPOINT,
      onLeaderChange: (leads) => leaderChanges.push(leads),
      ...options,
    });
    return { poller, leaderChanges };
  }

  it('polls alone when the browser has no Web Locks', async () => {
    const hub = new FakeChannelHub();
    const { poller, leaderChanges } = solo({ locks: null, openChannel: hub.channel });
    await settle();
    expect(poller.mode()).toBe('solo');
    expect(poller.isLeader()).toBe(true);
    expect(leaderChanges).toEqual([true]);
    expect(hub.sent).toEqual([]);
  });

  it('polls alone when the browser has no BroadcastChannel', async () => {
    const { poller } = solo({ locks: new FakeLockBroker().client(1), openChannel: null });
    await settle();
    expect(poller.mode()).toBe('solo');
  });

  it('polls alone when opening the channel throws, as in an opaque origin', async () => {
    const { poller } = solo({
      locks: new FakeLockBroker().client(1),
      openChannel: () => {
        throw new Error('SecurityError');
      },
    });
    await settle();
    expect(poller.mode()).toBe('solo');
  });

  it('polls alone when the lock manager refuses the request', async () => {
    const hub = new FakeChannelHub();
    const refusing: LockManagerLike = { request: () => Promise.reject(new Error('SecurityError')) };
    const { poller, leaderChanges } = solo({ locks: refusing, openChannel: hub.channel });
    await settle();
    expect(poller.mode()).toBe('solo');
    expect(leaderChanges).toEqual([true]);
  });

  it('uses the environment by default; jsdom has no navigator.locks, so it falls back', async () => {
    expect((navigator as { locks?: unknown }).locks).toBeUndefined();
    const { poller } = solo();
    await settle();
    expect(poller.mode()).toBe('solo');
    poller.close();
  });

  it('spreads poll delays by ±10% of the interval, so tabs opened together drift apart', async () => {
    const draws = [0, 0.5, 0.999_999];
    const { poller } = solo({ locks: null, random: () => draws.shift()! });
    await settle();
    expect([poller.pollDelay(180_000), poller.pollDelay(180_000), poller.pollDelay(180_000)]).toEqual([
      162_000, 180_000, 198_000,
    ]);
  });

  it('takes the spread from options', async () => {
    const { poller } = solo({ locks: null, jitter: 0, random: () => 0 });
    await settle();
    expect(poller.pollDelay(180_000)).toBe(180_000);
  });
});
