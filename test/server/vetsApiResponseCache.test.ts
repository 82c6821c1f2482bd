import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyStore, type StoreData } from '../../src/server/storeData';
import { createVetsApiResponseCache } from '../../src/server/vetsApiResponseCache';
import { startServer, type Harness } from './serverHarness';

const NOW = Date.parse('2025-03-05T15:00:30.000Z');
const MINUTE = 60_000;

/** One HTTP/1.1 exchange over a raw socket, so the comparison covers every byte the server writes. */
function rawRequest(url: string, method: string, path: string, headers: Record<string, string>): Promise<string> {
  const { hostname, port } = new URL(url);
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

function etagIn(raw: string): string {
  const match = /\r\netag: (.+)\r\n/i.exec(raw);
  if (!match) throw new Error(`no ETag in:\n${raw}`);
  return match[1]!;
}

describe('the mock server answers the same bytes with and without its response cache', () => {
  let cached: Harness;
  let direct: Harness;
  const servers = () => [cached, direct];

  const setClock = (at: number) => {
    for (const h of servers()) h.clock.now = at;
  };
  const adminBoth = async (method: string, path: string, body?: unknown) => {
    for (const h of servers()) expect((await h.admin(method, path, body)).status).toBeLessThan(300);
  };

  /** Asks the cached server twice (the second answer comes from memory) and the direct one once; all must match. */
  async function expectSameBytes(method: string, path: string, headers: Record<string, string> = {}): Promise<string> {
    const first = await rawRequest(cached.server.url, method, path, headers);
    const second = await rawRequest(cached.server.url, method, path, headers);
    const reference = await rawRequest(direct.server.url, method, path, headers);
    expect(first).toBe(reference);
    expect(second).toBe(reference);
    return reference;
  }

  async function expectEveryVariantSame(): Promise<string[]> {
    const seen: string[] = [];
    for (const path of ['/v0/backend_statuses', '/v0/maintenance_windows']) {
      for (const inflection of [{}, { 'X-Key-Inflection': 'camel' }] as Record<string, string>[]) {
        const full = await expectSameBytes('GET', path, inflection);
        seen.push(full);
        if (!full.startsWith('HTTP/1.1 200')) continue;
        const etag = etagIn(full);
        expect(await expectSameBytes('GET', path, { ...inflection, 'If-None-Match': etag })).toMatch(/^HTTP\/1\.1 304/);
        await expectSameBytes('GET', path, { ...inflection, 'If-None-Match': 'W/"stale-1"' });
        await expectSameBytes('HEAD', path, inflection);
        await expectSameBytes('GET', path, { ...inflection, Origin: 'http://localhost:5173' });
        await expectSameBytes('GET', path, { ...inflection, Origin: 'https://not-allowed.example' });
      }
    }
    return seen;
  }

  beforeAll(async () => {
    cached = await startServer(NOW);
    direct = await startServer(NOW, { responseCache: false });
    await adminBoth('POST', '/windows', {
      service: 'logingov',
      startsAt: '2025-03-05T15:02:10.500Z',
      endsAt: '2025-03-05T15:04:00.250Z',
      description: 'Login.gov is updating its systems.',
    });
    await adminBoth('POST', '/windows', { service: 'idme', startsAt: '2025-03-05T14:00:00Z', endsAt: '2025-03-05T15:01:45.001Z' });
    await adminBoth('PUT', '/incidents/mhv', { status: 'warning' });
  });
  afterAll(async () => {
    await Promise.all(servers().map((h) => h.close()));
  });

  it('matches on every endpoint, key case, validator, method and origin', async () => {
    const answers = await expectEveryVariantSame();
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(answers[0]).toContain('"reported_at":"2025-03-05T15:00:00.000+00:00"');
  });

  it('matches a millisecond before, at and after every window edge and every reported_at step', async () => {
    const edges = [
      Date.parse('2025-03-05T15:01:00.000Z'),
      Date.parse('2025-03-05T15:01:45.001Z'),
      Date.parse('2025-03-05T15:02:10.500Z'),
      Date.parse('2025-03-05T15:04:00.250Z'),
    ];
    const bodies = new Set<string>();
    for (const edge of edges) {
      for (const at of [edge - 1, edge, edge + 1]) {
        setClock(at);
        const [snake] = await expectEveryVariantSame();
        bodies.add(snake!.slice(snake!.indexOf('\r\n\r\n')));
      }
    }
    // The answers really moved with the clock, so a cache stuck on one answer would have failed above.
    expect(bodies.size).toBeGreaterThanOrEqual(5);
  });

  it('matches right after a change to the store within one period', async () => {
    setClock(Date.parse('2025-03-05T15:05:10.000Z'));
    const before = await expectSameBytes('GET', '/v0/backend_statuses');
    await adminBoth('PUT', '/incidents/idme', { status: 'critical' });
    const after = await expectSameBytes('GET', '/v0/backend_statuses');
    expect(after).not.toBe(before);
    expect(after).toContain('"service_id":"idme","status":"critical"');
  });

  it('matches after the server clock is moved by the admin API', async () => {
    setClock(Date.parse('2025-03-05T15:05:20.000Z'));
    await expectSameBytes('GET', '/v0/backend_statuses');
    await adminBoth('PUT', '/time', { offsetMs: 10 * MINUTE });
    const moved = await expectSameBytes('GET', '/v0/backend_statuses');
    expect(moved).toContain('"reported_at":"2025-03-05T15:15:00.000+00:00"');
    await adminBoth('PUT', '/time', { offsetMs: 0 });
  });

  it('matches while a scenario fails with an HTTP error', async () => {
    await adminBoth('POST', '/scenario', { name: 'rate-limited' });
    const answer = await expectSameBytes('GET', '/v0/backend_statuses');
    expect(answer).toMatch(/^HTTP\/1\.1 429/);
  });

  it('still drops the connection on every request while a scenario fails at the network level', async () => {
    await adminBoth('POST', '/scenario', { name: 'network-error' });
    for (let i = 0; i < 2; i++) {
      expect(await rawRequest(cached.server.url, 'GET', '/v0/backend_statuses', {})).toBe('');
    }
    await adminBoth('POST', '/scenario', { name: 'all-ok' });
    expect(await expectSameBytes('GET', '/v0/backend_statuses')).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('createVetsApiResponseCache', () => {
  const request = (over: Partial<{ method: string; url: string; headers: Record<string, string>; destroyed: boolean }> = {}) =>
    ({
      method: over.method ?? 'GET',
      url: over.url ?? '/v0/backend_statuses',
      headers: over.headers ?? {},
      socket: { destroyed: over.destroyed ?? false },
    }) as unknown as IncomingMessage;

  function setup(data: StoreData = emptyStore()) {
    const state = { data, now: NOW, produced: 0 };
    const cache = createVetsApiResponseCache({ readStore: () => state.data, now: () => state.now, reportedAtStepMs: MINUTE });
    cache.enable();
    const produce = () => {
      state.produced++;
      return new Response(`answer ${state.produced}`, { headers: { Date: 'then', ETag: `W/"${state.produced}"` } });
    };
    const ask = async (incoming = request()) => {
      const response = await cache.respond(incoming, produce);
      return { text: await response.text(), date: response.headers.get('Date') };
    };
    return { state, cache, produce, ask };
  }

  it('produces once per period for the same request and refreshes only Date', async () => {
    const { state, ask } = setup();
    expect((await ask()).text).toBe('answer 1');
    state.now = NOW + 1_000;
    expect(await ask()).toEqual({ text: 'answer 1', date: new Date(NOW + 1_000).toUTCString() });
    expect(state.produced).toBe(1);
  });

  it('produces again at the next reported_at step', async () => {
    const { state, ask } = setup();
    await ask();
    state.now = Date.parse('2025-03-05T15:00:59.999Z');
    await ask();
    expect(state.produced).toBe(1);
    state.now = Date.parse('2025-03-05T15:01:00.000Z');
    expect((await ask()).text).toBe('answer 2');
  });

  it('produces again at a window edge inside the step', async () => {
    const data = emptyStore();
    data.windows.push({ id: 1, service: 'idme', startsAt: '2025-03-05T15:00:40.000Z', endsAt: null, description: '', source: 'admin' });
    const { state, ask } = setup(data);
    await ask();
    state.now = Date.parse('2025-03-05T15:00:39.999Z');
    await ask();
    expect(state.produced).toBe(1);
    state.now = Date.parse('2025-03-05T15:00:40.000Z');
    await ask();
    expect(state.produced).toBe(2);
  });

  it('produces again when the store changes', async () => {
    const { state, ask } = setup();
    await ask();
    state.data = { ...state.data, version: state.data.version + 1 };
    await ask();
    expect(state.produced).toBe(2);
  });

  it('keys on key case, validator, origin and method', async () => {
    const { state, ask } = setup();
    await ask();
    await ask(request({ headers: { 'x-key-inflection': 'camel' } }));
    await ask(request({ headers: { 'if-none-match': 'W/"1"' } }));
    await ask(request({ headers: { origin: 'http://localhost:5173' } }));
    await ask(request({ method: 'HEAD' }));
    await ask(request({ url: '/v0/maintenance_windows' }));
    expect(state.produced).toBe(6);
    await ask(request({ headers: { 'x-key-inflection': 'camel' } }));
    expect(state.produced).toBe(6);
  });

  it('never keeps other routes, other methods, dropped connections, or anything before enable()', async () => {
    const { state, ask } = setup();
    await ask(request({ url: '/admin/api/state' }));
    await ask(request({ url: '/admin/api/state' }));
    await ask(request({ method: 'POST', url: '/v0/backend_statuses' }));
    await ask(request({ method: 'POST', url: '/v0/backend_statuses' }));
    await ask(request({ destroyed: true }));
    await ask(request({ destroyed: true }));
    expect(state.produced).toBe(6);

    const fresh = createVetsApiResponseCache({ readStore: () => state.data, now: () => state.now, reportedAtStepMs: MINUTE });
    let produced = 0;
    const produce = () => new Response(String(++produced));
    await fresh.respond(request(), produce);
    await fresh.respond(request(), produce);
    expect(produced).toBe(2);
  });

  it('does not keep an answer produced while the clock crossed into the next period', async () => {
    const { state, cache, ask } = setup();
    await cache.respond(request(), () => {
      state.now = Date.parse('2025-03-05T15:01:00.000Z');
      state.produced++;
      return new Response('produced across the step');
    });
    state.now = Date.parse('2025-03-05T15:01:00.500Z');
    expect((await ask()).text).toBe('answer 2');
  });
});
