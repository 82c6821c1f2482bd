import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInTimeZone, wallTimeToInstant } from '../../src/server/zonedTime';
import { ADMIN_TOKEN, json, spawnCli, tempDir } from './serverHarness';

const ET = 'America/New_York';

describe('wall time in a named zone', () => {
  it.each([
    ['2025-03-09T01:30', '2025-03-09T06:30:00.000Z'],
    ['2025-03-09T03:30', '2025-03-09T07:30:00.000Z'],
    ['2025-03-20T10:00', '2025-03-20T14:00:00.000Z'],
    ['2025-07-04T12:00:30', '2025-07-04T16:00:30.000Z'],
    ['2025-12-31T23:59', '2026-01-01T04:59:00.000Z'],
  ])('reads %s in ET as %s', (wall, utc) => {
    expect(wallTimeToInstant(wall, ET)).toEqual({ ok: true, ms: Date.parse(utc) });
  });

  it('refuses times the spring-forward change skips', () => {
    expect(wallTimeToInstant('2025-03-09T02:00', ET)).toEqual({ ok: false, reason: 'skipped' });
    expect(wallTimeToInstant('2025-03-09T02:59:59', ET)).toEqual({ ok: false, reason: 'skipped' });
    expect(wallTimeToInstant('2026-03-08T02:30', ET)).toEqual({ ok: false, reason: 'skipped' });
  });

  it('resolves the repeated fall-back hour to its first, daylight-time occurrence', () => {
    expect(wallTimeToInstant('2025-11-02T01:30', ET)).toEqual({ ok: true, ms: Date.parse('2025-11-02T05:30:00Z') });
    expect(wallTimeToInstant('2025-11-02T02:00', ET)).toEqual({ ok: true, ms: Date.parse('2025-11-02T07:00:00Z') });
  });

  it('refuses dates that do not exist and shapes it does not read', () => {
    expect(wallTimeToInstant('2025-02-29T10:00', ET)).toEqual({ ok: false, reason: 'no-such-date' });
    expect(wallTimeToInstant('2025-07-01T24:00', ET)).toEqual({ ok: false, reason: 'no-such-date' });
    expect(wallTimeToInstant('2025-07-01 10:00', ET)).toEqual({ ok: false, reason: 'format' });
  });

  it('formats instants as ET wall time with the offset in force', () => {
    expect(formatInTimeZone(Date.parse('2025-03-09T06:59:59.999Z'), ET)).toBe('2025-03-09T01:59:59-05:00');
    expect(formatInTimeZone(Date.parse('2025-03-09T07:00:00.000Z'), ET)).toBe('2025-03-09T03:00:00-04:00');
    expect(formatInTimeZone(Date.parse('2025-11-02T06:00:00.000Z'), ET)).toBe('2025-11-02T01:00:00-05:00');
  });
});

describe('admin times on a server running under TZ=Europe/Madrid', () => {
  it('stores ET input as the right UTC instants and shows them back in ET', async () => {
    const dir = await tempDir();
    const storePath = path.join(dir, 'store.json');
    const cli = await spawnCli(['--port', '0', '--store', storePath, '--admin-token', ADMIN_TOKEN], { TZ: 'Europe/Madrid' });
    const admin = (method: string, pathname: string, body: unknown) =>
      fetch(`${cli.url}/admin/api${pathname}`, {
        method,
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'If-Match': '*' },
        body: JSON.stringify(body),
      });
    try {
      // 9-30 March 2025: the US is on daylight time while Madrid is not yet, so a server-zone leak shows.
      const across = await admin('POST', '/windows', { service: 'logingov', startsAt: '2025-03-09T01:30', endsAt: '2025-03-09T03:30', timeZone: ET });
      expect(across.status).toBe(201);
      const between = await admin('POST', '/windows', {
        service: 'idme',
        startsAt: '2025-03-20T22:00',
        endsAt: '2025-03-21T02:00',
        timeZone: ET,
        description: 'ID.me overnight work.',
      });
      expect(between.status).toBe(201);
      const gap = await admin('POST', '/windows', { service: 'idme', startsAt: '2025-03-09T02:30', timeZone: ET });
      expect(gap.status).toBe(400);
      expect((await json(gap)).fields.startsAt).toMatch(/does not exist in America\/New_York/);

      const stored = JSON.parse(await readFile(storePath, 'utf8'));
      expect(stored.windows.map((w: { startsAt: string; endsAt: string }) => [w.startsAt, w.endsAt])).toEqual([
        ['2025-03-09T06:30:00.000Z', '2025-03-09T07:30:00.000Z'],
        ['2025-03-21T02:00:00.000Z', '2025-03-21T06:00:00.000Z'],
      ]);

      expect((await admin('PUT', '/time', { at: '2025-03-20T23:00', timeZone: ET })).status).toBe(200);
      const state = await json(await fetch(`${cli.url}/admin/api/state`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }));
      expect(state.nowEastern).toMatch(/^2025-03-20T23:00:\d\d-04:00$/);
      expect(state.windows.map((w: Record<string, string>) => [w.service, w.status, w.startsAtEastern, w.endsAtEastern])).toEqual([
        ['idme', 'current', '2025-03-20T22:00:00-04:00', '2025-03-21T02:00:00-04:00'],
        ['logingov', 'recent', '2025-03-09T01:30:00-05:00', '2025-03-09T03:30:00-04:00'],
      ]);
      const served = await json(await fetch(`${cli.url}/v0/maintenance_windows`));
      expect(served.data.map((row: { attributes: Record<string, string> }) => row.attributes)).toEqual([
        { id: expect.any(Number), external_service: 'idme', start_time: '2025-03-21T02:00:00.000Z', end_time: '2025-03-21T06:00:00.000Z', description: 'ID.me overnight work.' },
      ]);
    } finally {
      cli.child.kill('SIGTERM');
      await cli.exited;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
