import { catalogEn } from './catalog.en';
import type { Catalog } from './types';

const MINUTE_MS = 60_000;

/**
 * Writes a length of time in hours and minutes ("30 minutes", "1 hour and 30 minutes", "2 hours").
 * Rounds to the nearest minute, but a positive span is never shown as 0.
 */
export function formatDuration(ms: number, catalog: Catalog = catalogEn): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.max(1, Math.round(ms / MINUTE_MS)) : 0;
  return catalog.time.duration(Math.floor(total / 60), total % 60);
}
