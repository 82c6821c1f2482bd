import { backoffDelay } from './backoffDelay';
import { createCrossTabPoller, type CrossTabPayload, type CrossTabPoller } from './crossTabPoller';
import type { FetchedSnapshot } from './fetchSnapshot';
import { perCache } from './perCache';
import { readClock } from './useNow';

/** The shortest poll interval the hook accepts: 10 s. Shorter ones (such as `180` meant as seconds) are raised to it. */
export const MIN_REFRESH_INTERVAL_MS = 10_000;

/** A focus or visibility change this soon after the last request asks nothing new: 5 s, as in SWR. */
export const FOCUS_THROTTLE_MS = 5_000;

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** The interval the poller uses for `ms`: 0 (off) for 0, negatives and NaN; otherwise at least {@link MIN_REFRESH_INTERVAL_MS}. */
export function clampRefreshInterval(ms: number): number {
  return ms > 0 ? Math.max(ms, MIN_REFRESH_INTERVAL_MS) : 0;
}

/** One hook instance that wants an endpoint polled. */
export interface PollMember {
  /** How often this member wants fresh data, in ms; 0 or less asks for no polling. */
  intervalMs: number;
  /** Starts one request for the endpoint. The request itself runs through {@link SharedPoller.track}. */
  revalidate: () => void;
  /** Random source for back-off jitter, in [0, 1). @defaultValue Math.random */
  random?: () => number;
  /** Takes a response another tab's poller shared, instead of asking for it. @defaultValue undefined */
  receive?: (payload: CrossTabPayload) => void;
}

/** What every hook on a page shares for one endpoint: when to ask, and what happened last time. */
export interface SharedPoller {
  /** Device time the last request started, whatever started it. */
  readonly lastRequestAt: number | null;
  /** Device time of the last successful response. */
  readonly lastSuccessAt: number | null;
  /** Device time before which no request of any kind is sent (`Retry-After`, back-off), or `null`. */
  readonly holdUntil: number | null;
  /** Adds a member and returns the function that removes it. The first member of all asks at once. */
  join(member: PollMember): () => void;
  /**
   * Runs one request and records its outcome. A rejection counts toward back-off, and one carrying a numeric
   * `retryAfterMs` (a {@link DowntimeFetchError}) holds every request until that much time has passed.
   */
  track<T>(request: () => Promise<T>): Promise<T>;
  /** Shares a good response with this browser's other tabs, when this tab is the one polling for them. */
  publish(payload: CrossTabPayload): void;
  /** The last good response, whose ETag the next request sends as `If-None-Match`. */
  lastFetched: FetchedSnapshot | null;
}

/** Builds the cross-tab election for an endpoint, or `null` where the browser can't share (then each tab polls alone). */
export type CrossTabFactory = (name: string, handlers: { onLeaderChange: (leads: boolean) => void; onMessage: (payload: CrossTabPayload) => void }) => CrossTabPoller | null;

function browserCrossTab(name: string, handlers: Parameters<CrossTabFactory>[1]): CrossTabPoller | null {
  // Both APIs or neither: without them every tab polls for itself, exactly as a single tab does.
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as { locks?: unknown });
  if (typeof document === 'undefined' || !nav?.locks || typeof BroadcastChannel !== 'function') return null;
  return createCrossTabPoller({ name, ...handlers });
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function retryAfterOf(reason: unknown): number | null {
  const value = typeof reason === 'object' && reason !== null ? (reason as { retryAfterMs?: unknown }).retryAfterMs : null;
  return typeof value === 'number' && value >= 0 ? value : null;
}

/**
 * Requests start in exactly three places: the first join, the poll timer, and the Veteran coming back to the tab
 * (focus, visibility, network). All three go through `maybeStart`, so that is where a cross-tab leader would
 * decide whether this tab asks or waits for another tab's answer.
 */
class Poller implements SharedPoller {
  constructor(
    private readonly key: string,
    private readonly crossTabFactory: CrossTabFactory = browserCrossTab,
  ) {}

  lastRequestAt: number | null = null;
  lastFetched: FetchedSnapshot | null = null;
  private crossTab: CrossTabPoller | null = null;
  lastSuccessAt: number | null = null;
  holdUntil: number | null = null;
  private failures = 0;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly members = new Set<PollMember>();
  private stopListening: (() => void) | undefined;

  join(member: PollMember): () => void {
    this.members.add(member);
    if (this.members.size === 1) {
      this.stopListening = this.listenForReturn();
      this.crossTab = this.crossTabFactory(this.key, {
        onLeaderChange: () => this.schedule(),
        onMessage: (payload) => this.receive(payload),
      });
    }
    if (this.lastRequestAt === null) this.maybeStart('mount');
    else this.schedule();
    return () => {
      this.members.delete(member);
      if (this.members.size > 0) return this.schedule();
      // A tab with no banner left hands the polling to a tab that still shows one.
      this.crossTab?.close();
      this.crossTab = null;
      this.stopListening?.();
      this.stopListening = undefined;
      clearTimeout(this.timer);
      this.timer = undefined;
    };
  }

