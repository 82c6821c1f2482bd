import { describe, expect, it } from 'vitest';
import { catalogEs } from '../../src/content/catalog.es';
import { describeBanner } from '../../src/content/describeBanner';
import type { Catalog } from '../../src/content/types';
import { getDowntimeState } from '../../src/core/getDowntimeState';
import type { DowntimeSnapshot, MaintenanceWindow, ServiceStatus } from '../../src/core/types';

const at = (iso: string) => Date.parse(iso);

function snapshot(statuses: ServiceStatus[], windows: MaintenanceWindow[] = []): DowntimeSnapshot {
  return { statuses, windows, reportedAt: null, problems: [] };
}

function copiesAt(now: string, snap: DowntimeSnapshot, catalog?: Catalog) {
  return getDowntimeState(snap, { now: at(now) }).banners.map((banner) => describeBanner(banner, catalog ? { catalog } : {}));
}

describe('describeBanner on banners decided by getDowntimeState', () => {
  it('names the three providers that still work when ID.me has an open incident', () => {
    const [copy, ...rest] = copiesAt('2025-02-06T16:30:00Z', snapshot([{ service: 'idme', status: 'critical' }]));
    expect(rest).toEqual([]);
    expect(copy?.headline).toBe("You can't sign in with ID.me right now");
    expect(copy?.body[0]).toBe('You can still sign in with Login.gov, DS Logon, or My HealtheVet.');
  });

  it('gives one maintenance banner with Eastern times and the USER_MESSAGE last', () => {
    const message = 'Login.gov is updating its systems. Use ID.me if you have it.';
    const copies = copiesAt(
      '2025-03-09T06:30:00Z',
      snapshot(
        [{ service: 'logingov', status: 'maintenance' }],
        [{ id: '7', service: 'logingov', startsAt: at('2025-03-09T06:00:00Z'), endsAt: at('2025-03-09T09:00:00Z'), description: message }],
      ),
    );
    expect(copies).toHaveLength(1);
    expect(copies[0]?.body).toEqual([
      'You can still sign in with ID.me, DS Logon, or My HealtheVet.',
      'Sign-in with Login.gov is down for maintenance. Maintenance is scheduled for Sunday, March 9, 2025, from 1:00\u00a0a.m.\u00a0EST to 5:00\u00a0a.m.\u00a0EDT.',
      message,
    ]);
  });

  it('says maintenance is taking longer than expected once PagerDuty outlasts the window', () => {
    const [copy] = copiesAt(
      '2025-03-09T09:30:00Z',
      snapshot(
        [{ service: 'logingov', status: 'maintenance' }],
        [{ id: '7', service: 'logingov', startsAt: at('2025-03-09T06:00:00Z'), endsAt: at('2025-03-09T09:00:00Z'), description: '' }],
      ),
      catalogEs,
    );
    expect(copy?.body[1]).toContain('El mantenimiento está tardando más de lo previsto.');
  });

  it('warns ahead of sitewide maintenance with its start and end in Eastern time, EDT and EST across the fall change', () => {
    const [copy] = copiesAt(
      '2025-11-01T23:00:00Z',
      snapshot([], [{ id: 'g', service: 'global', startsAt: at('2025-11-02T00:00:00Z'), endsAt: at('2025-11-02T07:00:00Z'), description: '' }]),
    );
    expect(copy?.headline).toBe('VA.gov will be down for maintenance soon');
    expect(copy?.tone).toBe('info');
    expect(copy?.body[1]).toBe(
      "During maintenance, you won't be able to sign in or use most online tools. Maintenance is scheduled from Saturday, November 1, 2025, at 8:00\u00a0p.m.\u00a0EDT to Sunday, November 2, 2025, at 2:00\u00a0a.m.\u00a0EST. It's expected to take 7 hours.",
    );
  });

  it('says people can sign in but tools may fail when MPI is down', () => {
    const [copy] = copiesAt('2025-02-06T16:30:00Z', snapshot([{ service: 'mvi', status: 'critical' }]));
    expect(copy?.headline).toBe('You can sign in, but some tools may not work');
    expect(copy?.tone).toBe('warning');
  });

  it('leads with phone help when SSOe is down', () => {
    const [copy] = copiesAt('2025-02-06T16:30:00Z', snapshot([{ service: 'ssoe', status: 'warning' }]));
    expect(copy?.headline).toBe("Sign-in isn't working right now");
    expect(copy?.body[0]).toContain('by phone');
    expect(copy?.tone).toBe('error');
    expect(copy?.contacts[0]?.phone).toBe('8006982411');
  });
});
