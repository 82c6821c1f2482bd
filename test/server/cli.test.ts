import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/server/cliArgs';
import { json, runCli, spawnCli, tempDir } from './serverHarness';

describe('downtime-mock-server CLI', () => {
  it('starts from node bin/downtime-mock-server.js --port 0, prints its URLs, and a generated token that works', async () => {
    const dir = await tempDir();
    const storePath = path.join(dir, 'nested', 'store.json');
    const cli = await spawnCli(['--port', '0', '--store', storePath, '--scenario', 'idme-down']);
    try {
      const output = cli.output();
      expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      for (const suffix of ['/v0/backend_statuses', '/v0/maintenance_windows', '/admin', '/admin/api/state', '/webhooks/datadog']) {
        expect(output).toContain(`${cli.url}${suffix}`);
      }
      const token = /Admin token \(generated[^)]*\): (\S+)/.exec(output)?.[1];
      const secret = /Datadog webhook secret \(generated[^)]*\): (\S+)/.exec(output)?.[1];
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(output.split(token!)).toHaveLength(2);

      const statuses = await json(await fetch(`${cli.url}/v0/backend_statuses`));
      expect(statuses.data.attributes.statuses.find((s: { service_id: string }) => s.service_id === 'idme').status).toBe('critical');
      expect((await fetch(`${cli.url}/admin/api/state`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(`${cli.url}/admin/api/state`, { headers: { Authorization: 'Bearer another-token-123' } })).status).toBe(401);
      const page = await fetch(`${cli.url}/admin`);
      expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(await page.text()).toMatch(/admin page is being built/);
      expect(JSON.parse(await readFile(storePath, 'utf8')).scenario).toBe('idme-down');
    } finally {
      cli.child.kill('SIGTERM');
      expect((await cli.exited).code).toBe(0);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints help, and refuses an unknown scenario or flag with exit code 2', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--admin-token/);
    const bad = await runCli(['--scenario', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown scenario "nope"/);
    expect((await runCli(['--colour'])).code).toBe(2);
  });

  it('reads labelled tokens and falls back to the environment for secrets', () => {
    expect(parseCliArgs(['--admin-token', 'dana:abcdefgh123', '--admin-token', 'plain-token-1', '--port', '0'])).toMatchObject({
      port: 0,
      adminToken: [
        { label: 'dana', token: 'abcdefgh123' },
        { label: 'admin', token: 'plain-token-1' },
      ],
    });
    expect(parseCliArgs([], { DOWNTIME_ADMIN_TOKEN: 'from-env-token', DOWNTIME_DATADOG_SECRET: 's3cret' })).toEqual({
      adminToken: [{ label: 'admin', token: 'from-env-token' }],
      datadogSecret: 's3cret',
    });
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--admin-token', 'short'])).toThrow(/8 characters/);
  });
});
