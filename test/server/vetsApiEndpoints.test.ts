import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDowntimeState } from '../../src/core/getDowntimeState';
import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import { json, startServer, type Harness } from './serverHarness';

const NOW = Date.parse('2025-03-05T15:00:00.000Z');

// Key sets of the bodies in the shared vets-api fixtures (backend_statuses.{snake,camel}.json, maintenance_windows.jsonapi.json).
const SHAPES = {
  snake: {
    attributes: ['maintenance_windows', 'reported_at', 'statuses'],
    status: ['last_incident_timestamp', 'service', 'service_id', 'status'],
    window: ['description', 'end_time', 'external_service', 'id', 'start_time'],
    windowsKey: 'maintenance_windows',
    reportedAt: 'reported_at',
    serviceId: 'service_id',
    externalService: 'external_service',
    startTime: 'start_time',
    endTime: 'end_time',
  },
  camel: {
    attributes: ['maintenanceWindows', 'reportedAt', 'statuses'],
    status: ['lastIncidentTimestamp', 'service', 'serviceId', 'status'],
    window: ['description', 'endTime', 'externalService', 'id', 'startTime'],
    windowsKey: 'maintenanceWindows',
    reportedAt: 'reportedAt',
    serviceId: 'serviceId',
    externalService: 'externalService',
    startTime: 'startTime',
    endTime: 'endTime',
  },
} as const;

const SIGN_IN_SERVICES = ['dslogon', 'idme', 'logingov', 'mhv', 'mvi', 'ssoe', 'ssoe_oauth'];
const UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function headersFor(keyCase: 'snake' | 'camel'): Record<string, string> {
  return keyCase === 'camel' ? { 'X-Key-Inflection': 'camel' } : {};
}

