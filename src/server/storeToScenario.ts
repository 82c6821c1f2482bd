import type { MockScenario, MockWindow } from '../mocks/mockScenario';
import type { StoreData, StoredWindow } from './storeData';

const RANK: Record<string, number> = { active: 0, maintenance: 1, warning: 2, critical: 3 };

function raise(statuses: Record<string, string>, service: string, status: string): void {
  const current = statuses[service];
  if (current === undefined || (RANK[status] ?? 0) > (RANK[current] ?? 0)) statuses[service] = status;
}

function toEpoch(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

/** True when a window is in effect at `now`: started, and not yet ended. */
export function isWindowActive(window: Pick<StoredWindow, 'startsAt' | 'endsAt'>, now: number): boolean {
  const endsAt = toEpoch(window.endsAt);
  return Date.parse(window.startsAt) <= now && (endsAt === null || now < endsAt);
}

/**
 * What vets-api would report at `now` for this store.
 * - Statuses: the status set by hand, raised to `maintenance` while one of the service's windows is in effect
 *   (PagerDuty does the same), and to `critical`/`warning` while an outage is open. Only windows in effect count,
 *   so maintenance scheduled for later never marks a service as in maintenance now.
 * - Windows: the scheduled ones, plus one per open outage that has a message, from its start to its expected end,
 *   so the library can show the admin's words.
 */
export function storeToScenario(data: StoreData, now: number): MockScenario {
  const statuses: Record<string, string> = { ...data.incidents };
  const windows: MockWindow[] = [];
  for (const window of data.windows) {
    if (isWindowActive(window, now)) raise(statuses, window.service, 'maintenance');
    windows.push({
      id: String(window.id),
      service: window.service,
      startsAt: Date.parse(window.startsAt),
      endsAt: toEpoch(window.endsAt),
      description: window.description,
    });
  }
  for (const outage of data.outages) {
    if (outage.endedAt !== null) continue;
    raise(statuses, outage.service, outage.severity);
    if (outage.message) {
      windows.push({
        id: String(outage.id),
        service: outage.service,
        startsAt: Date.parse(outage.startedAt),
        endsAt: toEpoch(outage.expectedEndAt),
        description: outage.message,
      });
    }
  }
  const scenario: MockScenario = { statuses, windows };
  if (data.failure) scenario.failure = data.failure;
  return scenario;
}
