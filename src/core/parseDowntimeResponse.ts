import type { DowntimeSnapshot, MaintenanceWindow, ServiceStatus } from './types';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// vets-api answers in camelCase when asked with X-Key-Inflection and snake_case otherwise; read either.
function pick(entry: Json, ...keys: string[]): unknown {
  for (const key of keys) if (key in entry) return entry[key];
  return undefined;
}

// A time without a zone would be read in the device's zone, which is how VA.gov got its time-zone bugs,
// so such strings are refused rather than guessed.
const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses an ISO 8601 instant that carries a zone; anything else is `NaN`. */
export function parseInstant(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim();
  const match = ISO_WITH_ZONE.exec(text);
  if (!match) return Number.NaN;
  // Date.parse rolls an impossible day such as 02-30 over into the next month instead of refusing it.
  if (Number(match[3]) > daysInMonth(Number(match[1]), Number(match[2]))) return Number.NaN;
  return Date.parse(text);
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

function parseWindow(raw: unknown, where: string, problems: string[]): MaintenanceWindow | null {
  // JSON:API rows keep their fields under `attributes`; backend_statuses rows are bare.
  const entry = isRecord(raw) && isRecord(raw.attributes) ? raw.attributes : raw;
  if (!isRecord(entry)) {
    problems.push(`${where}: expected an object, got ${describeValue(raw)}; entry dropped`);
    return null;
  }
  const service = pick(entry, 'externalService', 'external_service', 'service');
  if (typeof service !== 'string' || service.trim() === '') {
    problems.push(`${where}: external_service is ${describeValue(service)}, not a service id; entry dropped`);
    return null;
  }
  const rawStart = pick(entry, 'startTime', 'start_time', 'startsAt');
  const startsAt = parseInstant(rawStart);
  if (Number.isNaN(startsAt)) {
    problems.push(`${where} (${service}): start_time ${describeValue(rawStart)} is not an ISO instant with a zone; entry dropped`);
    return null;
  }
  const rawEnd = pick(entry, 'endTime', 'end_time', 'endsAt');
  let endsAt: number | null = null;
  if (rawEnd !== undefined && rawEnd !== null && rawEnd !== '') {
    endsAt = parseInstant(rawEnd);
    if (Number.isNaN(endsAt)) {
      problems.push(`${where} (${service}): end_time ${describeValue(rawEnd)} is not an ISO instant with a zone; entry dropped`);
      return null;
    }
    if (endsAt <= startsAt) {
      problems.push(`${where} (${service}): end_time is not after start_time; entry dropped`);
      return null;
    }
  }
  const rawId = isRecord(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? raw.id : entry.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `${service}@${startsAt}`;
  const rawDescription = entry.description;
  const description = typeof rawDescription === 'string' ? rawDescription.trim() : '';
  return { id, service: service.trim(), startsAt, endsAt, description };
}

function parseStatus(raw: unknown, where: string, problems: string[]): ServiceStatus | null {
  if (!isRecord(raw)) {
    problems.push(`${where}: expected an object, got ${describeValue(raw)}; entry dropped`);
    return null;
  }
  const service = pick(raw, 'serviceId', 'service_id');
  const status = raw.status;
  if (typeof service !== 'string' || service.trim() === '') {
    problems.push(`${where}: service_id is ${describeValue(service)}; entry dropped`);
    return null;
  }
  if (typeof status !== 'string') {
    problems.push(`${where} (${service}): status is ${describeValue(status)}; entry dropped`);
    return null;
  }
  return { service: service.trim(), status: status.trim().toLowerCase() };
}

function parseList<T>(
  list: unknown,
  name: string,
  problems: string[],
  parseEntry: (raw: unknown, where: string, problems: string[]) => T | null,
): T[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    problems.push(`${name}: expected a list, got ${describeValue(list)}; ignored`);
    return [];
  }
  const out: T[] = [];
  for (let index = 0; index < list.length; index++) {
    const where = `${name}[${index}]`;
    try {
      const parsed = parseEntry(list[index], where, problems);
      if (parsed) out.push(parsed);
    } catch (error) {
      // One unreadable entry (a throwing getter, say) must not cost the entries around it.
      problems.push(`${where}: could not be read (${errorMessage(error)}); entry dropped`);
    }
  }
  return out;
}

function errorMessage(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : undefined;
    return typeof message === 'string' ? message : 'unknown error';
  } catch {
    return 'unknown error';
  }
}

function emptySnapshot(problem: string): DowntimeSnapshot {
  return { windows: [], statuses: [], reportedAt: null, problems: [problem] };
}

function parseBody(body: unknown): DowntimeSnapshot {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return emptySnapshot('body: not JSON (an HTML error page from a gateway?); nothing read');
    }
  }
  if (Array.isArray(value)) {
    // The sitewide static file is a bare list of windows.
    const problems: string[] = [];
    const windows = parseList(value, 'windows', problems, parseWindow);
    return { windows, statuses: [], reportedAt: null, problems };
  }
  if (!isRecord(value)) return emptySnapshot(`body: expected a JSON object, got ${describeValue(value)}; nothing read`);
  if (Array.isArray(value.errors) && !('data' in value)) {
    const first = value.errors[0];
    const detail = isRecord(first) ? (first.code ?? first.title ?? first.detail) : undefined;
    return emptySnapshot(`body: an error response${typeof detail === 'string' ? ` (${detail})` : ''}; nothing read`);
  }
  const data = value.data;
  const problems: string[] = [];
  if (Array.isArray(data)) {
    // GET /v0/maintenance_windows (JSON:API). `type` has changed over the years, so it is not checked.
    return { windows: parseList(data, 'data', problems, parseWindow), statuses: [], reportedAt: null, problems };
  }
  const attributes = isRecord(data) && isRecord(data.attributes) ? data.attributes : isRecord(data) ? null : value;
  if (!attributes || !('statuses' in attributes || 'maintenanceWindows' in attributes || 'maintenance_windows' in attributes)) {
    return emptySnapshot('body: neither a backend_statuses nor a maintenance_windows response; nothing read');
  }
  const statuses = parseList(attributes.statuses, 'statuses', problems, parseStatus);
  const windows = parseList(
    pick(attributes, 'maintenanceWindows', 'maintenance_windows'),
    'maintenance_windows',
    problems,
    parseWindow,
  );
  const rawReported = pick(attributes, 'reportedAt', 'reported_at');
  let reportedAt: number | null = null;
  if (rawReported !== undefined && rawReported !== null) {
    const parsed = parseInstant(rawReported);
    if (Number.isNaN(parsed)) problems.push(`reported_at: ${describeValue(rawReported)} is not an ISO instant; ignored`);
    else reportedAt = parsed;
  }
  return { windows, statuses, reportedAt, problems };
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
  try {
    return parseBody(body);
  } catch (error) {
    // Getters on exotic objects can throw; the contract is that parsing never does.
    return emptySnapshot(`body: could not be read (${errorMessage(error)})`);
  }
}
