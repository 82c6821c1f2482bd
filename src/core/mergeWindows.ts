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
  for (const { id, service, startsAt, endsAt, description } of sorted) {
    let span = spans.at(-1);
    if (span && (span.endsAt === null || startsAt <= span.endsAt)) {
      span.endsAt = span.endsAt === null || endsAt === null ? null : Math.max(span.endsAt, endsAt);
    } else {
      span = { service, startsAt, endsAt, ids: [], messages: [] };
      spans.push(span);
    }
    span.ids.push(id);
    if (description && !span.messages.includes(description)) span.messages.push(description);
  }
  return spans;
}
