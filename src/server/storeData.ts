import type { MockFailure } from '../mocks/mockScenario';

/** The file format this server writes. Bumped only when the layout changes incompatibly. */
export const STORE_FORMAT = 1;

/** How many audit entries the store keeps; older ones are dropped first. */
export const HISTORY_LIMIT = 1000;

/** Where a window came from. */
export type WindowSource = 'admin' | 'scenario' | 'pagerduty';

/** A scheduled maintenance window. Times are UTC ISO instants (`...Z`). */
export interface StoredWindow {
  /** Integer id, like a vets-api row id. */
  id: number;
  service: string;
  startsAt: string;
  /** `null` for an open-ended window. */
  endsAt: string | null;
  description: string;
  source: WindowSource;
  /** The PagerDuty window id, for rows that came from an import. */
  pagerDutyId?: string;
}

/** `critical` is a triggered PagerDuty incident; `warning` an acknowledged one. */
export type OutageSeverity = 'critical' | 'warning';

/** A current (unplanned) outage, published by an admin or opened by a monitor. */
export interface StoredOutage {
  id: number;
  service: string;
  /** Veteran-facing text; `''` for monitor outages, which carry no message. */
  message: string;
  severity: OutageSeverity;
  source: 'admin' | 'datadog';
  /** The Datadog monitor that opened it. */
  monitorId?: string;
  /** The monitor's alert title, for the admin list only. */
  title?: string;
  startedAt: string;
  expectedEndAt: string | null;
  /** `null` while the outage is open. */
  endedAt: string | null;
}

/** One line of the audit log. */
export interface AuditEntry {
  /** Real (not offset) UTC time of the change. */
  at: string;
  /** The admin token's label, `datadog`, or `cli`. */
  who: string;
  /** A dotted verb such as `window.create` or `outage.end`. */
  action: string;
  summary: string;
  /** The store version this change produced. */
  version: number;
}

/** Everything the server persists. */
export interface StoreData {
  format: typeof STORE_FORMAT;
  /** Increments on every write; clients send it back in `If-Match`. */
  version: number;
  nextId: number;
  /** Added to the real clock, to preview the schedule at another time. */
  timeOffsetMs: number;
  /** The last scenario loaded, for display only. */
  scenario: string | null;
  /** When set, the vets-api endpoints fail this way (from the `api-error`-style scenarios). */
  failure: MockFailure | null;
  /** PagerDuty status set by hand per service id. Services not listed are `active`. */
  incidents: Record<string, string>;
  windows: StoredWindow[];
  outages: StoredOutage[];
  history: AuditEntry[];
}

/** A store with nothing in it. */
export function emptyStore(): StoreData {
  return {
    format: STORE_FORMAT,
    version: 0,
    nextId: 1,
    timeOffsetMs: 0,
    scenario: null,
    failure: null,
    incidents: {},
    windows: [],
    outages: [],
    history: [],
  };
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && UTC_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

function isInstantOrNull(value: unknown): value is string | null {
  return value === null || isInstant(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function checkWindow(raw: unknown, where: string, problems: string[]): void {
  if (!isRecord(raw)) return void problems.push(`${where}: not an object`);
  if (!isCount(raw.id)) problems.push(`${where}.id: not a non-negative integer`);
  if (typeof raw.service !== 'string' || raw.service === '') problems.push(`${where}.service: not a service id`);
  if (!isInstant(raw.startsAt)) problems.push(`${where}.startsAt: not a UTC instant`);
  if (!isInstantOrNull(raw.endsAt)) problems.push(`${where}.endsAt: not a UTC instant or null`);
  if (typeof raw.description !== 'string') problems.push(`${where}.description: not a string`);
  if (!['admin', 'scenario', 'pagerduty'].includes(raw.source as string)) problems.push(`${where}.source: unknown`);
}

function checkOutage(raw: unknown, where: string, problems: string[]): void {
  if (!isRecord(raw)) return void problems.push(`${where}: not an object`);
  if (!isCount(raw.id)) problems.push(`${where}.id: not a non-negative integer`);
  if (typeof raw.service !== 'string' || raw.service === '') problems.push(`${where}.service: not a service id`);
  if (typeof raw.message !== 'string') problems.push(`${where}.message: not a string`);
  if (raw.severity !== 'critical' && raw.severity !== 'warning') problems.push(`${where}.severity: unknown`);
  if (raw.source !== 'admin' && raw.source !== 'datadog') problems.push(`${where}.source: unknown`);
  if (!isInstant(raw.startedAt)) problems.push(`${where}.startedAt: not a UTC instant`);
  if (!isInstantOrNull(raw.expectedEndAt)) problems.push(`${where}.expectedEndAt: not a UTC instant or null`);
  if (!isInstantOrNull(raw.endedAt)) problems.push(`${where}.endedAt: not a UTC instant or null`);
}

function checkList(raw: unknown, name: string, problems: string[], check: (item: unknown, where: string, problems: string[]) => void) {
  if (!Array.isArray(raw)) return void problems.push(`${name}: not a list`);
  raw.forEach((item, index) => check(item, `${name}[${index}]`, problems));
}

/** The result of {@link parseStoreData}. */
export type ParsedStore = { ok: true; data: StoreData } | { ok: false; problems: string[] };

/**
 * Checks that a value read from disk is a complete store. All or nothing: a store with one bad entry is
 * refused whole, because repairing it silently could publish or drop an outage nobody asked for.
 */
export function parseStoreData(raw: unknown): ParsedStore {
  const problems: string[] = [];
  if (!isRecord(raw)) return { ok: false, problems: ['store: not a JSON object'] };
  if (raw.format !== STORE_FORMAT) problems.push(`format: expected ${STORE_FORMAT}, got ${JSON.stringify(raw.format)}`);
  if (!isCount(raw.version)) problems.push('version: not a non-negative integer');
  if (!isCount(raw.nextId)) problems.push('nextId: not a non-negative integer');
  if (typeof raw.timeOffsetMs !== 'number' || !Number.isSafeInteger(raw.timeOffsetMs)) problems.push('timeOffsetMs: not an integer');
  if (raw.scenario !== null && typeof raw.scenario !== 'string') problems.push('scenario: not a string or null');
  if (raw.failure !== null && !(isRecord(raw.failure) && typeof raw.failure.status === 'number')) {
    problems.push('failure: not a failure or null');
  }
  if (!isRecord(raw.incidents) || Object.values(raw.incidents).some((s) => typeof s !== 'string')) {
    problems.push('incidents: not a map of service id to status');
  }
  checkList(raw.windows, 'windows', problems, checkWindow);
  checkList(raw.outages, 'outages', problems, checkOutage);
  checkList(raw.history, 'history', problems, (item, where, list) => {
    if (!isRecord(item) || typeof item.at !== 'string' || typeof item.who !== 'string' || typeof item.action !== 'string') {
      list.push(`${where}: not an audit entry`);
    }
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, data: raw as unknown as StoreData };
}
