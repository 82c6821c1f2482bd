import { parseInstant } from '../core/parseDowntimeResponse';
import { SCENARIO_NAMES, isScenarioName, type ScenarioName } from '../mocks/scenarios';
import { validationProblem } from './httpProblem';
import { isServiceId } from './serviceNames';
import { isTimeZone, wallTimeToInstant } from './zonedTime';

/** The longest description or outage message accepted, in characters. */
export const MAX_TEXT_LENGTH = 1000;
/** The furthest the clock may be shifted either way: 100 years, enough for any preview, and a guard against unit slips. */
export const MAX_TIME_OFFSET_MS = 100 * 366 * 86_400_000;

/** The PagerDuty-style statuses an admin can set by hand. */
export const SETTABLE_STATUSES = ['active', 'warning', 'critical', 'maintenance'] as const;
/** One of {@link SETTABLE_STATUSES}. */
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** A window as the admin API accepts it, times resolved to epoch ms. */
export interface WindowInput {
  service: string;
  startsAt: number;
  endsAt: number | null;
  description: string;
}

/** An outage as the admin API accepts it. */
export interface OutageInput {
  service: string;
  message: string;
  expectedEndAt: number | null;
}

type Json = Record<string, unknown>;
type Errors = Record<string, string>;

const WALL_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

function requireObject(body: unknown): Json {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationProblem({ body: 'The body must be a JSON object.' });
  }
  return body as Json;
}

function rejectUnknown(body: Json, allowed: readonly string[], errors: Errors): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) errors[key] = `Unknown field; expected one of: ${allowed.join(', ')}.`;
  }
}

function readZone(body: Json, errors: Errors): string | undefined {
  if (body.timeZone === undefined) return undefined;
  if (!isTimeZone(body.timeZone)) {
    errors.timeZone = 'timeZone must be an IANA time zone name such as America/New_York.';
    return undefined;
  }
  return body.timeZone;
}

/** Reads a time given as an ISO instant with an offset, or as wall time in `timeZone`; `undefined` after an error. */
function readTime(value: unknown, field: string, timeZone: string | undefined, zoneInvalid: boolean, errors: Errors): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    errors[field] = `${field} must be a time such as 2025-03-09T07:30:00Z, or 2025-03-09T03:30 with timeZone.`;
    return undefined;
  }
  const text = value.trim();
  const instant = parseInstant(text);
  if (!Number.isNaN(instant)) return instant;
  if (!WALL_TIME_SHAPE.test(text)) {
    errors[field] = `${field} "${text}" is not a time. Use an ISO time with an offset (2025-03-09T07:30:00Z) or a wall time (2025-03-09T03:30) with timeZone.`;
    return undefined;
  }
  if (zoneInvalid) return undefined;
  if (!timeZone) {
    errors[field] = `${field} "${text}" has no offset. Add one (such as -05:00), or send timeZone: "America/New_York".`;
    return undefined;
  }
  const result = wallTimeToInstant(text, timeZone);
  if (result.ok) return result.ms;
  errors[field] =
    result.reason === 'skipped'
      ? `${field} ${text} does not exist in ${timeZone}: the clocks skip that hour when daylight saving time starts.`
      : `${field} ${text} is not a real date and time.`;
  return undefined;
}

function readText(value: unknown, field: string, required: boolean, errors: Errors): string | undefined {
  if (value === undefined || value === null) {
    if (required) errors[field] = `${field} is required.`;
    return required ? undefined : '';
  }
  if (typeof value !== 'string') {
    errors[field] = `${field} must be text.`;
    return undefined;
  }
  const text = value.trim();
  if (required && text === '') errors[field] = `${field} must not be empty.`;
  else if (text.length > MAX_TEXT_LENGTH) errors[field] = `${field} is ${text.length} characters; the limit is ${MAX_TEXT_LENGTH}.`;
  else return text;
  return undefined;
}

function readService(value: unknown, errors: Errors): string | undefined {
  if (value === undefined) errors.service = 'service is required.';
  else if (!isServiceId(value)) errors.service = 'service must be a vets-api service id such as logingov, idme, dslogon, mhv or global.';
  else return value;
  return undefined;
}

const WINDOW_FIELDS = ['service', 'startsAt', 'endsAt', 'description', 'timeZone'] as const;

/** Reads a window for `POST /admin/api/windows`. Throws a 400 listing every bad field. */
export function readWindowCreate(raw: unknown): WindowInput {
  const body = requireObject(raw);
  const errors: Errors = {};
  rejectUnknown(body, WINDOW_FIELDS, errors);
  const zone = readZone(body, errors);
  const zoneInvalid = 'timeZone' in errors;
  const service = readService(body.service, errors);
  let startsAt: number | undefined;
  if (body.startsAt === undefined) errors.startsAt = 'startsAt is required.';
  else startsAt = readTime(body.startsAt, 'startsAt', zone, zoneInvalid, errors);
  const endsAt = body.endsAt === undefined || body.endsAt === null ? null : readTime(body.endsAt, 'endsAt', zone, zoneInvalid, errors);
  const description = readText(body.description, 'description', false, errors);
  if (startsAt !== undefined && typeof endsAt === 'number' && endsAt <= startsAt) errors.endsAt = 'endsAt must be after startsAt.';
  if (Object.keys(errors).length) throw validationProblem(errors);
  return { service: service!, startsAt: startsAt!, endsAt: endsAt ?? null, description: description! };
}

