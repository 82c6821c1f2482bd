/** What the leader tab shares after each request: the response as received, so every tab parses the same bytes. */
export interface CrossTabPayload {
  /** The response body text. */
  body: string;
  /** The response's `Date` header, or `null` when it had none. */
  date: string | null;
  /** The response's `ETag`, or `null` when it had none. */
  etag: string | null;
}

/** How this tab takes part: it polls for everyone, listens to the leader, or polls alone because the browser can't share. */
export type CrossTabMode = 'leader' | 'follower' | 'solo';

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

/** The part of `BroadcastChannel` used here. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** Options for {@link createCrossTabPoller}. */
export interface CrossTabPollerOptions {
  /** What the tabs share, such as the endpoint URL. Tabs with the same name elect one leader. */
  name: string;
  /** Called when this tab becomes or stops being the one that polls. @defaultValue undefined */
  onLeaderChange?: (isLeader: boolean) => void;
  /** Called with each payload the leader publishes, and with the latest one when this tab joins. @defaultValue undefined */
  onMessage?: (payload: CrossTabPayload) => void;
  /** The Web Locks manager; `null` forces the fallback. @defaultValue globalThis.navigator?.locks */
  locks?: LockManagerLike | null;
  /** Opens a channel; `null` forces the fallback. @defaultValue (name) => new BroadcastChannel(name) */
  openChannel?: ((name: string) => BroadcastChannelLike) | null;
  /** Spread of the fallback's poll delays, as a fraction of the interval. @defaultValue 0.1 */
  jitter?: number;
  /** Source of randomness for the jitter, in [0, 1). @defaultValue Math.random */
  random?: () => number;
}

/** One tab's membership in the election for a name. */
export interface CrossTabPoller {
  /** True while this tab should make the requests: as the elected leader, or alone in the fallback. */
  isLeader(): boolean;
  mode(): CrossTabMode;
  /** Shares a response with the other tabs. Only the leader's payloads are sent; a follower's call does nothing. */
  publish(payload: CrossTabPayload): void;
  /** The latest payload this tab published or received, if any. */
  latest(): CrossTabPayload | undefined;
  /** The wait before the next poll: the interval itself when one tab polls for all, spread by the jitter when every tab polls. */
  pollDelay(intervalMs: number): number;
  /** Leaves the election and closes the channel; if this tab led, the next waiting tab takes over at once. No callback runs after it. */
  close(): void;
}

// Versioned, so that tabs running a library whose messages differ elect their own leader instead of misreading each other.
const PREFIX = '@va-identity/downtime-banner/cross-tab/v1:';

type Message = { type: 'result'; payload: CrossTabPayload } | { type: 'hello' };

function isPayload(value: unknown): value is CrossTabPayload {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.body === 'string' &&
    (p.date === null || typeof p.date === 'string') &&
    (p.etag === null || typeof p.etag === 'string')
  );
}

// Another tab may run another build of the library, so nothing it sends is trusted without a look.
function readMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'result' && isPayload(m.payload)) {
    const { body, date, etag } = m.payload;
    return { type: 'result', payload: { body, date, etag } };
  }
  return null;
}

function defaultLocks(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

function defaultOpenChannel(): ((name: string) => BroadcastChannelLike) | null {
  return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;
}

/**
 * Elects one tab per `name` to poll, with the Web Locks API, and shares its responses with the other tabs over a
 * BroadcastChannel. The lock is held for the life of the tab, so when the leader closes or crashes the browser hands
 * it to the next waiting tab at once. Where either API is missing, every tab polls on its own with jittered delays.
 *
 * @example
 * const tabs = createCrossTabPoller({ name: url, onLeaderChange: (leads) => leads && poll(), onMessage: apply });
 * // after each request in the leader: tabs.publish({ body, date, etag });
 */
export function createCrossTabPoller(options: CrossTabPollerOptions): CrossTabPoller {
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const openChannel = options.openChannel === undefined ? defaultOpenChannel() : options.openChannel;
  const jitter = options.jitter ?? 0.1;
  const random = options.random ?? Math.random;
  const name = PREFIX + options.name;

  let current: CrossTabMode = 'follower';
  let closed = false;
  let last: CrossTabPayload | undefined;
  let channel: BroadcastChannelLike | null = null;
  let releaseLock: (() => void) | undefined;
  const abort = typeof AbortController === 'function' ? new AbortController() : undefined;

  const setMode = (next: CrossTabMode) => {
    if (closed || next === current) return;
    const wasLeading = current !== 'follower';
    current = next;
    if (wasLeading !== (next !== 'follower')) options.onLeaderChange?.(next !== 'follower');
  };

  const goSolo = () => {
    channel?.close();
    channel = null;
    // Deferred, so the caller holds the returned poller before its callback runs.
    queueMicrotask(() => setMode('solo'));
  };

  try {
    channel = locks && openChannel ? openChannel(name) : null;
  } catch {
    // An opaque origin (a sandboxed frame, say) refuses channels; polling alone still works there.
    channel = null;
  }

  if (!locks || !channel) {
    goSolo();
  } else {
    channel.addEventListener('message', (event) => {
      if (closed) return;
      const message = readMessage(event.data);
      if (!message) return;
      if (message.type === 'hello') {
        if (current === 'leader' && last) channel?.postMessage({ type: 'result', payload: last });
        return;
      }
      last = message.payload;
      options.onMessage?.(message.payload);
    });
    // A joining tab asks for the latest result, so it shows the banner without a request of its own.
    channel.postMessage({ type: 'hello' });
    locks
      .request(name, abort ? { signal: abort.signal } : {}, () => {
        if (closed) return Promise.resolve();
        setMode('leader');
        return new Promise<void>((resolve) => {
          releaseLock = resolve;
        });
      })
      .catch(() => {
        // Unless close() aborted the wait, the lock manager refused (a SecurityError in some frames): poll alone.
        if (!closed) goSolo();
      });
  }

  return {
    isLeader: () => !closed && current !== 'follower',
    mode: () => current,
    publish(payload) {
      if (closed || current === 'follower') return;
      last = { body: payload.body, date: payload.date, etag: payload.etag };
      channel?.postMessage({ type: 'result', payload: last });
    },
    latest: () => last,
    pollDelay(intervalMs) {
      if (current !== 'solo' || !(jitter > 0)) return intervalMs;
      return Math.max(0, Math.round(intervalMs * (1 + jitter * (2 * random() - 1))));
    },
    close() {
      if (closed) return;
      closed = true;
      abort?.abort();
      releaseLock?.();
      channel?.close();
      channel = null;
    },
  };
}
