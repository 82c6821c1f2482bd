import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDowntimeState } from '../../src/core/getDowntimeState';
import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import { ADMIN_TOKEN, json, startServer, type Harness } from './serverHarness';

const NOW = Date.parse('2025-03-05T15:00:00.000Z');

async function snapshotNow(h: Harness) {
  const body = await json(await h.get('/v0/backend_statuses', { headers: { 'X-Key-Inflection': 'camel' } }));
  const snapshot = parseDowntimeResponse(body);
  expect(snapshot.problems).toEqual([]);
  return snapshot;
}

describe('admin API authentication', () => {
  let h: Harness;
  beforeAll(async () => (h = await startServer(NOW, { adminToken: [{ token: ADMIN_TOKEN, label: 'admin' }, { token: 'token-of-dana-9876543', label: 'dana' }] })));
  afterAll(() => h.close());

  it('answers 401 with a Bearer challenge when the token is missing', async () => {
    const response = await h.get('/admin/api/state');
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
    expect((await json(response)).error).toMatch(/Authorization: Bearer/);
  });

  it('answers 401 to a wrong token, a token prefix, and a non-Bearer scheme', async () => {
    for (const authorization of ['Bearer wrong-token-123456789', `Bearer ${ADMIN_TOKEN.slice(0, -1)}`, `Basic ${ADMIN_TOKEN}`, 'Bearer ']) {
      const response = await h.get('/admin/api/state', { headers: { Authorization: authorization } });
      expect(response.status, authorization).toBe(401);
    }
  });

  it('refuses writes without a token before reading the body', async () => {
    const response = await h.get('/admin/api/windows', { method: 'POST', body: JSON.stringify({ service: 'idme' }) });
    expect(response.status).toBe(401);
    expect((await json(await h.admin('GET', '/state'))).windows).toEqual([]);
  });

  it("records the token's label as who made each change", async () => {
    const body = { service: 'idme', startsAt: '2025-03-06T10:00:00Z', endsAt: '2025-03-06T12:00:00Z' };
    expect((await h.admin('POST', '/windows', body)).status).toBe(201);
    expect((await h.admin('POST', '/windows', body, { Authorization: 'Bearer token-of-dana-9876543' })).status).toBe(201);
    const { history } = await json(await h.admin('GET', '/history'));
    expect(history.slice(0, 2).map((entry: { who: string }) => entry.who)).toEqual(['dana', 'admin']);
    expect(history[0]).toMatchObject({ action: 'window.create', at: '2025-03-05T15:00:00.000Z', version: 2 });
  });
});