/** Reads a partial window for `PATCH /admin/api/windows/:id`; the end-after-start check happens on the merged window. */
export function readWindowPatch(raw: unknown): Partial<WindowInput> {
  const body = requireObject(raw);
  const errors: Errors = {};
  rejectUnknown(body, WINDOW_FIELDS, errors);
  const zone = readZone(body, errors);
  const zoneInvalid = 'timeZone' in errors;
  const patch: Partial<WindowInput> = {};
  if (body.service !== undefined) {
    const service = readService(body.service, errors);
    if (service !== undefined) patch.service = service;
  }
  if (body.startsAt !== undefined) {
    const startsAt = readTime(body.startsAt, 'startsAt', zone, zoneInvalid, errors);
    if (startsAt !== undefined) patch.startsAt = startsAt;
  }
  if (body.endsAt === null) patch.endsAt = null;
  else if (body.endsAt !== undefined) {
    const endsAt = readTime(body.endsAt, 'endsAt', zone, zoneInvalid, errors);
    if (endsAt !== undefined) patch.endsAt = endsAt;
  }
  if (body.description !== undefined) {
    const description = readText(body.description, 'description', false, errors);
    if (description !== undefined) patch.description = description;
  }
  if (!Object.keys(errors).length && !WINDOW_FIELDS.some((key) => key !== 'timeZone' && key in body)) {
    errors.body = 'Send at least one of service, startsAt, endsAt, description.';
  }
  if (Object.keys(errors).length) throw validationProblem(errors);
  return patch;
}

/** Reads an outage for `POST /admin/api/outages`. An expected end, when given, must be after `now`. */
export function readOutage(raw: unknown, now: number): OutageInput {
  const body = requireObject(raw);
  const errors: Errors = {};
  rejectUnknown(body, ['service', 'message', 'expectedEndAt', 'timeZone'], errors);
  const zone = readZone(body, errors);
  const service = readService(body.service, errors);
  const message = readText(body.message, 'message', true, errors);
  let expectedEndAt: number | null = null;
  if (body.expectedEndAt !== undefined && body.expectedEndAt !== null) {
    const end = readTime(body.expectedEndAt, 'expectedEndAt', zone, 'timeZone' in errors, errors);
    if (end !== undefined && end <= now) errors.expectedEndAt = 'expectedEndAt must be in the future.';
    else if (end !== undefined) expectedEndAt = end;
  }
  if (Object.keys(errors).length) throw validationProblem(errors);
  return { service: service!, message: message!, expectedEndAt };
}

/** Reads `{ status }` for `PUT /admin/api/incidents/:service`. */
export function readIncidentStatus(raw: unknown): SettableStatus {
  const body = requireObject(raw);
  const errors: Errors = {};
  rejectUnknown(body, ['status'], errors);
  if (!(SETTABLE_STATUSES as readonly unknown[]).includes(body.status)) {
    errors.status = `status must be one of: ${SETTABLE_STATUSES.join(', ')}.`;
  }
  if (Object.keys(errors).length) throw validationProblem(errors);
  return body.status as SettableStatus;
}

/** Reads `{ name }` for `POST /admin/api/scenario`. */
export function readScenarioName(raw: unknown): ScenarioName {
  const body = requireObject(raw);
  const errors: Errors = {};
  rejectUnknown(body, ['name'], errors);
  if (!isScenarioName(body.name)) errors.name = `name must be one of: ${SCENARIO_NAMES.join(', ')}.`;
  if (Object.keys(errors).length) throw validationProblem(errors);
  return body.name as ScenarioName;
}

/**
 * Reads `PUT /admin/api/time`: either `{ offsetMs }`, or `{ at, timeZone? }` meaning "make the server's clock read
 * `at` now". Returns the offset from the real clock.
 */
export function readTimeOffset(raw: unknown, realNow: number): number {
  const body = requireObject(raw);
  const errors: Errors = {};
  rejectUnknown(body, ['offsetMs', 'at', 'timeZone'], errors);
  let offset: number | undefined;
  if (body.offsetMs !== undefined && body.at !== undefined) errors.body = 'Send either offsetMs or at, not both.';
  else if (body.offsetMs !== undefined) {
    if (typeof body.offsetMs !== 'number' || !Number.isSafeInteger(body.offsetMs)) errors.offsetMs = 'offsetMs must be a whole number of milliseconds.';
    else offset = body.offsetMs;
  } else if (body.at !== undefined) {
    const zone = readZone(body, errors);
    const at = readTime(body.at, 'at', zone, 'timeZone' in errors, errors);
    if (at !== undefined) offset = at - realNow;
  } else errors.body = 'Send offsetMs (0 for the real time) or at.';
  if (offset !== undefined && Math.abs(offset) > MAX_TIME_OFFSET_MS) {
    errors[body.at !== undefined ? 'at' : 'offsetMs'] = 'The clock can be moved at most 100 years either way.';
  }
  if (Object.keys(errors).length) throw validationProblem(errors);
  return offset!;
}
