import type { PagerDutyStatus } from '../core/types';

/** A maintenance window as the mocks hold it, with times in epoch ms. */
export interface MockWindow {
  /** Row id. @defaultValue derived from service and start */
  id: string;
  /** vets-api `external_service`. */
  service: string;
  startsAt: number;
  /** `null` for an open-ended window. */
  endsAt: number | null;
  /** Text that followed `USER_MESSAGE:`. @defaultValue '' */
  description: string;
}

/** A failure the mock API answers with instead of data. */
export interface MockFailure {
  /** HTTP status, for example 503 or 429. */
  status: number;
  /** Response body: an object is sent as JSON, a string as-is. */
  body?: unknown;
  /** Content type of a string body. @defaultValue 'text/html' */
  contentType?: string;
  /** Extra headers, such as `Retry-After`. @defaultValue {} */
  headers?: Record<string, string>;
  /** Fail at the network level instead of answering. @defaultValue false */
  network?: boolean;
}

/** Everything the mock vets-api knows: PagerDuty statuses, windows, or a failure. */
export interface MockScenario {
  /** PagerDuty status per service id; services missing here are reported `active`. */
  statuses: Record<string, PagerDutyStatus | (string & {})>;
  windows: MockWindow[];
  /** When set, every request fails this way. */
  failure?: MockFailure;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Options for {@link mockWindow}. */
export interface MockWindowOptions {
  /** Start relative to `now`, in ms; negative for a window already running. @defaultValue 0 */
  startsInMs?: number;
  /** Length in ms, or `null` for an open-ended window. @defaultValue 4 hours */
  durationMs?: number | null;
  /** `USER_MESSAGE` text. @defaultValue '' */
  description?: string;
  /** Row id. @defaultValue `${service}-${start}` */
  id?: string;
}

/** Builds a window for `service` relative to an explicit `now`. */
export function mockWindow(now: number, service: string, options: MockWindowOptions = {}): MockWindow {
  const startsAt = now + (options.startsInMs ?? 0);
  const duration = options.durationMs === undefined ? 4 * HOUR : options.durationMs;
  return {
    id: options.id ?? `${service}-${new Date(startsAt).toISOString().slice(0, 16)}`,
    service,
    startsAt,
    endsAt: duration === null ? null : startsAt + duration,
    description: options.description ?? '',
  };
}

/** A scenario with the given statuses and windows, everything else healthy. */
export function mockScenario(parts: Partial<MockScenario> = {}): MockScenario {
  const scenario: MockScenario = { statuses: { ...parts.statuses }, windows: [...(parts.windows ?? [])] };
  if (parts.failure) scenario.failure = parts.failure;
  return scenario;
}

export { HOUR as MOCK_HOUR, MINUTE as MOCK_MINUTE };
