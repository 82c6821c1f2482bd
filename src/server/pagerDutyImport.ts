import { parseInstant } from '../core/parseDowntimeResponse';
import { validationProblem } from './httpProblem';
import type { AppliedChange } from './mockStore';
import { serviceIdFromPagerDutyName } from './serviceNames';
import type { StoreData } from './storeData';

const USER_MESSAGE = 'USER_MESSAGE:';
const MAX_WINDOWS = 500;

/** The Veteran-facing part of a PagerDuty description: the text after `USER_MESSAGE:`, trimmed, or `''`. */
export function extractUserMessage(description: unknown): string {
  if (typeof description !== 'string') return '';
  const index = description.indexOf(USER_MESSAGE);
  return index < 0 ? '' : description.slice(index + USER_MESSAGE.length).trim();
}

/** One row to sync: a PagerDuty window on one service. */
interface ImportRow {
  pagerDutyId: string;
  service: string;
  startsAt: number;
  endsAt: number | null;
  description: string;
}

/** A service in the payload that maps to no vets-api service id. */
export interface SkippedService {
  maintenanceWindow: string;
  service: string;
  reason: string;
}

/** What a PagerDuty import did, by window id. */
export interface ImportResult {
  created: number[];
  updated: number[];
  unchanged: number[];
  deleted: number[];
  skipped: SkippedService[];
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads PagerDuty's `GET /maintenance_windows` body into rows, one per (window, service). Throws a 400 per bad field. */
export function readPagerDutyWindows(raw: unknown): { rows: ImportRow[]; skipped: SkippedService[] } {
  if (!isRecord(raw)) throw validationProblem({ body: 'The body must be a JSON object with a maintenance_windows list.' });
  const list = raw.maintenance_windows;
  if (!Array.isArray(list)) throw validationProblem({ maintenance_windows: 'maintenance_windows must be a list.' });
  if (list.length > MAX_WINDOWS) throw validationProblem({ maintenance_windows: `At most ${MAX_WINDOWS} windows per import.` });
  const errors: Record<string, string> = {};
  const rows: ImportRow[] = [];
  const skipped: SkippedService[] = [];
  list.forEach((entry, index) => {
    const where = `maintenance_windows[${index}]`;
    if (!isRecord(entry)) return void (errors[where] = 'Each maintenance window must be an object.');
    const id = typeof entry.id === 'string' || typeof entry.id === 'number' ? String(entry.id).trim() : '';
    if (id === '') errors[`${where}.id`] = 'id is required.';
    const startsAt = parseInstant(entry.start_time);
    if (Number.isNaN(startsAt)) errors[`${where}.start_time`] = 'start_time must be an ISO time with an offset.';
    let endsAt: number | null = null;
    if (entry.end_time !== undefined && entry.end_time !== null) {
      endsAt = parseInstant(entry.end_time);
      if (Number.isNaN(endsAt)) errors[`${where}.end_time`] = 'end_time must be an ISO time with an offset.';
      else if (!Number.isNaN(startsAt) && endsAt <= startsAt) errors[`${where}.end_time`] = 'end_time must be after start_time.';
    }
    if (entry.description !== undefined && entry.description !== null && typeof entry.description !== 'string') {
      errors[`${where}.description`] = 'description must be text.';
    }
    if (!Array.isArray(entry.services) || entry.services.length === 0) {
      return void (errors[`${where}.services`] = 'services must list at least one service.');
    }
    const description = extractUserMessage(entry.description);
    entry.services.forEach((service: unknown, serviceIndex: number) => {
      const name = isRecord(service) ? (service.summary ?? service.name) : undefined;
      if (typeof name !== 'string') {
        errors[`${where}.services[${serviceIndex}]`] = 'Each service needs a summary (its name, such as "External: Login.gov").';
        return;
      }
      const serviceId = serviceIdFromPagerDutyName(name);
      if (!serviceId) skipped.push({ maintenanceWindow: id, service: name, reason: 'No vets-api service has this name.' });
      else if (!errors[`${where}.id`]) rows.push({ pagerDutyId: id, service: serviceId, startsAt, endsAt, description });
    });
  });
  if (Object.keys(errors).length) throw validationProblem(errors);
  return { rows, skipped };
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/**
 * Syncs imported rows the way vets-api's PollMaintenanceWindows job does: upsert by (PagerDuty id, service), then
 * delete imported windows that have not ended and are no longer in PagerDuty's list. Windows created by hand or by a
 * scenario are never touched. Unlike vets-api, which deletes by PagerDuty id alone, a service dropped from a window
 * that is still listed loses its row too.
 */
export function importPagerDuty(draft: StoreData, rows: ImportRow[], skipped: SkippedService[], now: number): AppliedChange<ImportResult> {
  const result: ImportResult = { created: [], updated: [], unchanged: [], deleted: [], skipped };
  const keyOf = (pagerDutyId: string | undefined, service: string) => `${pagerDutyId}\u0000${service}`;
  const listed = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row.pagerDutyId, row.service);
    if (listed.has(key)) continue;
    listed.add(key);
    const fields = { startsAt: iso(row.startsAt)!, endsAt: iso(row.endsAt), description: row.description };
    const existing = draft.windows.find((w) => w.source === 'pagerduty' && keyOf(w.pagerDutyId, w.service) === key);
    if (!existing) {
      const id = draft.nextId++;
      draft.windows.push({ id, service: row.service, ...fields, source: 'pagerduty', pagerDutyId: row.pagerDutyId });
      result.created.push(id);
    } else if (existing.startsAt !== fields.startsAt || existing.endsAt !== fields.endsAt || existing.description !== fields.description) {
      Object.assign(existing, fields);
      result.updated.push(existing.id);
    } else result.unchanged.push(existing.id);
  }
  draft.windows = draft.windows.filter((w) => {
    const stillOpen = w.endsAt === null || Date.parse(w.endsAt) > now;
    const gone = w.source === 'pagerduty' && stillOpen && !listed.has(keyOf(w.pagerDutyId, w.service));
    if (gone) result.deleted.push(w.id);
    return !gone;
  });
  if (!result.created.length && !result.updated.length && !result.deleted.length) return { result, unchanged: true };
  return {
    result,
    action: 'pagerduty.import',
    summary: `Imported PagerDuty windows: ${result.created.length} created, ${result.updated.length} updated, ${result.deleted.length} deleted`,
  };
}
