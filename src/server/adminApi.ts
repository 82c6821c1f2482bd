import { Hono, type Context } from 'hono';
import { SCENARIO_NAMES } from '../mocks/scenarios';
import { readIncidentStatus, readOutage, readScenarioName, readTimeOffset, readWindowCreate, readWindowPatch } from './adminInput';
import { adminState } from './adminState';
import { HttpProblem, validationProblem } from './httpProblem';
import type { AppliedChange, ExpectedVersion, MockStore } from './mockStore';
import { importPagerDuty, readPagerDutyWindows } from './pagerDutyImport';
import { isServiceId } from './serviceNames';
import { createWindow, deleteWindow, endOutage, loadScenario, publishOutage, setIncident, setTimeOffset, updateWindow } from './storeChanges';
import type { StoreData } from './storeData';

/** What the admin API needs from the server. */
export interface AdminApiDeps {
  store: MockStore;
  /** The real clock, for the audit log. */
  realNow: () => number;
  /** The server's clock: real time plus the store's offset. */
  serverNow: () => number;
}

/** Hono variables set by the auth middleware. */
export type AdminVariables = { who: string };

const VERSION_TAG = /^\s*(?:W\/)?"?(\d+)"?\s*$/;

/**
 * Reads `If-Match`. It is required on every write, so that a stale page can never silently overwrite someone
 * else's change; `*` opts out explicitly (for scripts that mean "whatever is there now").
 */
export function readIfMatch(header: string | undefined): ExpectedVersion {
  if (header === undefined || header.trim() === '') {
    throw new HttpProblem(428, 'Send If-Match with the store version from GET /admin/api/state (the ETag), or If-Match: * to write regardless.');
  }
  if (header.trim() === '*') return '*';
  const match = VERSION_TAG.exec(header);
  if (!match) throw validationProblem({ 'If-Match': 'If-Match must be the store version, such as "12", or *.' });
  return Number(match[1]);
}

/** Reads the body as JSON; an empty body reads as `{}`. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw validationProblem({ body: 'The body is not valid JSON.' });
  }
}

function readId(c: Context): number {
  const raw = c.req.param('id') ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw new HttpProblem(404, `There is nothing with id "${raw}".`);
  return Number(raw);
}

function versionTag(version: number): string {
  return `"${version}"`;
}

/** The `/admin/api` routes. Auth, CORS and the body limit are applied by the server around them. */
export function adminApi(deps: AdminApiDeps): Hono<{ Variables: AdminVariables }> {
  const { store } = deps;
  const api = new Hono<{ Variables: AdminVariables }>();

  async function write<T>(c: Context<{ Variables: AdminVariables }>, apply: (draft: StoreData) => AppliedChange<T>) {
    const expectedVersion = readIfMatch(c.req.header('If-Match'));
    const { data, result } = await store.change({ expectedVersion, who: c.get('who'), at: deps.realNow() }, apply);
    c.header('ETag', versionTag(data.version));
    return { version: data.version, result };
  }

  api.get('/state', (c) => {
    const data = store.read();
    c.header('ETag', versionTag(data.version));
    return c.json(adminState(data, deps.serverNow()));
  });

  api.get('/history', (c) => {
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 100) || 100, 1), 1000);
    const data = store.read();
    return c.json({ version: data.version, history: data.history.slice(-limit).reverse() });
  });

  api.get('/scenarios', (c) => c.json({ scenarios: SCENARIO_NAMES, current: store.read().scenario }));

  api.post('/windows', async (c) => {
    const input = readWindowCreate(await readJsonBody(c));
    const { version, result } = await write(c, (draft) => createWindow(draft, input));
    return c.json({ version, window: result }, 201);
  });

  api.patch('/windows/:id', async (c) => {
    const id = readId(c);
    const patch = readWindowPatch(await readJsonBody(c));
    const { version, result } = await write(c, (draft) => updateWindow(draft, id, patch));
    return c.json({ version, window: result });
  });

  api.delete('/windows/:id', async (c) => {
    const id = readId(c);
    const { version, result } = await write(c, (draft) => deleteWindow(draft, id));
    return c.json({ version, window: result });
  });

  api.post('/outages', async (c) => {
    const now = deps.serverNow();
    const input = readOutage(await readJsonBody(c), now);
    const { version, result } = await write(c, (draft) => publishOutage(draft, input, now));
    return c.json({ version, outage: result }, 201);
  });

  api.post('/outages/:id/end', async (c) => {
    const id = readId(c);
    const { version, result } = await write(c, (draft) => endOutage(draft, id, deps.serverNow()));
    return c.json({ version, outage: result });
  });

  api.put('/incidents/:service', async (c) => {
    const service = c.req.param('service');
    if (!isServiceId(service)) throw validationProblem({ service: 'The path must name a vets-api service id such as logingov.' });
    const status = readIncidentStatus(await readJsonBody(c));
    const { version, result } = await write(c, (draft) => setIncident(draft, service, status));
    return c.json({ version, incidents: result });
  });

  api.post('/scenario', async (c) => {
    const name = readScenarioName(await readJsonBody(c));
    const { version } = await write(c, (draft) => loadScenario(draft, name, deps.serverNow()));
    return c.json({ version, scenario: name });
  });

  api.put('/time', async (c) => {
    const offsetMs = readTimeOffset(await readJsonBody(c), deps.realNow());
    const { version } = await write(c, (draft) => setTimeOffset(draft, offsetMs));
    return c.json({ version, timeOffsetMs: offsetMs, now: new Date(deps.serverNow()).toISOString() });
  });

  api.post('/import/pagerduty', async (c) => {
    const { rows, skipped } = readPagerDutyWindows(await readJsonBody(c));
    const { version, result } = await write(c, (draft) => importPagerDuty(draft, rows, skipped, deps.serverNow()));
    return c.json({ version, ...result });
  });

  return api;
}
