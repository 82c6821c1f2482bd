import type { MaintenanceWindow } from './types';

/** Windows of one service that overlap or touch, merged into one continuous span. */
export interface WindowSpan {
  service: string;
  startsAt: number;
  /** `null` when any merged window is open-ended. */
  endsAt: number | null;
  /** Ids of the merged windows, in start order. */
  ids: string[];
  /** Distinct non-empty descriptions, in start order. */
  messages: string[];
}

/**
 * Merges one service's windows into disjoint spans sorted by start. The input order never matters,
 * because vets-api returns rows in database order and two windows for one service are common.
 */
export function mergeWindows(windows: readonly MaintenanceWindow[]): WindowSpan[] {
  const sorted = [...windows].sort((a, b) => a.startsAt - b.startsAt || (a.endsAt ?? Infinity) - (b.endsAt ?? Infinity));
  const spans: WindowSpan[] = [];
  let current: WindowSpan | undefined;
  for (const window of sorted) {
    if (current && (current.endsAt === null || window.startsAt <= current.endsAt)) {
      current.endsAt = current.endsAt === null || window.endsAt === null ? null : Math.max(current.endsAt, window.endsAt);
      current.ids.push(window.id);
      if (window.description && !current.messages.includes(window.description)) current.messages.push(window.description);
      continue;
    }
    current = {
      service: window.service,
      startsAt: window.startsAt,
      endsAt: window.endsAt,
      ids: [window.id],
      messages: window.description ? [window.description] : [],
    };
    spans.push(current);
  }
  return spans;
}