  async track<T>(request: () => Promise<T>): Promise<T> {
    const startedAt = readClock();
    this.lastRequestAt = startedAt;
    this.inFlight = true;
    clearTimeout(this.timer);
    try {
      const value = await request();
      this.failures = 0;
      this.holdUntil = null;
      this.lastSuccessAt = readClock();
      return value;
    } catch (reason) {
      this.failures += 1;
      const retryAfter = retryAfterOf(reason);
      const backoff = backoffDelay(this.failures, this.backoffBase(), this.random());
      const holds = [backoff > 0 ? startedAt + backoff : null, retryAfter === null ? null : readClock() + retryAfter];
      const latest = Math.max(...holds.filter((hold): hold is number => hold !== null));
      this.holdUntil = Number.isFinite(latest) ? latest : null;
      throw reason;
    } finally {
      this.inFlight = false;
      this.schedule();
    }
  }

  publish(payload: CrossTabPayload): void {
    if (this.crossTab?.isLeader()) this.crossTab.publish(payload);
  }

  /** Another tab asked; its answer counts as this tab's request, so the cadence and the next leader's timing hold. */
  private receive(payload: CrossTabPayload): void {
    this.lastRequestAt = readClock();
    this.failures = 0;
    this.holdUntil = null;
    this.lastSuccessAt = this.lastRequestAt;
    const [first] = this.members;
    first?.receive?.(payload);
    this.schedule();
  }

  /** True while another tab polls for this one: the election is on and this tab did not win it. */
  private following(): boolean {
    return this.crossTab !== null && !this.crossTab.isLeader();
  }

  private interval(): number {
    let shortest = Infinity;
    for (const member of this.members) {
      const every = clampRefreshInterval(member.intervalMs);
      if (every > 0 && every < shortest) shortest = every;
    }
    return shortest;
  }

  private backoffBase(): number {
    const every = this.interval();
    return Number.isFinite(every) ? every : MIN_REFRESH_INTERVAL_MS;
  }

  private random(): () => number {
    for (const member of this.members) if (member.random) return member.random;
    return Math.random;
  }

  private isHeld(now: number): boolean {
    return this.holdUntil !== null && now < this.holdUntil;
  }

  // Each poll is due one interval after the last request of any kind, counted from when it started, so a focus
  // refresh pushes the next poll back rather than doubling up and a slow response never makes the cadence drift.
  private nextPollAt(now: number): number | null {
    const every = this.interval();
    if (!Number.isFinite(every)) return null;
    const due = this.lastRequestAt === null ? now : this.lastRequestAt + every;
    return this.holdUntil === null ? due : Math.max(due, this.holdUntil);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.members.size === 0 || this.inFlight || this.following()) return;
    const now = readClock();
    const due = this.nextPollAt(now);
    if (due === null) return;
    this.timer = setTimeout(() => this.tick(), Math.min(Math.max(0, due - now), MAX_TIMEOUT_MS));
  }

  private tick(): void {
    this.timer = undefined;
    const now = readClock();
    const due = this.nextPollAt(now);
    if (due === null) return;
    // Comparing against the clock again, rather than trusting the timer, covers timers that fire early.
    if (now < due) return this.schedule();
    // A hidden tab asks nothing and keeps no timer; becoming visible again resumes it (see listenForReturn).
    if (isHidden()) return;
    this.maybeStart('poll');
  }

  private onReturn(): void {
    if (this.members.size === 0 || this.inFlight || isHidden() || this.following()) return;
    const now = readClock();
    const recent = this.lastRequestAt !== null && now - this.lastRequestAt < FOCUS_THROTTLE_MS;
    if (this.isHeld(now) || recent) return this.schedule();
    this.maybeStart('return');
  }

  private maybeStart(_reason: 'mount' | 'poll' | 'return'): void {
    const [first] = this.members;
    // A follower waits for the leader's answer; the election settles within a task, then the leader asks at once.
    if (!first || this.inFlight || this.following()) return;
    // Recorded here too, in case the request never reaches track (a paused cache), so the timer can't spin.
    this.lastRequestAt = readClock();
    first.revalidate();
    this.schedule();
  }

  private listenForReturn(): () => void {
    const onReturn = () => this.onReturn();
    document.addEventListener('visibilitychange', onReturn);
    window.addEventListener('focus', onReturn);
    window.addEventListener('online', onReturn);
    return () => {
      document.removeEventListener('visibilitychange', onReturn);
      window.removeEventListener('focus', onReturn);
      window.removeEventListener('online', onReturn);
    };
  }
}

/** The poller for `key` within one SWR cache. */
export const sharedPoller: (cache: object, key: string) => SharedPoller = perCache((key) => new Poller(key));

/** A poller with an injected cross-tab election, for tests of the election's wiring. */
export function createSharedPoller(key: string, crossTab: CrossTabFactory): SharedPoller {
  return new Poller(key, crossTab);
}
