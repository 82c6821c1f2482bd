import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import { getDowntimeState } from '../../src/core/getDowntimeState';
import { extractUserMessage } from '../../src/server/pagerDutyImport';
import { DATADOG_SECRET, json, startServer, type Harness } from './serverHarness';

const NOW = Date.parse('2025-03-05T15:00:00.000Z');

function datadog(h: Harness, payload: unknown, secret: string | null = DATADOG_SECRET, query = '') {
  return h.get(`/webhooks/datadog${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret === null ? {} : { 'X-Webhook-Secret': secret }) },
    body: JSON.stringify(payload),
  });
}

async function statusesNow(h: Harness): Promise<Record<string, string>> {
  const snapshot = parseDowntimeResponse(await json(await h.get('/v0/backend_statuses')));
  expect(snapshot.problems).toEqual([]);
  return Object.fromEntries(snapshot.statuses.map((s) => [s.service, s.status]));
}

const LOGIN_MONITOR = { id: '4212', title: '[Triggered] Login.gov sign-in success below 35%', tags: 'service:logingov,env:prod,team:identity' };

describe('POST /webhooks/datadog', () => {
  let h: Harness;
  beforeEach(async () => (h = await startServer(NOW)));
  afterEach(() => h.close());

  it('refuses a missing or wrong secret with 401 and changes nothing', async () => {
    expect((await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Triggered' }, null)).status).toBe(401);
    expect((await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Triggered' }, 'not-the-secret')).status).toBe(401);
    expect((await statusesNow(h)).logingov).toBe('active');
  });

  it('accepts the secret as ?secret= too', async () => {
    const response = await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Triggered' }, null, `?secret=${DATADOG_SECRET}`);
    expect(response.status).toBe(200);
  });

  it('opens a monitor outage on Triggered: the service goes critical, with no message window', async () => {
    const response = await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Triggered' });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.opened).toHaveLength(1);
    expect((await statusesNow(h)).logingov).toBe('critical');
    const windows = await json(await h.get('/v0/maintenance_windows'));
    expect(windows.data).toEqual([]);
    const state = await json(await h.admin('GET', '/state'));
    expect(state.outages[0]).toMatchObject({ source: 'datadog', monitorId: '4212', service: 'logingov', severity: 'critical', message: '', status: 'open' });
    expect((await json(await h.admin('GET', '/history'))).history[0]).toMatchObject({ who: 'datadog', action: 'datadog.trigger' });
  });

  it('is idempotent on a repeated Triggered, and Warn lowers the same outage to warning', async () => {
    await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Triggered' });
    const again = await json(await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Triggered' }));
    expect(again).toMatchObject({ opened: [], updated: [] });
    const warn = await json(await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Warn' }));
    expect(warn.updated).toHaveLength(1);
    expect((await statusesNow(h)).logingov).toBe('warning');
    expect((await json(await h.admin('GET', '/state'))).outages).toHaveLength(1);
  });

  it('treats Warn on MPI as degraded sign-in, not an outage of the providers', async () => {
    await datadog(h, { id: 77, alert_transition: 'Warn', tags: ['service:mvi'], title: 'MPI latency high' });
    const snapshot = parseDowntimeResponse(await json(await h.get('/v0/backend_statuses')));
    expect(snapshot.statuses.find((s) => s.service === 'mvi')!.status).toBe('warning');
    expect(getDowntimeState(snapshot, { now: NOW }).providers.logingov.state).toBe('degraded');
  });

  it('on Recovered closes only the outages that monitor opened: not other monitors, admin outages, or scheduled maintenance', async () => {
    const scheduled = await json(
      await h.admin('POST', '/windows', { service: 'logingov', startsAt: '2025-03-05T14:00:00Z', endsAt: '2025-03-05T20:00:00Z', description: 'Planned work.' }),
    );
    await datadog(h, { ...LOGIN_MONITOR, tags: 'service:logingov,service:idme', alert_transition: 'Triggered' });
    await datadog(h, { id: '9999', alert_transition: 'Triggered', tags: 'service:idme', title: 'Other monitor' });
    await h.admin('POST', '/outages', { service: 'dslogon', message: 'DS Logon is down.' });
    const recovered = await datadog(h, { ...LOGIN_MONITOR, tags: '', alert_transition: 'Recovered' });
    expect(recovered.status).toBe(200);
    expect((await json(recovered)).closed).toHaveLength(2);
    const statuses = await statusesNow(h);
    expect(statuses.logingov).toBe('maintenance');
    expect(statuses.idme).toBe('critical');
    expect(statuses.dslogon).toBe('critical');
    const windows = (await json(await h.get('/v0/maintenance_windows'))).data;
    expect(windows.map((w: { id: string }) => w.id)).toContain(String(scheduled.window.id));
    expect(windows.find((w: { id: string }) => w.id === String(scheduled.window.id)).attributes).toMatchObject({
      end_time: '2025-03-05T20:00:00.000Z',
      description: 'Planned work.',
    });
    const again = await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'Recovered' });
    expect((await json(again)).closed).toEqual([]);
  });

  it('ignores transitions it has no meaning for, and explains bad payloads per field', async () => {
    const noData = await datadog(h, { ...LOGIN_MONITOR, alert_transition: 'No Data' });
    expect(noData.status).toBe(202);
    expect(await json(noData)).toEqual({ ignored: true, transition: 'No Data' });
    const bad = await datadog(h, { alert_transition: 'Triggered', tags: 'env:prod' });
    expect(bad.status).toBe(400);
    const { fields } = await json(bad);
    expect(fields.id).toMatch(/monitor/);
    expect(fields.tags).toMatch(/service:<id>/);
    expect((await json(await h.admin('GET', '/state'))).version).toBe(0);
  });
});

const PAGERDUTY_LIST = {
  maintenance_windows: [
    {
      id: 'PW1ABC',
      type: 'maintenance_window',
      start_time: '2025-03-08T02:00:00-05:00',
      end_time: '2025-03-08T06:00:00-05:00',
      description: 'Vendor upgrade, ticket 123. USER_MESSAGE:  Login.gov and ID.me are updating their systems.  ',
      services: [
        { id: 'PSVC1', type: 'service_reference', summary: 'External: Login.gov' },
        { id: 'PSVC2', type: 'service_reference', summary: 'External: ID.me' },
      ],
    },
    {
      id: 'PW2DEF',
      type: 'maintenance_window',
      start_time: '2025-03-05T14:00:00Z',
      end_time: '2025-03-05T16:00:00Z',
      description: 'Internal note only',
      services: [
        { id: 'PSVC3', type: 'service_reference', summary: 'External: Master Persons Index (MPI)' },
        { id: 'PSVC9', type: 'service_reference', summary: 'External: Something Else' },
      ],
    },
  ],
  limit: 25,
  offset: 0,
  more: false,
};

describe('POST /admin/api/import/pagerduty', () => {
  let h: Harness;
  beforeEach(async () => (h = await startServer(NOW)));
  afterEach(() => h.close());

  it('extracts the text after USER_MESSAGE:, trimmed, or nothing', () => {
    expect(extractUserMessage('Ops note. USER_MESSAGE: Back by noon. ')).toBe('Back by noon.');
    expect(extractUserMessage('No marker here')).toBe('');
    expect(extractUserMessage(null)).toBe('');
  });

  it('turns each PagerDuty window into one row per known service, like the vets-api sync job', async () => {
    const response = await h.admin('POST', '/import/pagerduty', PAGERDUTY_LIST);
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.created).toHaveLength(3);
    expect(result.skipped).toEqual([{ maintenanceWindow: 'PW2DEF', service: 'External: Something Else', reason: expect.any(String) }]);
    const body = await json(await h.get('/v0/maintenance_windows'));
    const rows = body.data.map((row: { attributes: Record<string, unknown> }) => row.attributes);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ external_service: 'logingov', start_time: '2025-03-08T07:00:00.000Z', end_time: '2025-03-08T11:00:00.000Z', description: 'Login.gov and ID.me are updating their systems.' }),
        expect.objectContaining({ external_service: 'idme', start_time: '2025-03-08T07:00:00.000Z', description: 'Login.gov and ID.me are updating their systems.' }),
        expect.objectContaining({ external_service: 'mvi', start_time: '2025-03-05T14:00:00.000Z', description: '' }),
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(parseDowntimeResponse(body).problems).toEqual([]);
    expect((await statusesNow(h)).mvi).toBe('maintenance');
  });

  it('re-imports without duplicates, and deletes open imported rows PagerDuty no longer lists, leaving admin windows', async () => {
    const admin = await json(await h.admin('POST', '/windows', { service: 'logingov', startsAt: '2025-03-09T10:00:00Z', endsAt: '2025-03-09T11:00:00Z' }));
    await h.admin('POST', '/import/pagerduty', PAGERDUTY_LIST);
    const version = (await json(await h.admin('GET', '/state'))).version;
    const same = await json(await h.admin('POST', '/import/pagerduty', PAGERDUTY_LIST));
    expect(same).toMatchObject({ version, created: [], updated: [], deleted: [] });
    const edited = structuredClone(PAGERDUTY_LIST);
    edited.maintenance_windows = [{ ...edited.maintenance_windows[0]!, description: 'USER_MESSAGE: New text.' }];
    const result = await json(await h.admin('POST', '/import/pagerduty', edited));
    expect(result.updated).toHaveLength(2);
    expect(result.deleted).toHaveLength(1);
    const state = await json(await h.admin('GET', '/state'));
    expect(state.windows.map((w: { service: string; source: string }) => `${w.service}:${w.source}`).sort()).toEqual([
      'idme:pagerduty',
      'logingov:admin',
      'logingov:pagerduty',
    ]);
    expect(state.windows.find((w: { id: number }) => w.id === admin.window.id)).toBeTruthy();
    expect(state.windows.filter((w: { source: string }) => w.source === 'pagerduty').map((w: { description: string }) => w.description)).toEqual([
      'New text.',
      'New text.',
    ]);
  });

  it('refuses a malformed list with a message per field, importing nothing', async () => {
    const response = await h.admin('POST', '/import/pagerduty', {
      maintenance_windows: [{ id: 'X', start_time: 'soon', end_time: '2025-03-05T16:00:00Z', services: [] }, 'nope'],
    });
    expect(response.status).toBe(400);
    const { fields } = await json(response);
    expect(Object.keys(fields).sort()).toEqual(['maintenance_windows[0].services', 'maintenance_windows[0].start_time', 'maintenance_windows[1]']);
    expect((await h.admin('POST', '/import/pagerduty', { windows: [] })).status).toBe(400);
    expect((await json(await h.admin('GET', '/state'))).windows).toEqual([]);
  });
});
