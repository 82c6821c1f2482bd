// Every conversion names its zone explicitly through Intl, so the server's own TZ setting never leaks in.

/** The zone VA.gov shows times in, and the one the admin page uses. */
export const EASTERN_TIME_ZONE = 'America/New_York';

const DAY_MS = 86_400_000;
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone name that Intl knows, such as `America/New_York`. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

function wallFieldsAt(ms: number, timeZone: string): WallFields {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year!,
    month: fields.month!,
    day: fields.day!,
    hour: fields.hour!,
    minute: fields.minute!,
    second: fields.second!,
  };
}

function fieldsAsUtc(f: WallFields): number {
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

/** The zone's offset from UTC at an instant, in ms (negative west of Greenwich). */
function offsetAt(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return fieldsAsUtc(wallFieldsAt(wholeSecond, timeZone)) - wholeSecond;
}

/** The result of {@link wallTimeToInstant}. */
export type WallTimeResult = { ok: true; ms: number } | { ok: false; reason: 'format' | 'no-such-date' | 'skipped' };

/**
 * Converts a wall-clock time such as `2025-03-09T03:30` in `timeZone` to an epoch instant.
 * A time that the zone skips when clocks spring forward is refused (`skipped`). A time that happens twice when
 * clocks fall back resolves to the first occurrence, which is the earlier, daylight-time instant.
 */
export function wallTimeToInstant(wallTime: string, timeZone: string): WallTimeResult {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return { ok: false, reason: 'format' };
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const requested: WallFields = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second };
  const asUtc = fieldsAsUtc(requested);
  const check = new Date(asUtc);
  if (
    year! < 1970 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() + 1 !== month ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    return { ok: false, reason: 'no-such-date' };
  }
  // Offsets a day either side cover both sides of any transition; keep the candidates the zone really shows.
  const offsets = new Set([offsetAt(asUtc - DAY_MS, timeZone), offsetAt(asUtc, timeZone), offsetAt(asUtc + DAY_MS, timeZone)]);
  const instants = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((candidate) => fieldsAsUtc(wallFieldsAt(candidate, timeZone)) === asUtc)
    .sort((a, b) => a - b);
  return instants.length ? { ok: true, ms: instants[0]! } : { ok: false, reason: 'skipped' };
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

/** An instant as ISO 8601 wall time in `timeZone` with its offset, such as `2025-03-09T03:30:00-04:00`. */
export function formatInTimeZone(ms: number, timeZone: string): string {
  const f = wallFieldsAt(ms, timeZone);
  const offsetMinutes = Math.round(offsetAt(ms, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return (
    `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}` +
    `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`
  );
}
