import { useEffect, useReducer } from 'react';

/**
 * The device clock, in epoch ms. The only place the library reads the time. `Date.now` is looked up on every
 * call, not stored, so fake timers and spies installed after this module loads still apply.
 *
 * @pure false
 */
export const readClock = (): number => Date.now();

// setTimeout fires at once for delays above 2^31 - 1 ms (about 24.8 days), so long waits are taken in steps.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Options for {@link useNow}. */
export interface UseNowOptions {
  /** The instant at which the caller's output next changes; the hook re-renders exactly then. A function gets the current instant. `null` schedules nothing. @defaultValue null */
  nextChangeAt?: number | null | ((now: number) => number | null);
  /** Return this instant instead of reading the clock; no timer or listener runs. @defaultValue undefined */
  frozen?: number | Date;
  /** Added to the device clock, so that a caller can follow the server's time when the device clock is wrong. @defaultValue 0 */
  offsetMs?: number;
}

function toEpoch(value: number | Date): number {
  return typeof value === 'number' ? value : value.getTime();
}

/**
 * The current instant in epoch ms, read at each render. It re-renders once at `nextChangeAt` with one timer,
 * and again on `visibilitychange` or window focus if that instant has passed meanwhile, because browsers throttle
 * timers in background tabs. It never ticks on its own and never counts down.
 *
 * @pure false
 * @example
 * const now = useNow({ nextChangeAt: (t) => decide(t).nextChangeAt });
 * const state = decide(now);
 */
export function useNow(options: UseNowOptions = {}): number {
  const { frozen, offsetMs = 0, nextChangeAt = null } = options;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const now = frozen === undefined ? readClock() + offsetMs : toEpoch(frozen);
  const target = frozen === undefined ? (typeof nextChangeAt === 'function' ? nextChangeAt(now) : nextChangeAt) : null;

  useEffect(() => {
    if (target === null || !Number.isFinite(target)) return;
    const deviceTarget = target - offsetMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      const wait = deviceTarget - readClock();
      // Comparing against the clock again, rather than trusting the timer, covers timers that fire early or late.
      if (wait <= 0) rerender();
      else timer = setTimeout(arm, Math.min(wait, MAX_TIMEOUT_MS));
    };
    const recheck = () => {
      if (document.visibilityState !== 'hidden' && readClock() >= deviceTarget) rerender();
    };
    arm();
    document.addEventListener('visibilitychange', recheck);
    window.addEventListener('focus', recheck);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', recheck);
      window.removeEventListener('focus', recheck);
    };
  }, [target, offsetMs]);

  return now;
}
