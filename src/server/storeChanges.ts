import { buildScenario, type ScenarioName } from '../mocks/scenarios';
import type { OutageInput, SettableStatus, WindowInput } from './adminInput';
import { HttpProblem, validationProblem } from './httpProblem';
import type { AppliedChange } from './mockStore';
import type { StoreData, StoredOutage, StoredWindow, WindowSource } from './storeData';

// Each function here edits a draft copy of the store; MockStore commits it or, on a throw, discards it.

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function span(startsAt: string, endsAt: string | null): string {
  return `${startsAt} to ${endsAt ?? 'no set end'}`;
}

function takeId(draft: StoreData): number {
  return draft.nextId++;
}

function findWindow(draft: StoreData, id: number): StoredWindow {
  const window = draft.windows.find((w) => w.id === id);
  if (!window) throw new HttpProblem(404, `There is no window ${id}.`);
  return window;
}

/** Adds a scheduled maintenance window. */
export function createWindow(draft: StoreData, input: WindowInput, source: WindowSource = 'admin'): AppliedChange<StoredWindow> {
  const window: StoredWindow = {
    id: takeId(draft),
    service: input.service,
    startsAt: iso(input.startsAt),
    endsAt: input.endsAt === null ? null : iso(input.endsAt),
    description: input.description,
    source,
  };
  draft.windows.push(window);
  return { result: window, action: 'window.create', summary: `Scheduled ${window.service} maintenance #${window.id}, ${span(window.startsAt, window.endsAt)}` };
}

/** Changes some fields of a window; the merged window must still end after it starts. */
export function updateWindow(draft: StoreData, id: number, patch: Partial<WindowInput>): AppliedChange<StoredWindow> {
  const window = findWindow(draft, id);
  const startsAt = patch.startsAt ?? Date.parse(window.startsAt);
  const endsAt = patch.endsAt !== undefined ? patch.endsAt : window.endsAt === null ? null : Date.parse(window.endsAt);
  if (endsAt !== null && endsAt <= startsAt) {
    throw validationProblem({ [patch.endsAt !== undefined ? 'endsAt' : 'startsAt']: 'endsAt must be after startsAt.' });
  }
  if (patch.service !== undefined) window.service = patch.service;
  if (patch.description !== undefined) window.description = patch.description;
  window.startsAt = iso(startsAt);
  window.endsAt = endsAt === null ? null : iso(endsAt);
  return { result: window, action: 'window.update', summary: `Changed ${window.service} maintenance #${id} to ${span(window.startsAt, window.endsAt)}` };
}

/** Removes a window. */
export function deleteWindow(draft: StoreData, id: number): AppliedChange<StoredWindow> {
  const window = findWindow(draft, id);
  draft.windows = draft.windows.filter((w) => w.id !== id);
  return { result: window, action: 'window.delete', summary: `Deleted ${window.service} maintenance #${id} (${span(window.startsAt, window.endsAt)})` };
}

/** Publishes a current outage with a message, starting at `now`. */
export function publishOutage(draft: StoreData, input: OutageInput, now: number): AppliedChange<StoredOutage> {
  const outage: StoredOutage = {
    id: takeId(draft),
    service: input.service,
    message: input.message,
    severity: 'critical',
    source: 'admin',
    startedAt: iso(now),
    expectedEndAt: input.expectedEndAt === null ? null : iso(input.expectedEndAt),
    endedAt: null,
  };
  draft.outages.push(outage);
  return {
    result: outage,
    action: 'outage.publish',
    summary: `Published outage #${outage.id} on ${outage.service}, expected end ${outage.expectedEndAt ?? 'unknown'}`,
  };
}

/** Ends one outage. Scheduled windows are a separate list, so they cannot be touched here. */
export function endOutage(draft: StoreData, id: number, now: number): AppliedChange<StoredOutage> {
  const outage = draft.outages.find((o) => o.id === id);
  if (!outage) throw new HttpProblem(404, `There is no outage ${id}.`);
  if (outage.endedAt !== null) throw new HttpProblem(409, `Outage ${id} already ended at ${outage.endedAt}.`);
  outage.endedAt = iso(now);
  return { result: outage, action: 'outage.end', summary: `Ended outage #${id} on ${outage.service}` };
}

/** Sets a service's PagerDuty status by hand; `active` clears it. */
export function setIncident(draft: StoreData, service: string, status: SettableStatus): AppliedChange<Record<string, string>> {
  if (status === 'active') delete draft.incidents[service];
  else draft.incidents[service] = status;
  return { result: draft.incidents, action: 'incident.set', summary: `Set ${service} PagerDuty status to ${status}` };
}

/** Replaces windows, outages, statuses and failure with a named scenario built at `now`. History and the time offset stay. */
export function loadScenario(draft: StoreData, name: ScenarioName, now: number): AppliedChange<string> {
  const scenario = buildScenario(name, now);
  draft.scenario = name;
  draft.failure = scenario.failure ?? null;
  draft.incidents = Object.fromEntries(Object.entries(scenario.statuses).filter(([, status]) => status !== 'active'));
  draft.outages = [];
  draft.windows = scenario.windows.map((w) => ({
    id: takeId(draft),
    service: w.service,
    startsAt: iso(w.startsAt),
    endsAt: w.endsAt === null ? null : iso(w.endsAt),
    description: w.description,
    source: 'scenario',
  }));
  return { result: name, action: 'scenario.load', summary: `Loaded scenario ${name}` };
}

/** Shifts the server's clock relative to the real one. */
export function setTimeOffset(draft: StoreData, offsetMs: number): AppliedChange<number> {
  draft.timeOffsetMs = offsetMs;
  return {
    result: offsetMs,
    action: 'time.offset',
    summary: offsetMs === 0 ? 'Reset the clock to the real time' : `Moved the clock ${offsetMs > 0 ? 'forward' : 'back'} by ${Math.abs(offsetMs)} ms`,
  };
}
