import { readClock } from './useNow';

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** One hook instance that wants an endpoint polled. */
export interface PollMember {
  /** How often this member wants fresh data, in ms; 0 or less asks for no polling. */
  intervalMs: number;
  /** Starts one request for the endpoint. */
  revalidate: () => void;
}

/** What every hook on a page shares for one endpoint: request bookkeeping and the single poll timer. */
export interface SharedPoller {
  /** Device time of the last request, whatever started it (mount, poll, focus). */
  lastRequestAt: number | null;
  /** Device time of the last successful response. */
  lastSuccessAt: number | null;
  /** Adds a member and returns the function that removes it. The timer runs while any member is joined. */
  join(member: PollMember): () => void;
}

const pollers = new WeakMap<object, Map<string, SharedPoller>>();

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function createPoller(): SharedPoller {
  const members = new Set<PollMember>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const shortestInterval = () => {
    let shortest = Infinity;
    for (const member of members) if (member.intervalMs > 0 && member.intervalMs < shortest) shortest = member.intervalMs;
    return shortest;
  };

  const wait = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(tick, Math.min(Math.max(0, ms), MAX_TIMEOUT_MS));
  };

  // Each poll is due one interval after the last request of any kind, so a focus refresh pushes the next poll
  // back rather than doubling up, and the cadence never drifts by the time a response takes.
  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    const every = shortestInterval();
    if (!Number.isFinite(every)) return;
    const now = readClock();
    wait((poller.lastRequestAt ?? now) + every - now);
  };

  function tick() {
    timer = undefined;
    const every = shortestInterval();
    if (!Number.isFinite(every)) return;
    const now = readClock();
    if (poller.lastRequestAt !== null && now < poller.lastRequestAt + every) return schedule();
    // A hidden tab asks nothing; SWR's focus revalidation fetches as soon as it is visible again.
    if (isHidden()) return wait(every);
    poller.lastRequestAt = now;
    const [first] = members;
    first?.revalidate();
    schedule();
  }

  const poller: SharedPoller = {
    lastRequestAt: null,
    lastSuccessAt: null,
    join(member) {
      members.add(member);
      schedule();
      return () => {
        members.delete(member);
        schedule();
      };
    },
  };
  return poller;
}

/**
 * The poller for `key` within one SWR cache. Keyed by cache so that each `SWRConfig` provider (a test, a
 * server request) gets its own and nothing leaks between them.
 */
export function sharedPoller(cache: object, key: string): SharedPoller {
  let byKey = pollers.get(cache);
  if (!byKey) pollers.set(cache, (byKey = new Map()));
  let poller = byKey.get(key);
  if (!poller) byKey.set(key, (poller = createPoller()));
  return poller;
}
