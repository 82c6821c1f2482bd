import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../src/server/createMockServer';
import { parseStoreData } from '../../src/server/storeData';
import { StoreFileError } from '../../src/server/storeFile';
import { ADMIN_TOKEN, json, spawnCli, startServer, tempDir, type Harness } from './serverHarness';

const NOW = Date.parse('2025-03-05T15:00:00.000Z');

async function readStore(file: string) {
  const parsed = parseStoreData(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.ok) throw new Error(`invalid store: ${parsed.problems.join('; ')}`);
  return parsed.data;
}

describe('persistence', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('keeps windows, outages, statuses, offset and history across a restart', async () => {
    h = await startServer(NOW);
    await h.admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-06T10:00:00Z', endsAt: '2025-03-06T12:00:00Z', description: 'ID.me work.' });
    await h.admin('POST', '/outages', { service: 'logingov', message: 'Login.gov is down.' });
    await h.admin('PUT', '/incidents/mvi', { status: 'warning' });
    await h.admin('PUT', '/time', { offsetMs: 60_000 });
    const before = await json(await h.admin('GET', '/state'));
    const bodyBefore = await (await h.get('/v0/backend_statuses')).text();

    await h.restart();
    const after = await json(await h.admin('GET', '/state'));
    expect(after).toEqual(before);
    expect(after.version).toBe(4);
    expect(await (await h.get('/v0/backend_statuses')).text()).toBe(bodyBefore);
    expect((await json(await h.admin('GET', '/history'))).history).toHaveLength(4);
    const onDisk = await readStore(h.storePath);
    expect(onDisk.windows[0]).toMatchObject({ startsAt: '2025-03-06T10:00:00.000Z', description: 'ID.me work.' });
  });

  it('replaces the stored state when started with a scenario, keeping the history', async () => {
    h = await startServer(NOW);
    await h.admin('POST', '/outages', { service: 'logingov', message: 'Down.' });
    await h.restart({ scenario: 'idme-down' });
    const state = await json(await h.admin('GET', '/state'));
    expect(state).toMatchObject({ scenario: 'idme-down', outages: [], incidents: { idme: 'critical' }, version: 2 });
    expect((await json(await h.admin('GET', '/history'))).history[0]).toMatchObject({ who: 'cli', action: 'scenario.load' });
  });

  it('refuses to start on a corrupt store and leaves the file as it was', async () => {
    const dir = await tempDir();
    const storePath = path.join(dir, 'store.json');
    await writeFile(storePath, '{"format":1,"version":3,"windows":[');
    const error = await createMockServer({ port: 0, storePath, adminToken: ADMIN_TOKEN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as Error).message).toContain(storePath);
    expect(await readFile(storePath, 'utf8')).toBe('{"format":1,"version":3,"windows":[');
    await writeFile(storePath, JSON.stringify({ format: 1, version: 1, windows: 'x' }));
    const invalid = await createMockServer({ port: 0, storePath, adminToken: ADMIN_TOKEN }).catch((e: unknown) => e);
    expect((invalid as StoreFileError).problems).toEqual(expect.arrayContaining(['windows: not a list', 'nextId: not a non-negative integer']));
    await rm(dir, { recursive: true, force: true });
  });

  it('removes temporary files a crashed run left behind', async () => {
    h = await startServer(NOW);
    await h.server.close();
    const leftover = path.join(h.dir, '.store.json.12345.abcdef.tmp');
    await writeFile(leftover, '{"half":');
    await h.restart();
    expect(await readdir(h.dir)).toEqual(['store.json']);
  });
});

describe('a crash in the middle of a burst of writes', () => {
  it('leaves a store file that parses, is valid, and holds every acknowledged write', async () => {
    const dir = await tempDir();
    const storePath = path.join(dir, 'store.json');
    const cli = await spawnCli(['--port', '0', '--store', storePath, '--admin-token', ADMIN_TOKEN, '--datadog-secret', 'crash-test-secret']);
    let acknowledged = 0;
    let killed = false;
    const worker = async (n: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const response = await fetch(`${cli.url}/admin/api/windows`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'If-Match': '*' },
            body: JSON.stringify({ service: 'idme', startsAt: '2025-03-06T10:00:00Z', description: `worker ${n} write ${i} ${'x'.repeat(200)}` }),
          });
          if (response.status === 201) acknowledged++;
          else throw new Error(`unexpected ${response.status}`);
          await response.arrayBuffer();
        } catch (error) {
          if (!killed) throw error;
        }
        if (acknowledged >= 60 && !killed) {
          killed = true;
          cli.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, n) => worker(n)));
    expect(await cli.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const data = await readStore(storePath);
    expect(data.windows.length).toBeGreaterThanOrEqual(acknowledged);
    expect(data.version).toBe(data.windows.length);
    expect(new Set(data.windows.map((w) => w.id)).size).toBe(data.windows.length);

    const restarted = await createMockServer({ port: 0, storePath, adminToken: ADMIN_TOKEN, now: () => NOW });
    try {
      const state = await json(await fetch(`${restarted.url}/admin/api/state`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }));
      expect(state.windows).toHaveLength(data.windows.length);
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await restarted.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
