import { describe, expect, it } from 'vitest';
import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import { createHandlers } from '../../src/mocks/handlers';
import { mockScenario, mockWindow, MOCK_HOUR } from '../../src/mocks/mockScenario';
import { SCENARIO_NAMES, buildScenario } from '../../src/mocks/scenarios';
import { server } from '../../src/mocks/node';

const NOW = Date.parse('2025-02-06T16:30:00.000Z');
const API = 'https://api.va.gov';

describe('createHandlers', () => {
  it('answers backend_statuses in camelCase when asked with X-Key-Inflection: camel', async () => {
    server.use(...createHandlers('idme-down', { now: NOW }));
    const body = await (await fetch(`${API}/v0/backend_statuses`, { headers: { 'X-Key-Inflection': 'camel' } })).json();
    expect(body.data.type).toBe('backend_statuses');
    expect(body.data.attributes.reportedAt).toBe('2025-02-06T16:30:00.000+00:00');
    expect(body.data.attributes.statuses).toContainEqual(
      expect.objectContaining({ serviceId: 'idme', status: 'critical', service: 'ID.me' }),
    );
    expect(body.data.attributes).toHaveProperty('maintenanceWindows');
  });

  it('answers in snake_case without the inflection header', async () => {
    server.use(...createHandlers('all-ok', { now: NOW }));
    const body = await (await fetch(`${API}/v0/backend_statuses`)).json();
    expect(body.data.attributes).toHaveProperty('reported_at');
    expect(body.data.attributes).toHaveProperty('maintenance_windows');
    expect(body.data.attributes.statuses[0]).toHaveProperty('service_id');
  });

  it('drops ended windows but keeps future ones, as vets-api filters on end time only', async () => {
    const scenario = mockScenario({
      windows: [
        mockWindow(NOW, 'idme', { startsInMs: -5 * MOCK_HOUR, durationMs: MOCK_HOUR, id: '1' }),
        mockWindow(NOW, 'idme', { startsInMs: 30 * 24 * MOCK_HOUR, id: '2' }),
      ],
    });
    server.use(...createHandlers(scenario, { now: NOW }));
    const body = await (await fetch(`${API}/v0/maintenance_windows`)).json();
    expect(body.data.map((row: { id: string }) => row.id)).toEqual(['2']);
    expect(body.data[0]).toMatchObject({ type: 'maintenance_window', attributes: { id: 2, external_service: 'idme' } });
  });

  it('sends an ETag and answers a matching If-None-Match with 304', async () => {
    server.use(...createHandlers('idme-down', { now: NOW }));
    const first = await fetch(`${API}/v0/backend_statuses`);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const second = await fetch(`${API}/v0/backend_statuses`, { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
  });

  it('changes the ETag when the scenario changes', async () => {
    let current = buildScenario('all-ok', NOW);
    server.use(...createHandlers(() => current, { now: NOW }));
    const before = (await fetch(`${API}/v0/backend_statuses`)).headers.get('ETag');
    current = buildScenario('ssoe-down', NOW);
    const after = (await fetch(`${API}/v0/backend_statuses`)).headers.get('ETag');
    expect(after).not.toBe(before);
  });

  it('answers the api-error scenario with the gateway HTML page and no-store', async () => {
    server.use(...createHandlers('api-error', { now: NOW }));
    const response = await fetch(`${API}/v0/backend_statuses`);
    expect(response.status).toBe(503);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.text()).toContain('503 Service Temporarily Unavailable');
  });

  it('answers the rate-limited scenario with 429, Retry-After and the PagerDuty error body', async () => {
    server.use(...createHandlers('rate-limited', { now: NOW }));
    const response = await fetch(`${API}/v0/backend_statuses`);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('120');
    expect((await response.json()).errors[0].code).toBe('PAGERDUTY_429');
  });

  it('counts requests through onRequest', async () => {
    const seen: string[] = [];
    server.use(...createHandlers('all-ok', { now: NOW, onRequest: (request) => seen.push(new URL(request.url).pathname) }));
    await fetch(`${API}/v0/backend_statuses`);
    await fetch(`${API}/v0/maintenance_windows`);
    expect(seen).toEqual(['/v0/backend_statuses', '/v0/maintenance_windows']);
  });

  it.each(SCENARIO_NAMES.filter((name) => !['api-error', 'rate-limited', 'network-error'].includes(name)))(
    'serves scenario %s as a body the parser reads with no problems, in both key cases',
    async (name) => {
      server.use(...createHandlers(name, { now: NOW }));
      for (const headers of [{ 'X-Key-Inflection': 'camel' }, {}] as HeadersInit[]) {
        const snapshot = parseDowntimeResponse(await (await fetch(`${API}/v0/backend_statuses`, { headers })).json());
        expect(snapshot.problems).toEqual([]);
        expect(snapshot.statuses.length).toBeGreaterThan(0);
        expect(snapshot.reportedAt).toBe(NOW);
      }
    },
  );
});
