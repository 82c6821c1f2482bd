import { EASTERN_TIME_ZONE, formatInTimeZone } from './zonedTime';
import type { StoreData, StoredOutage, StoredWindow } from './storeData';
import { storeToScenario } from './storeToScenario';
import { LISTED_SERVICES } from '../mocks/vetsApiBody';

/** Where a window stands at the server's `now`. */
export type WindowPhase = 'current' | 'upcoming' | 'recent';

/** A window as the admin page lists it, with its times in ET as well as UTC. */
export interface WindowView extends StoredWindow {
  status: WindowPhase;
  startsAtEastern: string;
  endsAtEastern: string | null;
}

/** An outage as the admin page lists it. */
export interface OutageView extends StoredOutage {
  status: 'open' | 'ended';
  startedAtEastern: string;
  expectedEndAtEastern: string | null;
  endedAtEastern: string | null;
}

/** The body of `GET /admin/api/state`. */
export interface AdminState {
  version: number;
  /** The server's clock (real time plus offset), UTC and ET. */
  now: string;
  nowEastern: string;
  timeOffsetMs: number;
  scenario: string | null;
  failure: StoreData['failure'];
  windows: WindowView[];
  outages: OutageView[];
  /** Statuses set by hand. */
  incidents: Record<string, string>;
  /** What `GET /v0/backend_statuses` reports now for each service, after windows and outages. */
  statuses: Record<string, string>;
}

function eastern(iso: string | null): string | null {
  return iso === null ? null : formatInTimeZone(Date.parse(iso), EASTERN_TIME_ZONE);
}

function phaseOf(window: StoredWindow, now: number): WindowPhase {
  if (Date.parse(window.startsAt) > now) return 'upcoming';
  return window.endsAt !== null && Date.parse(window.endsAt) <= now ? 'recent' : 'current';
}

const PHASE_ORDER: Record<WindowPhase, number> = { current: 0, upcoming: 1, recent: 2 };

/** The admin page's view of the store at the server's `now`: current first, then upcoming by start, then ended, latest first. */
export function adminState(data: StoreData, now: number): AdminState {
  const windows = data.windows
    .map((w): WindowView => ({ ...w, status: phaseOf(w, now), startsAtEastern: eastern(w.startsAt)!, endsAtEastern: eastern(w.endsAt) }))
    .sort((a, b) => {
      const byPhase = PHASE_ORDER[a.status] - PHASE_ORDER[b.status];
      if (byPhase) return byPhase;
      if (a.status === 'recent') return Date.parse(b.endsAt!) - Date.parse(a.endsAt!);
      return Date.parse(a.startsAt) - Date.parse(b.startsAt);
    });
  const outages = data.outages
    .map(
      (o): OutageView => ({
        ...o,
        status: o.endedAt === null ? 'open' : 'ended',
        startedAtEastern: eastern(o.startedAt)!,
        expectedEndAtEastern: eastern(o.expectedEndAt),
        endedAtEastern: eastern(o.endedAt),
      }),
    )
    .sort((a, b) => (a.status === b.status ? Date.parse(b.startedAt) - Date.parse(a.startedAt) : a.status === 'open' ? -1 : 1));
  const reported = storeToScenario(data, now).statuses;
  const statuses: Record<string, string> = {};
  for (const service of [...new Set([...LISTED_SERVICES, ...Object.keys(reported)])].sort()) statuses[service] = reported[service] ?? 'active';
  return {
    version: data.version,
    now: new Date(now).toISOString(),
    nowEastern: formatInTimeZone(now, EASTERN_TIME_ZONE),
    timeOffsetMs: data.timeOffsetMs,
    scenario: data.scenario,
    failure: data.failure,
    windows,
    outages,
    incidents: { ...data.incidents },
    statuses,
  };
}
