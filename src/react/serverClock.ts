import { perCache } from './perCache';

// A Date header carries whole seconds, so the server's clock may be up to this far past it.
const DATE_HEADER_SLACK_MS = 999;

/**
 * How far behind the server's clock vets-api's `reportedAt` may be: it is the time of vets-api's last PagerDuty
 * call, cached for 60 s and refreshed every minute. Used only when the `Date` header can't be read.
 */
export const REPORTED_AT_MAX_AGE_MS = 120_000;

/** One response's evidence about the server's clock. Device times come from `readClock()`. */
export interface ClockReading {
  /** Server time the response carried (its `Date` header, or `reportedAt`). */
  serverTime: number;
  /** How far past `serverTime` the server's clock may have been when it answered. */
  slackMs: number;
  /** Device time the request was sent. */
  sentAt: number;
  /** Device time the response arrived. */
  receivedAt: number;
}

/** The reading a response gives: its `Date` header if readable, else the body's `reportedAt`, else nothing. */
export function clockReading(
  evidence: { dateHeader: number | null; reportedAt: number | null },
  sentAt: number,
  receivedAt: number,
): ClockReading | null {
  if (evidence.dateHeader !== null) return { serverTime: evidence.dateHeader, slackMs: DATE_HEADER_SLACK_MS, sentAt, receivedAt };
  if (evidence.reportedAt !== null) return { serverTime: evidence.reportedAt, slackMs: REPORTED_AT_MAX_AGE_MS, sentAt, receivedAt };
  return null;
}

/**
 * Server time minus device time, in ms, after one more response. The reading bounds the true offset from both
 * sides; an offset already inside those bounds is kept, so a correct device clock stays uncorrected and an
 * estimate doesn't wobble from poll to poll. Outside them, the device clock is wrong, and the server's own
 * reading is taken as the time the response arrived.
 */
export function estimateClockOffset(previousMs: number, reading: ClockReading): number {
  const lowest = reading.serverTime - reading.receivedAt;
  const highest = reading.serverTime + reading.slackMs - reading.sentAt;
  if (!Number.isFinite(lowest) || !Number.isFinite(highest)) return previousMs;
  return previousMs >= lowest && previousMs <= highest ? previousMs : lowest;
}

/** The page's estimate of the server's clock, shared by every hook on one SWR cache. */
export interface ServerClock {
  /** Server time minus device time, in ms; 0 until a response shows the device clock is off. */
  getOffsetMs(): number;
  /** Folds in one response's reading and tells subscribers if the estimate moved. */
  observe(reading: ClockReading | null): void;
  /** Calls `listener` whenever the offset changes; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

function createServerClock(): ServerClock {
  let offsetMs = 0;
  const listeners = new Set<() => void>();
  return {
    getOffsetMs: () => offsetMs,
    observe(reading) {
      if (!reading) return;
      const next = estimateClockOffset(offsetMs, reading);
      if (next === offsetMs) return;
      offsetMs = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const clocks = perCache(createServerClock);

/** The server clock for one SWR cache. */
export function sharedServerClock(cache: object): ServerClock {
  return clocks(cache, '');
}