describe('vets-api endpoints', () => {
  let h: Harness;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    h = await startServer(NOW);
    const windows = {
      global: { service: 'global', startsAt: '2025-03-05T14:00:00Z', endsAt: '2025-03-05T18:00:00Z', description: 'VA.gov is down for maintenance.' },
      vaos: { service: 'vaos', startsAt: '2025-03-05T12:00:00Z', endsAt: '2025-03-05T20:00:00Z' },
      endedIdme: { service: 'idme', startsAt: '2025-03-05T10:00:00Z', endsAt: '2025-03-05T14:59:59.999Z' },
      openDslogon: { service: 'dslogon', startsAt: '2025-03-01T00:00:00Z', endsAt: null },
      futureLogingov: { service: 'logingov', startsAt: '2025-03-08T15:00:00Z', endsAt: '2025-03-08T19:00:00Z' },
    };
    for (const [name, body] of Object.entries(windows)) {
      const response = await h.admin('POST', '/windows', body);
      expect(response.status).toBe(201);
      ids[name] = (await json(response)).window.id;
    }
    expect((await h.admin('PUT', '/incidents/mhv', { status: 'critical' })).status).toBe(200);
  });
  afterAll(() => h.close());

  describe.each(['snake', 'camel'] as const)('GET /v0/backend_statuses in %s case', (keyCase) => {
    const shape = SHAPES[keyCase];

    it('has the fixture shape, with every key in this case', async () => {
      const response = await h.get('/v0/backend_statuses', { headers: headersFor(keyCase) });
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = await json(response);
      expect(Object.keys(body)).toEqual(['data']);
      expect(body.data.id).toBe('');
      expect(body.data.type).toBe('backend_statuses');
      const attributes = body.data.attributes;
      expect(Object.keys(attributes).sort()).toEqual(shape.attributes);
      expect(attributes[shape.reportedAt]).toBe('2025-03-05T15:00:00.000+00:00');
      for (const status of attributes.statuses) {
        expect(Object.keys(status).sort()).toEqual(shape.status);
        expect(typeof status.service).toBe('string');
        expect(typeof status.status).toBe('string');
      }
      for (const window of attributes[shape.windowsKey]) {
        expect(Object.keys(window).sort()).toEqual(shape.window);
        expect(typeof window.id).toBe('number');
        expect(window[shape.startTime]).toMatch(UTC_MS);
        if (window[shape.endTime] !== null) expect(window[shape.endTime]).toMatch(UTC_MS);
      }
      expect(parseDowntimeResponse(body).problems).toEqual([]);
    });

    it('lists sign-in services and others, sorted by display name like vets-api', async () => {
      const body = await json(await h.get('/v0/backend_statuses', { headers: headersFor(keyCase) }));
      const statuses: Array<Record<string, string>> = body.data.attributes.statuses;
      const ids = statuses.map((s) => s[shape.serviceId]);
      for (const id of SIGN_IN_SERVICES) expect(ids).toContain(id);
      expect(ids).toEqual(expect.arrayContaining(['evss', 'vaos', 'caseflow']));
      expect(ids).not.toContain('global');
      const names = statuses.map((s) => s.service!);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      expect(statuses.find((s) => s[shape.serviceId] === 'logingov')!.service).toBe('Login.gov');
    });

    it('drops windows by end time only: ended ones go, future and open-ended ones stay', async () => {
      const body = await json(await h.get('/v0/backend_statuses', { headers: headersFor(keyCase) }));
      const windows: Array<Record<string, unknown>> = body.data.attributes[shape.windowsKey];
      expect(windows.map((w) => w.id).sort()).toEqual([ids.global, ids.vaos, ids.openDslogon, ids.futureLogingov].sort());
      expect(windows.find((w) => w.id === ids.openDslogon)![shape.endTime]).toBeNull();
      expect(windows.find((w) => w.id === ids.global)).toMatchObject({
        [shape.externalService]: 'global',
        [shape.startTime]: '2025-03-05T14:00:00.000Z',
        [shape.endTime]: '2025-03-05T18:00:00.000Z',
        description: 'VA.gov is down for maintenance.',
      });
    });

    it('reports PagerDuty statuses: set by hand, maintenance only while a window is in effect', async () => {
      const body = await json(await h.get('/v0/backend_statuses', { headers: headersFor(keyCase) }));
      const statusOf = (id: string) => body.data.attributes.statuses.find((s: Record<string, string>) => s[shape.serviceId] === id)?.status;
      expect(statusOf('mhv')).toBe('critical');
      expect(statusOf('dslogon')).toBe('maintenance');
      expect(statusOf('vaos')).toBe('maintenance');
      expect(statusOf('idme')).toBe('active');
      expect(statusOf('logingov')).toBe('active');
    });
  });

  describe.each(['snake', 'camel'] as const)('GET /v0/maintenance_windows in %s case', (keyCase) => {
    const shape = SHAPES[keyCase];

    it('is JSON:API with string ids, the fixture type, and the same open windows', async () => {
      const response = await h.get('/v0/maintenance_windows', { headers: headersFor(keyCase) });
      expect(response.status).toBe(200);
      const body = await json(response);
      expect(Object.keys(body)).toEqual(['data']);
      expect(body.data.map((row: { id: string }) => row.id).sort()).toEqual(
        [ids.global, ids.vaos, ids.openDslogon, ids.futureLogingov].map(String).sort(),
      );
      for (const row of body.data) {
        expect(Object.keys(row).sort()).toEqual(['attributes', 'id', 'type']);
        expect(row.type).toBe('maintenance_window');
        expect(typeof row.id).toBe('string');
        expect(Object.keys(row.attributes).sort()).toEqual(shape.window);
        expect(row.attributes.id).toBe(Number(row.id));
      }
      expect(parseDowntimeResponse(body).problems).toEqual([]);
    });
  });

  describe('caching', () => {
    it('sends a weak ETag with Cache-Control: no-cache, and answers a matching If-None-Match with 304', async () => {
      const first = await h.get('/v0/backend_statuses');
      const etag = first.headers.get('ETag');
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers.get('Cache-Control')).toBe('no-cache');
      const second = await h.get('/v0/backend_statuses', { headers: { 'If-None-Match': etag! } });
      expect(second.status).toBe(304);
      expect(await second.text()).toBe('');
      expect(second.headers.get('ETag')).toBe(etag);
      expect(second.headers.get('Cache-Control')).toBe('no-cache');
    });

    it('answers HEAD with the same headers and no body', async () => {
      const get = await h.get('/v0/backend_statuses');
      const head = await h.get('/v0/backend_statuses', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('ETag')).toBe(get.headers.get('ETag'));
      expect(await head.text()).toBe('');
    });

    it('gives each key case its own ETag and varies on X-Key-Inflection', async () => {
      const snake = await h.get('/v0/maintenance_windows');
      const camel = await h.get('/v0/maintenance_windows', { headers: { 'X-Key-Inflection': 'camel' } });
      expect(snake.headers.get('ETag')).not.toBe(camel.headers.get('ETag'));
      expect(snake.headers.get('Vary')).toMatch(/X-Key-Inflection/);
      const crossed = await h.get('/v0/maintenance_windows', { headers: { 'If-None-Match': snake.headers.get('ETag')!, 'X-Key-Inflection': 'camel' } });
      expect(crossed.status).toBe(200);
    });

    it('keeps the ETag between polls within the 60 s reported_at step, while Date follows the exact clock', async () => {
      const etag = (await h.get('/v0/backend_statuses')).headers.get('ETag')!;
      try {
        h.clock.now = Date.parse('2025-03-05T15:00:30.000Z');
        const later = await h.get('/v0/backend_statuses', { headers: { 'If-None-Match': etag } });
        expect(later.status).toBe(304);
        expect(later.headers.get('Date')).toBe('Wed, 05 Mar 2025 15:00:30 GMT');
        h.clock.now = Date.parse('2025-03-05T15:01:00.000Z');
        const next = await h.get('/v0/backend_statuses', { headers: { 'If-None-Match': etag } });
        expect(next.status).toBe(200);
        expect((await json(next)).data.attributes.reported_at).toBe('2025-03-05T15:01:00.000+00:00');
      } finally {
        h.clock.now = NOW;
      }
    });

    it('changes the ETag as soon as the store changes', async () => {
      const etag = (await h.get('/v0/backend_statuses')).headers.get('ETag')!;
      const set = await h.admin('PUT', '/incidents/idme', { status: 'warning' });
      expect(set.status).toBe(200);
      try {
        const after = await h.get('/v0/backend_statuses', { headers: { 'If-None-Match': etag } });
        expect(after.status).toBe(200);
        expect(after.headers.get('ETag')).not.toBe(etag);
      } finally {
        expect((await h.admin('PUT', '/incidents/idme', { status: 'active' })).status).toBe(200);
      }
    });
  });

  describe('CORS', () => {
    it('echoes an allowed dev origin with credentials and exposes Date and ETag', async () => {
      const response = await h.get('/v0/backend_statuses', { headers: { Origin: 'http://localhost:6006' } });
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:6006');
      expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true');
      expect(response.headers.get('Access-Control-Expose-Headers')).toMatch(/Date/);
      expect(response.headers.get('Access-Control-Expose-Headers')).toMatch(/ETag/);
      expect(response.headers.get('Vary')).toMatch(/Origin/);
    });

    it("allows the demo origin and the server's own origin", async () => {
      for (const origin of ['http://127.0.0.1:5173', h.server.url, h.server.url.replace('127.0.0.1', 'localhost')]) {
        const response = await h.get('/v0/maintenance_windows', { headers: { Origin: origin } });
        expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      }
    });

    it('gives an unknown origin no Access-Control-Allow-Origin', async () => {
      const response = await h.get('/v0/backend_statuses', { headers: { Origin: 'https://evil.example' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });

    it('answers a preflight for the inflection header from an allowed origin', async () => {
      const response = await h.get('/v0/backend_statuses', {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-key-inflection' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
      expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/X-Key-Inflection/i);
    });

    it('lets the admin API be called from an allowed origin only, by name', async () => {
      const allowed = await h.get('/admin/api/state', {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:6006', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,if-match' },
      });
      expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:6006');
      const denied = await h.get('/admin/api/state', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' } });
      expect(denied.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });
  });
});

describe('vets-api endpoints with an open CORS list', () => {
  let h: Harness;
  beforeAll(async () => (h = await startServer(NOW, { allowedOrigins: ['*'] })));
  afterAll(() => h.close());

  it('answers * on the vets-api endpoints but never on the admin API', async () => {
    const open = await h.get('/v0/backend_statuses', { headers: { Origin: 'https://anywhere.example' } });
    expect(open.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(open.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    const admin = await h.get('/admin/api/state', { headers: { Origin: 'https://anywhere.example', Authorization: 'Bearer x' } });
    expect(admin.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await h.get('/admin/api/windows', {
      method: 'OPTIONS',
      headers: { Origin: 'https://anywhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('scheduled maintenance and the clock', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startServer(NOW);
    const created = await h.admin('POST', '/windows', { service: 'logingov', startsAt: '2025-03-08T15:00:00Z', endsAt: '2025-03-08T19:00:00Z' });
    expect(created.status).toBe(201);
  });
  afterAll(() => h.close());

  async function logingovNow() {
    const body = await json(await h.get('/v0/backend_statuses', { headers: { 'X-Key-Inflection': 'camel' } }));
    const snapshot = parseDowntimeResponse(body);
    expect(snapshot.problems).toEqual([]);
    return {
      status: snapshot.statuses.find((s) => s.service === 'logingov')!.status,
      state: getDowntimeState(snapshot, { now: snapshot.reportedAt! }).providers.logingov.state,
      windows: snapshot.windows.length,
    };
  }

  it('does not mark a service in maintenance now for a window 3 days ahead', async () => {
    expect(await logingovNow()).toEqual({ status: 'active', state: 'ok', windows: 1 });
  });

  it('shows that window as in effect when the clock is moved forward 3 days', async () => {
    const moved = await h.admin('PUT', '/time', { offsetMs: 3 * 86_400_000 + 60 * 60_000 });
    expect(moved.status).toBe(200);
    expect((await json(moved)).now).toBe('2025-03-08T16:00:00.000Z');
    try {
      expect(await logingovNow()).toEqual({ status: 'maintenance', state: 'maintenance', windows: 1 });
    } finally {
      expect((await h.admin('PUT', '/time', { offsetMs: 0 })).status).toBe(200);
    }
    expect((await logingovNow()).state).toBe('ok');
  });
});

describe('failure scenarios', () => {
  let h: Harness;
  beforeAll(async () => (h = await startServer(NOW)));
  afterAll(() => h.close());

  it('answers the api-error scenario with the gateway HTML page, 503 and Cache-Control: no-store', async () => {
    expect((await h.admin('POST', '/scenario', { name: 'api-error' })).status).toBe(200);
    const response = await h.get('/v0/backend_statuses');
    expect(response.status).toBe(503);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.text()).toMatch(/503 Service Temporarily Unavailable/);
  });

  it('answers the rate-limited scenario with 429, Retry-After and no-store', async () => {
    expect((await h.admin('POST', '/scenario', { name: 'rate-limited' })).status).toBe(200);
    const response = await h.get('/v0/maintenance_windows', { headers: { Origin: 'http://localhost:6006' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('120');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:6006');
    expect((await json(response)).errors[0].code).toBe('PAGERDUTY_429');
  });

  it('drops the connection for the network-error scenario', async () => {
    expect((await h.admin('POST', '/scenario', { name: 'network-error' })).status).toBe(200);
    await expect(h.get('/v0/backend_statuses')).rejects.toThrow();
  });

  it('answers unknown paths and auth errors with no-store too', async () => {
    const missing = await h.get('/v0/nothing_here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
    const unauthorised = await h.get('/admin/api/state');
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers.get('Cache-Control')).toBe('no-store');
  });

  it('recovers with all-ok', async () => {
    expect((await h.admin('POST', '/scenario', { name: 'all-ok' })).status).toBe(200);
    const response = await h.get('/v0/backend_statuses');
    expect(response.status).toBe(200);
    expect(parseDowntimeResponse(await json(response)).problems).toEqual([]);
  });
});
