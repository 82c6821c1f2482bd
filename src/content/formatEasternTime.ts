import { catalogEn } from './catalog.en';
import { DEFAULT_TIME_ZONE, getZonedParts } from './getZonedParts';
import type { TimeFormatOptions } from './types';

/**
 * Writes one instant in VA style, in Eastern time unless told otherwise:
 * "Sunday, March 9, 2025, 2:00 a.m. ET". Gives `''` for an instant that isn't a finite number.
 */
export function formatEasternTime(epochMs: number, options: TimeFormatOptions = {}): string {
  if (!Number.isFinite(epochMs)) return '';
  const parts = getZonedParts(epochMs, options.timeZone ?? DEFAULT_TIME_ZONE);
  return (options.catalog ?? catalogEn).time.instant(parts);
}
