import { catalogEn } from './catalog.en';
import { DEFAULT_TIME_ZONE, getZonedParts } from './getZonedParts';
import type { TimeFormatOptions } from './types';

/**
 * Writes when a window runs, as a phrase to follow "Maintenance is scheduled":
 * "for Sunday, March 9, 2025, from 1:00 a.m. to 5:00 a.m. ET" within one day, both dates when it crosses
 * midnight, and "to start on Sunday, March 9, 2025, at 1:00 a.m. ET" when the end is unknown (`null`). A window
 * that spans a DST change labels each time with its own abbreviation ("from 1:30 a.m. EDT to 2:30 a.m. EST").
 * Gives `''` when the start isn't a finite number.
 */
export function formatWindowTime(
  startsAt: number,
  endsAt: number | null | undefined,
  options: TimeFormatOptions = {},
): string {
  if (!Number.isFinite(startsAt)) return '';
  const words = (options.catalog ?? catalogEn).time;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const start = getZonedParts(startsAt, timeZone);
  if (typeof endsAt !== 'number' || !Number.isFinite(endsAt) || endsAt <= startsAt) return words.from(start);
  const end = getZonedParts(endsAt, timeZone);
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  return sameDay ? words.sameDay(start, end) : words.twoDays(start, end);
}
