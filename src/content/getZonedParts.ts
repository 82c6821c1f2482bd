import type { ZonedParts } from './types';

/** VA shows times in Eastern time. */
export const DEFAULT_TIME_ZONE = 'America/New_York';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      // en-US numbers only: the words come from the catalogs, so ICU versions can't change the copy.
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
        timeZoneName: 'short',
      });
    } catch {
      // An unknown zone name is a configuration slip; showing Eastern time beats showing nothing.
      formatter = formatterFor(DEFAULT_TIME_ZONE);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Reads the calendar date and wall-clock time of an instant in a zone.
 * An unknown zone falls back to Eastern time. `epochMs` must be finite.
 */
export function getZonedParts(epochMs: number, timeZone: string = DEFAULT_TIME_ZONE): ZonedParts {
  const formatter = formatterFor(timeZone);
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(epochMs)) fields[part.type] = part.value;
  const year = Number(fields.year);
  const month = Number(fields.month);
  const day = Number(fields.day);
  // Some engines write midnight as hour 24 even with h23.
  const hour = Number(fields.hour) % 24;
  // 1970-01-01 was a Thursday (4).
  const weekday = (((Math.floor(Date.UTC(year, month - 1, day) / DAY_MS) + 4) % 7) + 7) % 7;
  const minute = Number(fields.minute);
  // The wall clock read as if it were UTC, less the instant (both to the minute), is the offset in force.
  const utcOffsetMinutes = Math.round(
    (Date.UTC(year, month - 1, day, hour, minute) - Math.floor(epochMs / MINUTE_MS) * MINUTE_MS) / MINUTE_MS,
  );
  return {
    year,
    month,
    day,
    weekday,
    hour,
    minute,
    timeZone: formatter.resolvedOptions().timeZone,
    zoneName: fields.timeZoneName ?? '',
    utcOffsetMinutes,
  };
}
