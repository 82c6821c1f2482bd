import { EASTERN_TIME_ZONE, formatInTimeZone, wallTimeToInstant } from '../src/server/zonedTime';

export { EASTERN_TIME_ZONE };

/** An instant as the value of a `datetime-local` input showing Eastern wall time: `2025-03-09T03:30`. */
export function easternInputValue(epochMs: number): string {
  return formatInTimeZone(epochMs, EASTERN_TIME_ZONE).slice(0, 16);
}

/** Reads a `datetime-local` value as Eastern wall time; a message instead when it names no real Eastern time. */
export function easternInputToInstant(value: string): { ok: true; ms: number } | { ok: false; message: string } {
  if (value.trim() === '') return { ok: false, message: 'Enter a date and time.' };
  const result = wallTimeToInstant(value, EASTERN_TIME_ZONE);
  if (result.ok) return result;
  return {
    ok: false,
    message:
      result.reason === 'skipped'
        ? 'That time does not exist in Eastern time: the clocks skip that hour when daylight saving time starts.'
        : 'Enter a real date and time.',
  };
}
