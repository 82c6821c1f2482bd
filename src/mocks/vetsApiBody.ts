import type { MockScenario, MockWindow } from './mockScenario';

/** How vets-api inflects keys: camelCase when the client sends `X-Key-Inflection: camel`. */
export type KeyCase = 'camel' | 'snake';

/** PagerDuty display names as vets-api reports them (prefix `External: ` stripped), by service id. */
export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  caseflow: 'Appeals',
  dslogon: 'DS Logon',
  evss: 'EVSS',
  idme: 'ID.me',
  logingov: 'Login.gov',
  mvi: 'Master Persons Index (MPI)',
  mhv: 'My Health eVet (MHV)',
  ssoe: 'SSOe',
  ssoe_oauth: 'SSOe OAuth',
  vaos: 'VA Online Scheduling',
};

/** Services listed in `statuses` even when the scenario says nothing about them. */
export const LISTED_SERVICES = Object.keys(SERVICE_NAMES);

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

// vets-api writes reported_at with an explicit +00:00 offset rather than Z.
function isoOffset(ms: number): string {
  return iso(ms).replace('Z', '+00:00');
}

function key(keyCase: KeyCase, camel: string, snake: string): string {
  return keyCase === 'camel' ? camel : snake;
}

/** Windows vets-api would still return at `now`: it filters on end time only, never on start. */
export function openWindows(windows: readonly MockWindow[], now: number): MockWindow[] {
  return windows.filter((w) => w.endsAt === null || w.endsAt > now);
}

function windowAttributes(window: MockWindow, keyCase: KeyCase): Record<string, unknown> {
  const numericId = Number(window.id);
  return {
    id: Number.isInteger(numericId) ? numericId : window.id,
    [key(keyCase, 'externalService', 'external_service')]: window.service,
    [key(keyCase, 'startTime', 'start_time')]: iso(window.startsAt),
    [key(keyCase, 'endTime', 'end_time')]: window.endsAt === null ? null : iso(window.endsAt),
    description: window.description,
  };
}

/** The body of `GET /v0/backend_statuses` for a scenario at `now`. */
export function backendStatusesBody(scenario: MockScenario, now: number, keyCase: KeyCase = 'snake'): unknown {
  const services = [...new Set([...LISTED_SERVICES, ...Object.keys(scenario.statuses)])]
    .filter((id) => id !== 'global')
    .sort((a, b) => (SERVICE_NAMES[a] ?? a).localeCompare(SERVICE_NAMES[b] ?? b));
  return {
    data: {
      id: '',
      type: 'backend_statuses',
      attributes: {
        // vets-api caches PagerDuty for 60 s, so reported_at moves in whole minutes and polls within one match.
        [key(keyCase, 'reportedAt', 'reported_at')]: isoOffset(Math.floor(now / 60_000) * 60_000),
        statuses: services.map((id) => ({
          service: SERVICE_NAMES[id] ?? id,
          [key(keyCase, 'serviceId', 'service_id')]: id,
          status: scenario.statuses[id] ?? 'active',
          [key(keyCase, 'lastIncidentTimestamp', 'last_incident_timestamp')]: null,
        })),
        [key(keyCase, 'maintenanceWindows', 'maintenance_windows')]: openWindows(scenario.windows, now).map((w) =>
          windowAttributes(w, keyCase),
        ),
      },
    },
  };
}

/** The body of `GET /v0/maintenance_windows` (JSON:API) for a scenario at `now`. */
export function maintenanceWindowsBody(scenario: MockScenario, now: number, keyCase: KeyCase = 'snake'): unknown {
  return {
    data: openWindows(scenario.windows, now).map((w) => ({
      id: String(w.id),
      type: 'maintenance_window',
      attributes: windowAttributes(w, keyCase),
    })),
  };
}
