import { getDowntimeState } from '../core/getDowntimeState';
import type { DowntimeSnapshot, DowntimeState, DowntimeStateOptions } from '../core/types';

/**
 * Wraps {@link getDowntimeState} for one snapshot so that every instant between one decision and its
 * `nextChangeAt` returns the same state object. Nothing can change in between (that is what `nextChangeAt`
 * means), and a stable object spares re-renders and repeated announcements downstream.
 */
export function memoizeDowntimeState(
  snapshot: DowntimeSnapshot,
  options: Omit<DowntimeStateOptions, 'now'>,
): (now: number) => DowntimeState {
  let last: { now: number; state: DowntimeState } | undefined;
  return (now) => {
    if (last && now >= last.now && (last.state.nextChangeAt === null || now < last.state.nextChangeAt)) {
      return last.state;
    }
    const state = getDowntimeState(snapshot, { ...options, now });
    last = { now, state };
    return state;
  };
}
