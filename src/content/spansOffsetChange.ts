import type { ZonedParts } from './types';

/**
 * True when a window's start and end fall in different UTC offsets of the zone, as across a DST change. One zone
 * label for both would then make the times and the length disagree, so each time gets its own abbreviation.
 */
export function spansOffsetChange(start: ZonedParts, end: ZonedParts): boolean {
  return start.utcOffsetMinutes !== end.utcOffsetMinutes;
}

/** The zone's abbreviation at that instant ("EDT", "EST"), for a time that must say which offset it is in. */
export function offsetLabel(p: ZonedParts, fallback: string): string {
  return p.zoneName || fallback;
}
