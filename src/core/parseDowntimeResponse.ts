import type { DowntimeSnapshot, MaintenanceWindow, ServiceStatus } from './types';

type Json = Record<string, unknown>;

/** An entry, or why it was dropped: the rest of its problem line after the entry's position, such as `: status is 7`. */
type Parsed<T> = T | string;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

// vets-api answers in camelCase when asked with X-Key-Inflection and snake_case otherwise; read either.
function pick(entry: Json, ...keys: string[]): unknown {
  for (const key of keys) if (key in entry) return entry[key];
}

// A time without a zone would be read in the device's zone, which is how VA.gov got its time-zone bugs,
// so such strings are refused rather than guessed. The groups are the date and its day.
const ISO_WITH_ZONE = /^(\d{4}-\d\d-(\d\d))T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d)$/i;

/** Parses an ISO 8601 instant that carries a zone; anything else is `NaN`. */
export function parseInstant(value: unknown): number {
  const text = typeof value === 'string' ? value.trim() : '';
  const match = ISO_WITH_ZONE.exec(text);
  // Date.parse rolls an impossible day such as 02-30 over into the next month instead of refusing it,
  // so the date alone must come back with the day it was given.
  return match && new Date(match[1]!).getUTCDate() === Number(match[2]) ? Date.parse(text) : NaN;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return typeof value;
  }
}

function notAnInstant(value: unknown): string {
  return `${describeValue(value)} is not an ISO instant with a zone`;
}

function unreadable(error: unknown): string {
  let message: unknown;
  try {
    message = error instanceof Error && error.message;
  } catch {
    // A hostile error can throw from its own getters; it still gets a line.
  }
  return `could not be read (${typeof message === 'string' ? message : 'unknown error'})`;
}

function parseWindow(raw: Json): Parsed<MaintenanceWindow> {
  // JSON:API rows keep their fields under `attributes`; backend_statuses rows are bare.
  const entry = isRecord(raw.attributes) ? raw.attributes : raw;
  const service = pick(entry, 'externalService', 'external_service', 'service');
  if (!isText(service)) return `: external_service is ${describeValue(service)}, not a service id`;
  const rawStart = pick(entry, 'startTime', 'start_time', 'startsAt');
  const startsAt = parseInstant(rawStart);
  if (Number.isNaN(startsAt)) return ` (${service}): start_time ${notAnInstant(rawStart)}`;
  const rawEnd = pick(entry, 'endTime', 'end_time', 'endsAt');
  const endsAt = rawEnd === undefined || rawEnd === null || rawEnd === '' ? null : parseInstant(rawEnd);
  if (Number.isNaN(endsAt)) return ` (${service}): end_time ${notAnInstant(rawEnd)}`;
  if (endsAt !== null && endsAt <= startsAt) return ` (${service}): end_time is not after start_time`;
  const idOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
  // A JSON:API row's own id wins over one inside its attributes; the static file has neither.
  const id = idOf(raw.id) ?? idOf(entry.id) ?? `${service}@${startsAt}`;
  const description = entry.description;
  return {
    id,
    service: service.trim(),
    startsAt,
    endsAt,
    description: typeof description === 'string' ? description.trim() : '',
  };
}

function parseStatus(raw: Json): Parsed<ServiceStatus> {
  const service = pick(raw, 'serviceId', 'service_id');
  const status = raw.status;
  if (!isText(service)) return `: service_id is ${describeValue(service)}`;
  if (typeof status !== 'string') return ` (${service}): status is ${describeValue(status)}`;
  return { service: service.trim(), status: status.trim().toLowerCase() };
}

function parseList<T>(list: unknown, name: string, problems: string[], parseEntry: (raw: Json) => Parsed<T>): T[] {
  if (!Array.isArray(list)) {
    // A missing list is an empty one.
    if (list !== undefined && list !== null) problems.push(`${name}: expected a list, got ${describeValue(list)}; ignored`);
    return [];
  }
  const out: T[] = [];
  for (let index = 0; index < list.length; index++) {
    let parsed: Parsed<T>;
    try {
      const raw: unknown = list[index];
      parsed = isRecord(raw) ? parseEntry(raw) : `: expected an object, got ${describeValue(raw)}`;
    } catch (error) {
      // One unreadable entry (a throwing getter, say) must not cost the entries around it.
      parsed = `: ${unreadable(error)}`;
    }
    if (typeof parsed === 'string') problems.push(`${name}[${index}]${parsed}; entry dropped`);
    else out.push(parsed);
  }
  return out;
}

function readLists(windowList: unknown, windowListName: string, attributes?: Json): DowntimeSnapshot {
  const problems: string[] = [];
  const statuses = parseList(attributes?.statuses, 'statuses', problems, parseStatus);
  const windows = parseList(windowList, windowListName, problems, parseWindow);
  const rawReported = attributes && pick(attributes, 'reportedAt', 'reported_at');
  let reportedAt = rawReported === undefined || rawReported === null ? null : parseInstant(rawReported);
  if (Number.isNaN(reportedAt)) {
    problems.push(`reported_at: ${notAnInstant(rawReported)}; ignored`);
    reportedAt = null;
  }
  return { windows, statuses, reportedAt, problems };
}

/** The snapshot, or why nothing in the body could be read. */
function parseBody(body: unknown): DowntimeSnapshot | string {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return 'not JSON (a gateway error page?)';
    }
  }
  // The sitewide static file is a bare list of windows.
  if (Array.isArray(value)) return readLists(value, 'windows');
  if (!isRecord(value)) return `expected an object, got ${describeValue(value)}`;
  if (Array.isArray(value.errors) && !('data' in value)) {
    const first = value.errors[0];
    const detail = isRecord(first) && (first.code ?? first.title ?? first.detail);
    return `an error response${typeof detail === 'string' ? ` (${detail})` : ''}`;
  }
  const data = value.data;
  // GET /v0/maintenance_windows (JSON:API). `type` has changed over the years, so it is not checked.
  if (Array.isArray(data)) return readLists(data, 'data');
  const attributes = isRecord(data) ? (isRecord(data.attributes) ? data.attributes : undefined) : value;
  if (!attributes || !['statuses', 'maintenanceWindows', 'maintenance_windows'].some((key) => key in attributes)) {
    return 'not a backend_statuses or maintenance_windows response';
  }
  return readLists(pick(attributes, 'maintenanceWindows', 'maintenance_windows'), 'maintenance_windows', attributes);
}

/**
 * Reads the body of `GET /v0/backend_statuses` or `GET /v0/maintenance_windows` (camelCase or snake_case).
 * Never throws: bad entries are dropped and each adds a line to `problems`.
 *
 * @example
 * const snapshot = parseDowntimeResponse(await response.json());
 * if (snapshot.problems.length) console.warn(snapshot.problems);
 */
export function parseDowntimeResponse(body: unknown): DowntimeSnapshot {
  let parsed: DowntimeSnapshot | string;
  try {
    parsed = parseBody(body);
  } catch (error) {
    // Getters on exotic objects can throw; the contract is that parsing never does.
    parsed = unreadable(error);
  }
  return typeof parsed === 'string'
    ? { windows: [], statuses: [], reportedAt: null, problems: [`body: ${parsed}; nothing read`] }
    : parsed;
}