describe('admin API validation', () => {
  let h: Harness;
  beforeAll(async () => (h = await startServer(NOW)));
  afterAll(() => h.close());

  async function fieldsOf(response: Response): Promise<Record<string, string>> {
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error).toBeTruthy();
    return body.fields;
  }

  it('names each missing field of a window', async () => {
    const fields = await fieldsOf(await h.admin('POST', '/windows', {}));
    expect(fields.service).toMatch(/required/);
    expect(fields.startsAt).toMatch(/required/);
    expect(Object.keys(fields).sort()).toEqual(['service', 'startsAt']);
  });

  it('explains bad values field by field', async () => {
    const fields = await fieldsOf(
      await h.admin('POST', '/windows', { service: 'Login.gov!', startsAt: 'tomorrow', endsAt: 7, description: 42, endAt: 'typo' }),
    );
    expect(fields.service).toMatch(/service id/);
    expect(fields.startsAt).toMatch(/"tomorrow" is not a time/);
    expect(fields.endsAt).toMatch(/must be a time/);
    expect(fields.description).toMatch(/must be text/);
    expect(fields.endAt).toMatch(/Unknown field/);
  });

  it('refuses an end before the start', async () => {
    const fields = await fieldsOf(await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-06T10:00:00Z', endsAt: '2025-03-06T09:00:00Z' }));
    expect(fields).toEqual({ endsAt: 'endsAt must be after startsAt.' });
  });

  it('refuses a wall time without a zone, an unknown zone, and a time the DST change skips', async () => {
    expect((await fieldsOf(await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-09T01:00' }))).startsAt).toMatch(/no offset/);
    expect(
      (await fieldsOf(await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-09T01:00', timeZone: 'Eastern' }))).timeZone,
    ).toMatch(/IANA/);
    const gap = await fieldsOf(
      await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-09T02:30', endsAt: '2025-03-09T05:00', timeZone: 'America/New_York' }),
    );
    expect(gap).toEqual({
      startsAt: 'startsAt 2025-03-09T02:30 does not exist in America/New_York: the clocks skip that hour when daylight saving time starts.',
    });
    expect((await fieldsOf(await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-02-30T10:00', timeZone: 'America/New_York' }))).startsAt).toMatch(
      /not a real date/,
    );
  });

  it('refuses a body that is not JSON, or not an object', async () => {
    expect((await fieldsOf(await h.admin('POST', '/windows', '{"service":'))).body).toMatch(/not valid JSON/);
    expect((await fieldsOf(await h.admin('POST', '/windows', '[1,2]'))).body).toMatch(/JSON object/);
  });

  it('validates outages, incidents, scenarios, time and If-Match', async () => {
    const outage = await fieldsOf(await h.admin('POST', '/outages', { service: 'logingov', message: '   ', expectedEndAt: '2025-03-05T14:00:00Z' }));
    expect(outage.message).toMatch(/must not be empty/);
    expect(outage.expectedEndAt).toMatch(/future/);
    expect((await fieldsOf(await h.admin('POST', '/outages', { service: 'logingov', message: 'x'.repeat(1001) }))).message).toMatch(/limit is 1000/);
    expect((await fieldsOf(await h.admin('PUT', '/incidents/logingov', { status: 'down' }))).status).toMatch(/active, warning, critical, maintenance/);
    expect((await fieldsOf(await h.admin('POST', '/scenario', { name: 'nope' }))).name).toMatch(/idme-down/);
    expect((await fieldsOf(await h.admin('PUT', '/time', { offsetMs: 1.5 }))).offsetMs).toMatch(/whole number/);
    expect((await fieldsOf(await h.admin('PUT', '/time', { offsetMs: 1e13 }))).offsetMs).toMatch(/100 years/);
    expect((await fieldsOf(await h.admin('PUT', '/incidents/logingov', { status: 'critical' }, { 'If-Match': 'soon' })))['If-Match']).toMatch(
      /store version/,
    );
  });

  it('leaves the store untouched after every refused write', async () => {
    const state = await json(await h.admin('GET', '/state'));
    expect(state.version).toBe(0);
    expect(state.windows).toEqual([]);
    expect(state.outages).toEqual([]);
  });
});

describe('admin API versions and limits', () => {
  let h: Harness;
  beforeEach(async () => (h = await startServer(NOW)));
  afterEach(() => h.close());

  it('requires If-Match on writes (428) and accepts the current version', async () => {
    const missing = await h.admin('PUT', '/incidents/idme', { status: 'critical' }, { 'If-Match': '' });
    expect(missing.status).toBe(428);
    const state = await h.admin('GET', '/state');
    const etag = state.headers.get('ETag')!;
    expect(etag).toBe('"0"');
    const ok = await h.admin('PUT', '/incidents/idme', { status: 'critical' }, { 'If-Match': etag });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"1"');
    expect((await json(ok)).version).toBe(1);
  });

  it('answers a stale If-Match with 412 and the current version, and changes nothing', async () => {
    expect((await h.admin('PUT', '/incidents/idme', { status: 'critical' }, { 'If-Match': '"0"' })).status).toBe(200);
    const stale = await h.admin('POST', '/outages', { service: 'logingov', message: 'Login.gov is down.' }, { 'If-Match': '"0"' });
    expect(stale.status).toBe(412);
    expect(await json(stale)).toMatchObject({ version: 1, error: expect.stringMatching(/changed since you read it/) });
    const state = await json(await h.admin('GET', '/state'));
    expect(state.outages).toEqual([]);
    expect(state.version).toBe(1);
  });

  it('lets only one of two writers holding the same version win', async () => {
    const results = await Promise.all(
      ['critical', 'warning'].map((status) => h.admin('PUT', '/incidents/idme', { status }, { 'If-Match': '0' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    expect((await json(await h.admin('GET', '/state'))).version).toBe(1);
  });

  it('answers a body over 64 KB with 413, and takes one just under it', async () => {
    const padding = (size: number) => JSON.stringify({ service: 'idme', startsAt: '2025-03-06T10:00:00Z', description: 'x'.repeat(size) });
    const overhead = padding(0).length;
    const over = await h.admin('POST', '/windows', padding(64 * 1024 - overhead + 1));
    expect(over.status).toBe(413);
    expect(over.headers.get('Cache-Control')).toBe('no-store');
    const under = await h.admin('POST', '/windows', padding(64 * 1024 - overhead));
    expect(under.status).toBe(400);
    expect((await json(under)).fields.description).toMatch(/limit is 1000/);
  });

  it('answers 413 to an oversized chunked body with no Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(`${h.server.url}/webhooks/datadog`, {
      method: 'POST',
      headers: { 'X-Webhook-Secret': h.server.datadogSecret },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});

describe('admin API: windows', () => {
  let h: Harness;
  beforeEach(async () => (h = await startServer(NOW)));
  afterEach(() => h.close());

  it('stores times given with an offset as UTC and shows them in ET', async () => {
    const created = await h.admin('POST', '/windows', {
      service: 'idme',
      startsAt: '2025-03-10T03:30:00-04:00',
      endsAt: '2025-03-10T09:30:00+01:00',
      description: '  ID.me is updating its systems.  ',
    });
    expect(created.status).toBe(201);
    const { window } = await json(created);
    expect(window).toMatchObject({ service: 'idme', startsAt: '2025-03-10T07:30:00.000Z', endsAt: '2025-03-10T08:30:00.000Z', description: 'ID.me is updating its systems.' });
    const state = await json(await h.admin('GET', '/state'));
    expect(state.windows[0]).toMatchObject({ status: 'upcoming', startsAtEastern: '2025-03-10T03:30:00-04:00', endsAtEastern: '2025-03-10T04:30:00-04:00' });
  });

  it('ends a window early when its end is moved to now, and it leaves the API at once', async () => {
    const { window } = await json(await h.admin('POST', '/windows', { service: 'logingov', startsAt: '2025-03-05T14:00:00Z', endsAt: '2025-03-05T20:00:00Z' }));
    expect((await snapshotNow(h)).windows.map((w) => w.id)).toEqual([String(window.id)]);
    const patched = await h.admin('PATCH', `/windows/${window.id}`, { endsAt: '2025-03-05T15:00:00Z' });
    expect(patched.status).toBe(200);
    expect((await json(patched)).window.endsAt).toBe('2025-03-05T15:00:00.000Z');
    const snapshot = await snapshotNow(h);
    expect(snapshot.windows).toEqual([]);
    expect(snapshot.statuses.find((s) => s.service === 'logingov')!.status).toBe('active');
    expect((await json(await h.admin('GET', '/state'))).windows[0].status).toBe('recent');
  });

  it('updates fields, checks the merged window, and deletes', async () => {
    const { window } = await json(await h.admin('POST', '/windows', { service: 'dslogon', startsAt: '2025-03-06T10:00:00Z', endsAt: '2025-03-06T12:00:00Z' }));
    const bad = await h.admin('PATCH', `/windows/${window.id}`, { startsAt: '2025-03-06T13:00:00Z' });
    expect(bad.status).toBe(400);
    expect((await json(bad)).fields).toEqual({ startsAt: 'endsAt must be after startsAt.' });
    const good = await json(await h.admin('PATCH', `/windows/${window.id}`, { description: 'DS Logon is moving.', endsAt: null }));
    expect(good.window).toMatchObject({ description: 'DS Logon is moving.', endsAt: null, startsAt: '2025-03-06T10:00:00.000Z' });
    expect((await h.admin('PATCH', `/windows/${window.id}`, {})).status).toBe(400);
    expect((await h.admin('DELETE', `/windows/${window.id}`)).status).toBe(200);
    expect((await h.admin('DELETE', `/windows/${window.id}`)).status).toBe(404);
    expect((await h.admin('PATCH', '/windows/abc', { description: 'x' })).status).toBe(404);
    expect((await json(await h.admin('GET', '/state'))).windows).toEqual([]);
  });

  it('lists windows as current, upcoming and recent at the server time', async () => {
    await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-05T10:00:00Z', endsAt: '2025-03-05T11:00:00Z' });
    await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-07T10:00:00Z', endsAt: '2025-03-07T11:00:00Z' });
    await h.admin('POST', '/windows', { service: 'mhv', startsAt: '2025-03-05T14:00:00Z' });
    const state = await json(await h.admin('GET', '/state'));
    expect(state.windows.map((w: { service: string; status: string }) => `${w.service}:${w.status}`)).toEqual(['mhv:current', 'idme:upcoming', 'idme:recent']);
    expect(state.now).toBe('2025-03-05T15:00:00.000Z');
    expect(state.nowEastern).toBe('2025-03-05T10:00:00-05:00');
  });
});

describe('admin API: outages, incidents, scenarios, time, history', () => {
  let h: Harness;
  beforeEach(async () => (h = await startServer(NOW)));
  afterEach(() => h.close());

  it('publishes an outage as a critical incident plus a window carrying the message', async () => {
    const published = await h.admin('POST', '/outages', {
      service: 'logingov',
      message: 'Login.gov sign-in is down. Use ID.me instead.',
      expectedEndAt: '2025-03-05T13:00',
      timeZone: 'America/New_York',
    });
    expect(published.status).toBe(201);
    const { outage } = await json(published);
    expect(outage).toMatchObject({ service: 'logingov', severity: 'critical', source: 'admin', startedAt: '2025-03-05T15:00:00.000Z', expectedEndAt: '2025-03-05T18:00:00.000Z', endedAt: null });
    const snapshot = await snapshotNow(h);
    expect(snapshot.statuses.find((s) => s.service === 'logingov')!.status).toBe('critical');
    expect(snapshot.windows).toEqual([
      { id: String(outage.id), service: 'logingov', startsAt: NOW, endsAt: Date.parse('2025-03-05T18:00:00Z'), description: 'Login.gov sign-in is down. Use ID.me instead.' },
    ]);
    const state = getDowntimeState(snapshot, { now: NOW });
    expect(state.providers.logingov.state).toBe('down');
    expect(state.providers.idme.state).toBe('ok');
  });

  it('publishes an outage with no expected end as an open-ended window', async () => {
    await h.admin('POST', '/outages', { service: 'idme', message: 'ID.me is down.' });
    const body = await json(await h.get('/v0/maintenance_windows'));
    expect(body.data[0].attributes).toMatchObject({ external_service: 'idme', end_time: null, description: 'ID.me is down.' });
  });

  it('ends only that outage and never touches scheduled maintenance on the same service', async () => {
    const scheduled = await json(await h.admin('POST', '/windows', { service: 'logingov', startsAt: '2025-03-05T14:00:00Z', endsAt: '2025-03-05T20:00:00Z', description: 'Planned work.' }));
    const first = await json(await h.admin('POST', '/outages', { service: 'logingov', message: 'First problem.' }));
    const second = await json(await h.admin('POST', '/outages', { service: 'logingov', message: 'Second problem.' }));
    const ended = await h.admin('POST', `/outages/${first.outage.id}/end`);
    expect(ended.status).toBe(200);
    expect((await json(ended)).outage.endedAt).toBe('2025-03-05T15:00:00.000Z');
    let snapshot = await snapshotNow(h);
    expect(snapshot.windows.map((w) => w.description).sort()).toEqual(['Planned work.', 'Second problem.']);
    expect(snapshot.statuses.find((s) => s.service === 'logingov')!.status).toBe('critical');
    expect((await h.admin('POST', `/outages/${first.outage.id}/end`)).status).toBe(409);
    await h.admin('POST', `/outages/${second.outage.id}/end`);
    snapshot = await snapshotNow(h);
    expect(snapshot.windows).toEqual([
      { id: String(scheduled.window.id), service: 'logingov', startsAt: Date.parse('2025-03-05T14:00:00Z'), endsAt: Date.parse('2025-03-05T20:00:00Z'), description: 'Planned work.' },
    ]);
    expect(snapshot.statuses.find((s) => s.service === 'logingov')!.status).toBe('maintenance');
    expect((await h.admin('POST', '/outages/999/end')).status).toBe(404);
  });

  it('sets and clears a PagerDuty status by hand', async () => {
    expect((await h.admin('PUT', '/incidents/mvi', { status: 'warning' })).status).toBe(200);
    let snapshot = await snapshotNow(h);
    expect(snapshot.statuses.find((s) => s.service === 'mvi')!.status).toBe('warning');
    expect(getDowntimeState(snapshot, { now: NOW }).providers.idme.state).toBe('degraded');
    await h.admin('PUT', '/incidents/mvi', { status: 'active' });
    snapshot = await snapshotNow(h);
    expect(snapshot.statuses.find((s) => s.service === 'mvi')!.status).toBe('active');
    expect((await json(await h.admin('GET', '/state'))).incidents).toEqual({});
  });

  it('loads a named scenario, replacing windows, outages and statuses', async () => {
    await h.admin('POST', '/outages', { service: 'idme', message: 'gone' });
    const loaded = await h.admin('POST', '/scenario', { name: 'upcoming-maintenance' });
    expect(loaded.status).toBe(200);
    const state = await json(await h.admin('GET', '/state'));
    expect(state.scenario).toBe('upcoming-maintenance');
    expect(state.outages).toEqual([]);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]).toMatchObject({ service: 'logingov', source: 'scenario', status: 'upcoming', startsAt: '2025-03-05T16:30:00.000Z' });
    expect(getDowntimeState(await snapshotNow(h), { now: NOW }).providers.logingov.state).toBe('upcoming');
    expect((await json(await h.admin('GET', '/scenarios'))).scenarios).toContain('idme-down');
  });

  it('moves the clock to a chosen ET time and back', async () => {
    const moved = await h.admin('PUT', '/time', { at: '2025-03-06T09:00', timeZone: 'America/New_York' });
    expect(await json(moved)).toMatchObject({ timeOffsetMs: 23 * 3_600_000, now: '2025-03-06T14:00:00.000Z' });
    expect((await snapshotNow(h)).reportedAt).toBe(Date.parse('2025-03-06T14:00:00Z'));
    const history = (await json(await h.admin('GET', '/history'))).history;
    expect(history[0]).toMatchObject({ action: 'time.offset', at: '2025-03-05T15:00:00.000Z' });
    await h.admin('PUT', '/time', { offsetMs: 0 });
    expect((await json(await h.admin('GET', '/state'))).now).toBe('2025-03-05T15:00:00.000Z');
  });

  it('keeps an audit history, newest first, with who, what and when', async () => {
    await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-06T10:00:00Z', endsAt: '2025-03-06T12:00:00Z' });
    h.clock.now = Date.parse('2025-03-05T15:05:00.000Z');
    await h.admin('POST', '/outages', { service: 'logingov', message: 'Down.' });
    const { history } = await json(await h.admin('GET', '/history?limit=5'));
    expect(history).toEqual([
      { at: '2025-03-05T15:05:00.000Z', who: 'admin', action: 'outage.publish', summary: expect.stringMatching(/logingov/), version: 2 },
      { at: '2025-03-05T15:00:00.000Z', who: 'admin', action: 'window.create', summary: expect.stringMatching(/idme.*2025-03-06T10:00:00.000Z/), version: 1 },
    ]);
  });

  it('answers unknown admin routes with 404 JSON', async () => {
    const response = await h.admin('GET', '/nope');
    expect(response.status).toBe(404);
    expect((await json(response)).error).toMatch(/No admin route/);
  });
});
