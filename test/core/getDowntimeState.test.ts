import { DEFAULT_LEAD_TIME_MS, getDowntimeState } from '../../src/core/getDowntimeState';
import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import type {
  DowntimeSnapshot,
  DowntimeState,
  DowntimeStateOptions,
  MaintenanceWindow,
  ProviderId,
  ProviderState,
} from '../../src/core/types';
import { readJsonFixture } from '../fixtures/readFixture';

const T = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ALL: ProviderId[] = ['logingov', 'idme', 'dslogon', 'mhv'];

let nextId = 1;
function w(service: string, start: string, end: string | null, description = '', id?: string): MaintenanceWindow {
  return { id: id ?? String(nextId++), service, startsAt: T(start), endsAt: end === null ? null : T(end), description };
}

function snap(windows: MaintenanceWindow[] = [], statuses: Record<string, string> = {}): DowntimeSnapshot {
  return {
    windows,
    statuses: Object.entries(statuses).map(([service, status]) => ({ service, status })),
    reportedAt: null,
    problems: [],
  };
}

function decide(snapshot: DowntimeSnapshot, now: string, options: Omit<DowntimeStateOptions, 'now'> = {}): DowntimeState {
  return getDowntimeState(snapshot, { ...options, now: T(now) });
}

function states(state: DowntimeState): Record<ProviderId, ProviderState> {
  return {
    logingov: state.providers.logingov.state,
    idme: state.providers.idme.state,
    dslogon: state.providers.dslogon.state,
    mhv: state.providers.mhv.state,
  };
}

function only(provider: ProviderId, value: ProviderState): Record<ProviderId, ProviderState> {
  return { logingov: 'ok', idme: 'ok', dslogon: 'ok', mhv: 'ok', [provider]: value };
}

function every(value: ProviderState): Record<ProviderId, ProviderState> {
  return { logingov: value, idme: value, dslogon: value, mhv: value };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

// idme maintenance around the 2025 spring-forward night in the US (02:00 EST does not exist that night).
// Lead start 05:00Z, start 07:00Z, end 11:00Z.
const IDME = () => snap([w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', '', 'idme-1')]);

describe('R1-R5: when a window is active or upcoming (idme 07:00Z-11:00Z, default 2 h lead)', () => {
  it('R5: 1 ms before the lead start, idme is ok and the next change is the lead start', () => {
    const state = decide(IDME(), '2025-03-09T04:59:59.999Z');
    expect(states(state)).toEqual(every('ok'));
    expect(state.banners).toEqual([]);
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T05:00:00.000Z');
  });

  it('R3: exactly at the lead start, idme is upcoming with the window times', () => {
    const state = decide(IDME(), '2025-03-09T05:00:00.000Z');
    expect(states(state)).toEqual(only('idme', 'upcoming'));
    expect(state.providers.idme).toMatchObject({
      cause: 'idme',
      source: 'window',
      startsAt: T('2025-03-09T07:00:00.000Z'),
      endsAt: T('2025-03-09T11:00:00.000Z'),
      windowIds: ['idme-1'],
    });
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T07:00:00.000Z');
  });

  it('R3: 1 ms before the start, idme is still upcoming', () => {
    const state = decide(IDME(), '2025-03-09T06:59:59.999Z');
    expect(states(state)).toEqual(only('idme', 'upcoming'));
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T07:00:00.000Z');
  });

  it('R1: exactly at the start (inclusive), idme is in maintenance until the end', () => {
    const state = decide(IDME(), '2025-03-09T07:00:00.000Z');
    expect(states(state)).toEqual(only('idme', 'maintenance'));
    expect(state.providers.idme).toMatchObject({ source: 'window', startsAt: T('2025-03-09T07:00:00.000Z'), endsAt: T('2025-03-09T11:00:00.000Z') });
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T11:00:00.000Z');
  });

  it('R1: 1 ms before the end, idme is still in maintenance', () => {
    const state = decide(IDME(), '2025-03-09T10:59:59.999Z');
    expect(states(state)).toEqual(only('idme', 'maintenance'));
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T11:00:00.000Z');
  });

  it('R1: exactly at the end (exclusive), idme is ok and nothing else will change', () => {
    const state = decide(IDME(), '2025-03-09T11:00:00.000Z');
    expect(states(state)).toEqual(every('ok'));
    expect(state.banners).toEqual([]);
    expect(state.nextChangeAt).toBeNull();
  });

  it('R1: accepts now as a Date and decides exactly as for the same epoch number', () => {
    const asDate = getDowntimeState(IDME(), { now: new Date(T('2025-03-09T07:00:00.000Z')) });
    const asNumber = getDowntimeState(IDME(), { now: T('2025-03-09T07:00:00.000Z') });
    expect(asDate).toEqual(asNumber);
    expect(asDate.providers.idme.state).toBe('maintenance');
  });

  it('R2: an open-ended window is upcoming with no end, then active from its start onward, with no next change', () => {
    const open = snap([w('idme', '2025-03-09T07:00:00.000Z', null)]);
    const before = decide(open, '2025-03-09T05:00:00.000Z');
    expect(before.providers.idme).toMatchObject({ state: 'upcoming', endsAt: null });
    expect(iso(before.nextChangeAt)).toBe('2025-03-09T07:00:00.000Z');
    const atStart = decide(open, '2025-03-09T07:00:00.000Z');
    expect(atStart.providers.idme).toMatchObject({ state: 'maintenance', endsAt: null });
    expect(atStart.nextChangeAt).toBeNull();
    const years = decide(open, '2035-01-01T00:00:00.000Z');
    expect(years.providers.idme.state).toBe('maintenance');
  });

  it('R3: only the next window counts as upcoming, even when a later one is also inside the lead', () => {
    const state = decide(
      snap([w('idme', '2025-03-09T07:30:00.000Z', '2025-03-09T08:00:00.000Z', '', 'second'), w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T07:10:00.000Z', '', 'first')]),
      '2025-03-09T06:00:00.000Z',
    );
    expect(state.providers.idme).toMatchObject({ state: 'upcoming', windowIds: ['first'] });
  });

  it('R3: during one window, a following window inside the lead does not replace the maintenance', () => {
    const twoWindows = snap([w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T08:00:00.000Z'), w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z')]);
    const during = decide(twoWindows, '2025-03-09T07:30:00.000Z');
    expect(during.providers.idme).toMatchObject({ state: 'maintenance', endsAt: T('2025-03-09T08:00:00.000Z') });
    expect(during.banners).toHaveLength(1);
    const between = decide(twoWindows, '2025-03-09T08:00:00.000Z');
    expect(between.providers.idme).toMatchObject({ state: 'upcoming', startsAt: T('2025-03-09T09:00:00.000Z') });
  });

  it('R4: the default lead time is 2 hours', () => {
    expect(DEFAULT_LEAD_TIME_MS).toBe(2 * HOUR);
  });

  it('R4: a global leadTimeMs moves the upcoming boundary (30 min: ok 1 ms before, upcoming at it)', () => {
    const options = { leadTimeMs: 30 * MINUTE };
    expect(decide(IDME(), '2025-03-09T06:29:59.999Z', options).providers.idme.state).toBe('ok');
    expect(iso(decide(IDME(), '2025-03-09T06:29:59.999Z', options).nextChangeAt)).toBe('2025-03-09T06:30:00.000Z');
    expect(decide(IDME(), '2025-03-09T06:30:00.000Z', options).providers.idme.state).toBe('upcoming');
  });

  it('R4: a per-service lead time (global: 12 h) applies to that service only', () => {
    const snapshot = snap([w('global', '2025-03-09T20:00:00.000Z', '2025-03-09T23:00:00.000Z'), w('idme', '2025-03-09T20:00:00.000Z', '2025-03-09T21:00:00.000Z')]);
    const options = { services: { global: { leadTimeMs: 12 * HOUR } } };
    expect(states(decide(snapshot, '2025-03-09T07:59:59.999Z', options))).toEqual(every('ok'));
    const atGlobalLead = decide(snapshot, '2025-03-09T08:00:00.000Z', options);
    expect(states(atGlobalLead)).toEqual(every('upcoming'));
    expect(atGlobalLead.providers.idme.cause).toBe('global');
    // idme's own window keeps the 2 h default, so its lead start is no change while the global notice shows.
    const state = decide(snapshot, '2025-03-09T17:59:59.999Z', { services: { global: { leadTimeMs: 12 * HOUR } } });
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T20:00:00.000Z');
  });

  it('R4: a per-service lead time overrides the global one', () => {
    const options = { leadTimeMs: 6 * HOUR, services: { idme: { leadTimeMs: 10 * MINUTE } } };
    expect(decide(IDME(), '2025-03-09T06:49:59.999Z', options).providers.idme.state).toBe('ok');
    expect(decide(IDME(), '2025-03-09T06:50:00.000Z', options).providers.idme.state).toBe('upcoming');
  });

  it('R4: a lead time of 0 means never upcoming; the window goes straight to maintenance at its start', () => {
    const state = decide(IDME(), '2025-03-09T06:59:59.999Z', { leadTimeMs: 0 });
    expect(state.providers.idme.state).toBe('ok');
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T07:00:00.000Z');
  });

  it('R5: a stale window that ended yesterday raises nothing and sets no next change', () => {
    const state = decide(snap([w('idme', '2025-03-08T01:00:00.000Z', '2025-03-08T03:00:00.000Z')]), '2025-03-09T12:00:00.000Z');
    expect(states(state)).toEqual(every('ok'));
    expect(state.banners).toEqual([]);
    expect(state.nextChangeAt).toBeNull();
  });

  it('R5: a stale window does not hide the next real one', () => {
    const state = decide(
      snap([w('idme', '2025-03-09T13:00:00.000Z', '2025-03-09T14:00:00.000Z', '', 'future'), w('idme', '2025-03-08T01:00:00.000Z', '2025-03-08T03:00:00.000Z', '', 'stale')]),
      '2025-03-09T11:30:00.000Z',
    );
    expect(state.providers.idme).toMatchObject({ state: 'upcoming', windowIds: ['future'] });
  });
});

describe('R6-R8: merging and ignored windows', () => {
  const a = () => w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z', '', 'a');
  const b = () => w('idme', '2025-03-09T08:00:00.000Z', '2025-03-09T12:00:00.000Z', '', 'b');

  it.each([
    ['a, b', () => [a(), b()]],
    ['b, a', () => [b(), a()]],
  ])('R6: overlapping windows in order %s give one span that ends at the later end', (_order, windows) => {
    const state = decide(snap(windows()), '2025-03-09T08:30:00.000Z');
    expect(state.providers.idme).toMatchObject({
      state: 'maintenance',
      startsAt: T('2025-03-09T07:00:00.000Z'),
      endsAt: T('2025-03-09T12:00:00.000Z'),
      windowIds: ['a', 'b'],
    });
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ endsAt: T('2025-03-09T12:00:00.000Z'), windowIds: ['a', 'b'] });
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T12:00:00.000Z');
  });

  it.each([
    ['a, b', () => [a(), b()]],
    ['b, a', () => [b(), a()]],
  ])('R6: overlapping windows in order %s are announced as one upcoming span', (_order, windows) => {
    const state = decide(snap(windows()), '2025-03-09T05:00:00.000Z');
    expect(state.providers.idme).toMatchObject({ state: 'upcoming', startsAt: T('2025-03-09T07:00:00.000Z'), endsAt: T('2025-03-09T12:00:00.000Z') });
  });

  it.each([
    ['first, second', false],
    ['second, first', true],
  ])('R6: touching windows (%s) stay in maintenance at the touch instant and end at the second end', (_order, reversed) => {
    const windows = [w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z'), w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z')];
    const snapshot = snap(reversed ? windows.reverse() : windows);
    const atTouch = decide(snapshot, '2025-03-09T09:00:00.000Z');
    expect(atTouch.providers.idme).toMatchObject({ state: 'maintenance', endsAt: T('2025-03-09T10:00:00.000Z') });
    expect(iso(decide(snapshot, '2025-03-09T07:00:00.000Z').nextChangeAt)).toBe('2025-03-09T10:00:00.000Z');
  });

  it('R6: windows 1 ms apart stay apart; at the gap the second one is upcoming', () => {
    const snapshot = snap([w('idme', '2025-03-09T09:00:00.001Z', '2025-03-09T10:00:00.000Z', '', 'second'), w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z', '', 'first')]);
    const during = decide(snapshot, '2025-03-09T08:00:00.000Z');
    expect(during.providers.idme).toMatchObject({ state: 'maintenance', endsAt: T('2025-03-09T09:00:00.000Z'), windowIds: ['first'] });
    expect(iso(during.nextChangeAt)).toBe('2025-03-09T09:00:00.000Z');
    const gap = decide(snapshot, '2025-03-09T09:00:00.000Z');
    expect(gap.providers.idme).toMatchObject({ state: 'upcoming', windowIds: ['second'] });
    expect(iso(gap.nextChangeAt)).toBe('2025-03-09T09:00:00.001Z');
  });

  it('R6: an open-ended window merged with a closed one makes the span open-ended', () => {
    const state = decide(snap([w('idme', '2025-03-09T08:00:00.000Z', null), w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z')]), '2025-03-09T10:00:00.000Z');
    expect(state.providers.idme).toMatchObject({ state: 'maintenance', startsAt: T('2025-03-09T07:00:00.000Z'), endsAt: null });
    expect(state.nextChangeAt).toBeNull();
  });

  it('R6: windows of different services never merge', () => {
    const state = decide(snap([w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z'), w('dslogon', '2025-03-09T08:00:00.000Z', '2025-03-09T12:00:00.000Z')]), '2025-03-09T08:30:00.000Z');
    expect(state.providers.idme.endsAt).toBe(T('2025-03-09T09:00:00.000Z'));
    expect(state.providers.dslogon.endsAt).toBe(T('2025-03-09T12:00:00.000Z'));
  });

  it('R7: a window with its end not after its start, or a start that is not a number, is ignored', () => {
    const broken: MaintenanceWindow[] = [
      { id: 'zero', service: 'idme', startsAt: T('2025-03-09T07:00:00.000Z'), endsAt: T('2025-03-09T07:00:00.000Z'), description: '' },
      { id: 'backwards', service: 'logingov', startsAt: T('2025-03-09T07:00:00.000Z'), endsAt: T('2025-03-09T06:00:00.000Z'), description: '' },
      { id: 'nan', service: 'dslogon', startsAt: Number.NaN, endsAt: null, description: '' },
      { id: 'nan-end', service: 'mhv', startsAt: T('2025-03-09T06:00:00.000Z'), endsAt: Number.NaN, description: '' },
    ];
    for (const now of ['2025-03-09T06:30:00.000Z', '2025-03-09T07:00:00.000Z']) {
      const state = decide(snap(broken), now);
      expect(states(state)).toEqual(every('ok'));
      expect(state.nextChangeAt).toBeNull();
    }
  });

  it('R8: minDurationMs hides short windows of that service only, and long or open-ended ones still show', () => {
    const options = { services: { dslogon: { minDurationMs: 24 * HOUR } } };
    const snapshot = snap([
      w('dslogon', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', '', 'short'),
      w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', '', 'idme-short'),
    ]);
    expect(decide(snapshot, '2025-03-09T05:00:00.000Z', options).providers.dslogon.state).toBe('ok');
    const during = decide(snapshot, '2025-03-09T08:00:00.000Z', options);
    expect(states(during)).toEqual(only('idme', 'maintenance'));
    expect(during.banners.map((b) => b.providers)).toEqual([['idme']]);

    const long = snap([w('dslogon', '2025-03-09T07:00:00.000Z', '2025-03-10T07:00:00.000Z')]);
    expect(decide(long, '2025-03-09T08:00:00.000Z', options).providers.dslogon.state).toBe('maintenance');
    const open = snap([w('dslogon', '2025-03-09T07:00:00.000Z', null)]);
    expect(decide(open, '2025-03-09T08:00:00.000Z', options).providers.dslogon.state).toBe('maintenance');
  });

  it('R8: minDurationMs applies to the merged span, so two touching 13 h windows count as 26 h', () => {
    const options = { services: { dslogon: { minDurationMs: 24 * HOUR } } };
    const snapshot = snap([w('dslogon', '2025-03-09T13:00:00.000Z', '2025-03-10T02:00:00.000Z'), w('dslogon', '2025-03-09T00:00:00.000Z', '2025-03-09T13:00:00.000Z')]);
    expect(decide(snapshot, '2025-03-09T08:00:00.000Z', options).providers.dslogon).toMatchObject({ state: 'maintenance', endsAt: T('2025-03-10T02:00:00.000Z') });
  });

  it('R8: a hidden short window sets no next change', () => {
    const options = { services: { dslogon: { minDurationMs: 24 * HOUR } } };
    const state = decide(snap([w('dslogon', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z')]), '2025-03-09T04:00:00.000Z', options);
    expect(state.nextChangeAt).toBeNull();
  });
});

describe('R9-R15: PagerDuty statuses', () => {
  it.each(['critical', 'warning'])('R9: status %s means an open incident: the provider is down with no times', (status) => {
    const state = decide(snap([], { logingov: status }), '2025-03-09T12:00:00.000Z');
    expect(states(state)).toEqual(only('logingov', 'down'));
    expect(state.providers.logingov).toEqual({ state: 'down', cause: 'logingov', source: 'incident' });
    expect(state.nextChangeAt).toBeNull();
  });

  it('R10: a maintenance status with its active window makes ONE banner with the window end', () => {
    const state = decide(snap([w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', 'Planned work.', 'idme-1')], { idme: 'maintenance' }), '2025-03-09T08:00:00.000Z');
    expect(state.providers.idme).toMatchObject({ state: 'maintenance', source: 'status', endsAt: T('2025-03-09T11:00:00.000Z') });
    expect(state.providers.idme.overdue).toBeUndefined();
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ state: 'maintenance', providers: ['idme'], windowIds: ['idme-1'], messages: ['Planned work.'] });
  });

  it('R10/R11: while the status stays maintenance, the window end is the next change (the banner turns overdue there)', () => {
    const snapshot = snap([w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z')], { idme: 'maintenance' });
    expect(iso(decide(snapshot, '2025-03-09T10:59:59.999Z').nextChangeAt)).toBe('2025-03-09T11:00:00.000Z');
    expect(decide(snapshot, '2025-03-09T10:59:59.999Z').providers.idme.overdue).toBeUndefined();
  });

  it('R11: a maintenance status past its window end is overdue, keeping the planned times', () => {
    const snapshot = snap(
      [w('idme', '2025-03-08T07:00:00.000Z', '2025-03-08T08:00:00.000Z', '', 'older'), w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', '', 'latest')],
      { idme: 'maintenance' },
    );
    const state = decide(snapshot, '2025-03-09T11:00:00.000Z');
    expect(state.providers.idme).toMatchObject({
      state: 'maintenance',
      source: 'status',
      overdue: true,
      startsAt: T('2025-03-09T07:00:00.000Z'),
      endsAt: T('2025-03-09T11:00:00.000Z'),
      windowIds: ['latest'],
    });
    expect(state.banners[0]?.overdue).toBe(true);
    expect(state.nextChangeAt).toBeNull();
  });

  it('R12: a maintenance status with no window is open-ended and has no start', () => {
    const state = decide(snap([], { dslogon: 'maintenance' }), '2025-03-09T12:00:00.000Z');
    expect(state.providers.dslogon).toEqual({ state: 'maintenance', cause: 'dslogon', source: 'status', endsAt: null });
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ state: 'maintenance', providers: ['dslogon'], endsAt: null });
    expect(state.banners[0]?.startsAt).toBeUndefined();
  });

  it('R12: a maintenance status whose only window is still in the future stays open-ended', () => {
    const state = decide(snap([w('dslogon', '2025-03-09T13:00:00.000Z', '2025-03-09T14:00:00.000Z')], { dslogon: 'maintenance' }), '2025-03-09T12:00:00.000Z');
    expect(state.providers.dslogon).toMatchObject({ state: 'maintenance', endsAt: null });
    expect(state.banners).toHaveLength(1);
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T13:00:00.000Z');
  });

  it('R13: a maintenance status during a window too short for a banner raises nothing until the window overruns', () => {
    const options = { services: { dslogon: { minDurationMs: 24 * HOUR } } };
    const snapshot = snap([w('dslogon', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z')], { dslogon: 'maintenance' });
    const during = decide(snapshot, '2025-03-09T08:59:59.999Z', options);
    expect(states(during)).toEqual(every('ok'));
    expect(during.banners).toEqual([]);
    expect(iso(during.nextChangeAt)).toBe('2025-03-09T09:00:00.000Z');
    const overrun = decide(snapshot, '2025-03-09T09:00:00.000Z', options);
    expect(overrun.providers.dslogon).toMatchObject({ state: 'maintenance', overdue: true, endsAt: T('2025-03-09T09:00:00.000Z') });
  });

  it.each(['active', 'disabled', 'investigating', ''])('R14: status %j raises nothing', (status) => {
    const state = decide(snap([], { logingov: status, idme: status, dslogon: status, mhv: status, ssoe: status, ssoe_oauth: status, mvi: status }), '2025-03-09T12:00:00.000Z');
    expect(states(state)).toEqual(every('ok'));
    expect(state.banners).toEqual([]);
    expect(state.nextChangeAt).toBeNull();
  });

  it.each([
    ['critical last', ['active', 'critical']],
    ['critical first', ['critical', 'active']],
  ])('R15: a service listed twice takes the incident whatever the order (%s)', (_label, order) => {
    const snapshot: DowntimeSnapshot = { ...snap(), statuses: order.map((status) => ({ service: 'idme', status })) };
    expect(decide(snapshot, '2025-03-09T12:00:00.000Z').providers.idme.state).toBe('down');
  });
});

describe('R16-R20: shared dependencies', () => {
  it.each(['ssoe', 'ssoe_oauth'])('R16: a %s incident puts every provider down in one banner that leads with no working option', (service) => {
    const state = decide(snap([], { [service]: 'critical' }), '2025-03-09T12:00:00.000Z');
    expect(states(state)).toEqual(every('down'));
    expect(state.providers.idme).toMatchObject({ cause: service, source: 'incident' });
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ state: 'down', cause: service, providers: ALL, working: [], allProviders: true, impact: 'full' });
  });

  it('R16: a global incident is treated like an ssoe incident', () => {
    const state = decide(snap([], { global: 'warning' }), '2025-03-09T12:00:00.000Z');
    expect(states(state)).toEqual(every('down'));
    expect(state.banners[0]?.cause).toBe('global');
  });

  it.each(['global', 'ssoe', 'ssoe_oauth'])('R17: an active %s window puts every provider in maintenance in one banner', (service) => {
    const state = decide(snap([w(service, '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', 'Sitewide work.')]), '2025-03-09T07:00:00.000Z');
    expect(states(state)).toEqual(every('maintenance'));
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({
      state: 'maintenance',
      cause: service,
      providers: ALL,
      allProviders: true,
      working: [],
      endsAt: T('2025-03-09T11:00:00.000Z'),
      messages: ['Sitewide work.'],
    });
  });

  it.each(['global', 'ssoe', 'ssoe_oauth'])('R17: an upcoming %s window makes every provider upcoming, in one banner', (service) => {
    const state = decide(snap([w(service, '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z')]), '2025-03-09T05:00:00.000Z');
    expect(states(state)).toEqual(every('upcoming'));
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ state: 'upcoming', cause: service, providers: ALL, allProviders: true });
  });

  it('R17: an ssoe maintenance status with no window makes every provider open-ended maintenance', () => {
    const state = decide(snap([], { ssoe: 'maintenance' }), '2025-03-09T12:00:00.000Z');
    expect(states(state)).toEqual(every('maintenance'));
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ cause: 'ssoe', endsAt: null });
  });

  it('R18: an mvi incident makes every provider degraded, in one partial-impact banner', () => {
    const state = decide(snap([], { mvi: 'critical' }), '2025-03-09T12:00:00.000Z');
    expect(states(state)).toEqual(every('degraded'));
    expect(state.providers.logingov).toMatchObject({ cause: 'mvi', source: 'incident' });
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ state: 'degraded', cause: 'mvi', providers: ALL, allProviders: true, impact: 'partial' });
  });

  it('R18: an active mvi window makes every provider degraded until its end', () => {
    const state = decide(snap([w('mvi', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z')]), '2025-03-09T07:00:00.000Z');
    expect(states(state)).toEqual(every('degraded'));
    expect(state.banners[0]).toMatchObject({ state: 'degraded', cause: 'mvi', endsAt: T('2025-03-09T11:00:00.000Z') });
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T11:00:00.000Z');
  });

  it('R19: an upcoming mvi window raises nothing, and its lead start is not a change', () => {
    const state = decide(snap([w('mvi', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z')]), '2025-03-09T04:00:00.000Z');
    expect(states(state)).toEqual(every('ok'));
    expect(decide(snap([w('mvi', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z')]), '2025-03-09T06:59:59.999Z').banners).toEqual([]);
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T07:00:00.000Z');
  });

  it('R20: services that are not for sign-in never raise a banner, whatever they report', () => {
    const state = decide(
      snap(
        [w('vaos', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z'), w('evss', '2025-03-09T08:00:00.000Z', null), w('caseflow', '2025-03-09T12:00:00.000Z', '2025-03-09T13:00:00.000Z')],
        { evss: 'critical', vaos: 'maintenance', caseflow: 'warning', IDME: 'critical' },
      ),
      '2025-03-09T11:00:00.000Z',
    );
    expect(states(state)).toEqual(every('ok'));
    expect(state.banners).toEqual([]);
    expect(state.nextChangeAt).toBeNull();
  });
});

describe('R21-R23: precedence and the providers option', () => {
  const now = '2025-03-09T08:00:00.000Z';
  const active = (service: string, id = service) => w(service, '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', '', id);
  const upcoming = (service: string) => w(service, '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z');

  it('R21: down beats a shared maintenance: idme down, the others in maintenance, in two banners', () => {
    const state = decide(snap([active('global')], { idme: 'critical' }), now);
    expect(states(state)).toEqual({ logingov: 'maintenance', idme: 'down', dslogon: 'maintenance', mhv: 'maintenance' });
    expect(state.banners.map((b) => [b.state, b.cause, b.providers])).toEqual([
      ['down', 'provider', ['idme']],
      ['maintenance', 'global', ['logingov', 'dslogon', 'mhv']],
    ]);
  });

  it('R21: a shared down beats a provider maintenance', () => {
    const state = decide(snap([active('idme')], { ssoe_oauth: 'critical' }), now);
    expect(states(state)).toEqual(every('down'));
    expect(state.banners).toHaveLength(1);
  });

  it('R21: maintenance beats degraded', () => {
    const state = decide(snap([active('dslogon')], { mvi: 'critical' }), now);
    expect(states(state)).toEqual({ logingov: 'degraded', idme: 'degraded', dslogon: 'maintenance', mhv: 'degraded' });
  });

  it('R21: degraded beats upcoming', () => {
    const state = decide(snap([upcoming('global'), upcoming('idme')], { mvi: 'warning' }), now);
    expect(states(state)).toEqual(every('degraded'));
  });

  it('R21: upcoming beats ok', () => {
    expect(states(decide(snap([upcoming('mhv')]), now))).toEqual(only('mhv', 'upcoming'));
  });

  it('R21: an incident masks a window of the same provider, before and during it', () => {
    const snapshot = snap([active('logingov')], { logingov: 'critical' });
    expect(decide(snapshot, '2025-03-09T06:00:00.000Z').providers.logingov).toEqual({ state: 'down', cause: 'logingov', source: 'incident' });
    expect(decide(snapshot, now).providers.logingov.state).toBe('down');
  });

  it('R22: on a maintenance tie, the shared dependency wins: one global banner names every provider', () => {
    const state = decide(snap([active('idme', 'idme-w'), active('global', 'global-w')]), now);
    expect(states(state)).toEqual(every('maintenance'));
    expect(state.providers.idme.cause).toBe('global');
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ cause: 'global', allProviders: true, windowIds: ['global-w'] });
  });

  it('R22: on a down tie, the shared dependency wins', () => {
    const state = decide(snap([], { idme: 'critical', ssoe: 'critical' }), now);
    expect(state.providers.idme.cause).toBe('ssoe');
    expect(state.banners).toHaveLength(1);
  });

  it('R22: between upcoming windows, the earlier start wins even over a shared dependency', () => {
    const snapshot = snap([w('global', '2025-03-09T09:30:00.000Z', '2025-03-09T10:00:00.000Z'), w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z')]);
    const state = decide(snapshot, now);
    expect(states(state)).toEqual(every('upcoming'));
    expect(state.providers.idme).toMatchObject({ cause: 'idme', startsAt: T('2025-03-09T09:00:00.000Z') });
    expect(state.providers.mhv.cause).toBe('global');
    expect(state.banners.map((b) => b.providers)).toEqual([['idme'], ['logingov', 'dslogon', 'mhv']]);
  });

  it('R22: between upcoming windows with the same start, the shared dependency wins', () => {
    const state = decide(snap([upcoming('idme'), upcoming('global')]), now);
    expect(state.providers.idme.cause).toBe('global');
    expect(state.banners).toHaveLength(1);
  });

  it('R22: between two shared dependencies in maintenance, ssoe is found before global', () => {
    const state = decide(snap([active('global'), active('ssoe')]), now);
    expect(state.banners.map((b) => b.cause)).toEqual(['ssoe']);
  });

  it('R23: the default providers are all four, in VA.gov order', () => {
    const state = decide(snap([], { ssoe: 'critical' }), now);
    expect(Object.keys(state.providers)).toEqual(ALL);
    expect(state.banners[0]?.providers).toEqual(ALL);
  });

  it('R23: a providers subset is decided in the given order; the others stay ok and are never named', () => {
    const state = decide(snap([active('idme')], { logingov: 'critical', mhv: 'critical' }), now, { providers: ['mhv', 'dslogon', 'logingov'] });
    expect(states(state)).toEqual({ logingov: 'down', idme: 'ok', dslogon: 'ok', mhv: 'down' });
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ providers: ['mhv', 'logingov'], working: ['dslogon'], allProviders: false });
  });

  it('R23: allProviders means every configured provider', () => {
    const state = decide(snap([], { logingov: 'critical' }), now, { providers: ['logingov'] });
    expect(state.banners[0]).toMatchObject({ providers: ['logingov'], allProviders: true, working: [] });
  });

  it('R23: duplicate and unknown provider ids are ignored', () => {
    const providers = ['idme', 'idme', 'ssoe', 'logingov'] as unknown as ProviderId[];
    const state = decide(snap([], { idme: 'critical' }), now, { providers });
    expect(state.banners[0]).toMatchObject({ providers: ['idme'], working: ['logingov'], allProviders: false });
  });
});

describe('R24-R29: banners', () => {
  const now = '2025-03-09T08:00:00.000Z';

  it('R24: every provider ok gives no banners', () => {
    expect(decide(snap(), now)).toEqual({
      providers: { logingov: { state: 'ok' }, idme: { state: 'ok' }, dslogon: { state: 'ok' }, mhv: { state: 'ok' } },
      banners: [],
      nextChangeAt: null,
    });
  });

  it('R24/R25: two providers down make one banner that names both and the two that still work', () => {
    const state = decide(snap([], { idme: 'critical', dslogon: 'warning' }), now);
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ state: 'down', cause: 'provider', providers: ['idme', 'dslogon'], working: ['logingov', 'mhv'], allProviders: false });
  });

  it('R24/R25: all four down from their own incidents make one banner with no working option', () => {
    const state = decide(snap([], { logingov: 'critical', idme: 'critical', dslogon: 'warning', mhv: 'critical' }), now);
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({ state: 'down', cause: 'provider', providers: ALL, working: [], allProviders: true });
  });

  it('R24: provider windows with the same times share a banner; different times get their own', () => {
    const state = decide(
      snap([
        w('dslogon', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', 'Moving servers.', 'd'),
        w('mhv', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z', 'Moving servers.', 'm'),
        w('idme', '2025-03-09T06:00:00.000Z', '2025-03-09T09:00:00.000Z', '', 'i'),
      ]),
      now,
    );
    expect(state.banners.map((b) => [b.providers, b.windowIds, b.messages, b.working])).toEqual([
      [['idme'], ['i'], [], ['logingov']],
      [['dslogon', 'mhv'], ['d', 'm'], ['Moving servers.'], ['logingov']],
    ]);
  });

  it('R24: a provider appears in at most one banner, even with every kind of condition at once', () => {
    const state = decide(
      snap(
        [
          w('global', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z'),
          w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T11:00:00.000Z'),
          w('dslogon', '2025-03-09T08:30:00.000Z', '2025-03-09T09:00:00.000Z'),
          w('mvi', '2025-03-09T07:00:00.000Z', '2025-03-09T12:00:00.000Z'),
        ],
        { logingov: 'critical', idme: 'maintenance' },
      ),
      now,
    );
    expect(states(state)).toEqual({ logingov: 'down', idme: 'maintenance', dslogon: 'degraded', mhv: 'degraded' });
    const named = state.banners.flatMap((b) => b.providers);
    expect(named.sort()).toEqual(['dslogon', 'idme', 'logingov', 'mhv']);
  });

  it('R25: working lists upcoming and degraded providers but not those in maintenance or down', () => {
    const state = decide(snap([w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z'), w('dslogon', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z')], { logingov: 'critical' }), now);
    expect(states(state)).toEqual({ logingov: 'down', idme: 'upcoming', dslogon: 'maintenance', mhv: 'ok' });
    const down = state.banners.find((b) => b.state === 'down');
    expect(down?.working).toEqual(['idme', 'mhv']);
    const maintenance = state.banners.find((b) => b.state === 'maintenance');
    expect(maintenance?.working).toEqual(['idme', 'mhv']);
  });

  it('R25: a provider whose window starts in 6 hours is still offered as working during another outage', () => {
    const state = decide(snap([w('idme', '2025-03-09T14:00:00.000Z', '2025-03-09T16:00:00.000Z')], { logingov: 'critical' }), now);
    expect(state.providers.idme.state).toBe('ok');
    expect(state.banners[0]?.working).toEqual(['idme', 'dslogon', 'mhv']);
  });

  it('R26: banners are ordered by severity: down, then maintenance, then upcoming', () => {
    const state = decide(
      snap(
        [w('mhv', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z'), w('dslogon', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z')],
        { idme: 'critical' },
      ),
      now,
    );
    expect(state.banners.map((b) => b.state)).toEqual(['down', 'maintenance', 'upcoming']);
  });

  it('R26: banners are ordered by severity with degraded between maintenance and upcoming', () => {
    const state = decide(snap([w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z')], { logingov: 'critical', mvi: 'critical' }), now);
    expect(state.banners.map((b) => [b.state, b.providers])).toEqual([
      ['down', ['logingov']],
      ['maintenance', ['idme']],
      ['degraded', ['dslogon', 'mhv']],
    ]);
  });

  it('R26: banners of equal severity come in start order, an open-ended status with no start first', () => {
    const state = decide(
      snap([w('mhv', '2025-03-09T07:30:00.000Z', '2025-03-09T09:00:00.000Z'), w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T12:00:00.000Z')], { logingov: 'maintenance' }),
      now,
    );
    expect(state.banners.map((b) => b.providers)).toEqual([['logingov'], ['idme'], ['mhv']]);
  });

  it('R27: a banner from merged windows carries the span times, every window id and each distinct message once', () => {
    const state = decide(
      snap([
        w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T12:00:00.000Z', 'ID.me is upgrading.', 'x2'),
        w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z', 'ID.me is upgrading.', 'x1'),
        w('idme', '2025-03-09T11:00:00.000Z', '2025-03-09T11:30:00.000Z', 'Extra checks after the upgrade.', 'x3'),
      ]),
      now,
    );
    expect(state.banners).toHaveLength(1);
    expect(state.banners[0]).toMatchObject({
      state: 'maintenance',
      startsAt: T('2025-03-09T07:00:00.000Z'),
      endsAt: T('2025-03-09T12:00:00.000Z'),
      windowIds: ['x1', 'x2', 'x3'],
      messages: ['ID.me is upgrading.', 'Extra checks after the upgrade.'],
    });
  });

  it('R27: the banner id changes when the phase changes and stays put otherwise', () => {
    const snapshot = snap([w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z', '', 'k')]);
    const upcomingA = decide(snapshot, '2025-03-09T07:00:00.000Z').banners[0]!.id;
    const upcomingB = decide(snapshot, '2025-03-09T08:59:59.999Z').banners[0]!.id;
    const active = decide(snapshot, '2025-03-09T09:00:00.000Z').banners[0]!.id;
    expect(upcomingA).toBe(upcomingB);
    expect(active).not.toBe(upcomingA);
  });

  it('R28: impact defaults to full for down, maintenance and upcoming, and partial for degraded', () => {
    expect(decide(snap([], { idme: 'critical' }), now).banners[0]?.impact).toBe('full');
    expect(decide(snap([w('idme', '2025-03-09T07:00:00.000Z', '2025-03-09T09:00:00.000Z')]), now).banners[0]?.impact).toBe('full');
    expect(decide(snap([w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z')]), now).banners[0]?.impact).toBe('full');
    expect(decide(snap([], { mvi: 'critical' }), now).banners[0]?.impact).toBe('partial');
  });

  it('R28: per-service impact options change it: partial for a provider, full for mvi, full beats partial in one banner', () => {
    expect(decide(snap([], { idme: 'critical' }), now, { services: { idme: { impact: 'partial' } } }).banners[0]?.impact).toBe('partial');
    expect(decide(snap([], { mvi: 'critical' }), now, { services: { mvi: { impact: 'full' } } }).banners[0]?.impact).toBe('full');
    const mixed = decide(snap([], { idme: 'critical', mhv: 'critical' }), now, { services: { idme: { impact: 'partial' }, mhv: { impact: 'full' } } });
    expect(mixed.banners[0]?.impact).toBe('full');
    const shared = decide(snap([], { ssoe: 'critical' }), now, { services: { idme: { impact: 'partial' } } });
    expect(shared.banners[0]?.impact).toBe('full');
  });

  it('R29: a retired provider’s own banner says retired, and it is never offered as working', () => {
    const options = { services: { dslogon: { retired: true } } };
    const own = decide(snap([], { dslogon: 'critical' }), now, options);
    expect(own.banners[0]).toMatchObject({ providers: ['dslogon'], retired: true, working: ['logingov', 'idme', 'mhv'] });
    const other = decide(snap([], { idme: 'critical' }), now, options);
    expect(other.banners[0]).toMatchObject({ providers: ['idme'], working: ['logingov', 'mhv'] });
    expect(other.banners[0]?.retired).toBeUndefined();
  });
});

describe('R30-R32: nextChangeAt', () => {
  it('R30: the earliest boundary across services and providers', () => {
    const state = decide(
      snap([
        w('idme', '2025-03-09T12:00:00.000Z', '2025-03-09T13:00:00.000Z'),
        w('global', '2025-03-09T09:30:00.000Z', '2025-03-09T10:00:00.000Z'),
        w('dslogon', '2025-03-09T06:00:00.000Z', '2025-03-09T08:45:00.000Z'),
      ]),
      '2025-03-09T07:00:00.000Z',
    );
    // global lead start is 07:30, before dslogon's 08:45 end and idme's 10:00 lead start.
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T07:30:00.000Z');
  });

  it('R30: a window hidden behind an active sitewide one is skipped: the next change is the sitewide end', () => {
    const state = decide(
      snap([w('global', '2025-03-09T06:00:00.000Z', '2025-03-09T12:00:00.000Z'), w('idme', '2025-03-09T08:00:00.000Z', '2025-03-09T09:00:00.000Z')]),
      '2025-03-09T07:00:00.000Z',
    );
    expect(iso(state.nextChangeAt)).toBe('2025-03-09T12:00:00.000Z');
  });

  it('R30/R31: a shared incident masks provider windows, so the next change is the next real one, or null', () => {
    const masked = snap([w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z')], { ssoe: 'critical' });
    expect(decide(masked, '2025-03-09T08:00:00.000Z').nextChangeAt).toBeNull();
    const withOwn = snap([...masked.windows, w('ssoe', '2025-03-09T11:00:00.000Z', '2025-03-09T12:00:00.000Z')], { ssoe: 'critical' });
    expect(iso(decide(withOwn, '2025-03-09T08:00:00.000Z').nextChangeAt)).toBe('2025-03-09T11:00:00.000Z');
  });

  it('R9/R30: an incident takes the message and expected end of its own window while it is active', () => {
    const outage = snap([w('idme', '2025-03-09T09:00:00.000Z', '2025-03-09T10:00:00.000Z', 'We are fixing ID.me.')], { idme: 'critical' });
    const before = decide(outage, '2025-03-09T08:00:00.000Z');
    expect(before.providers.idme).toMatchObject({ state: 'down', source: 'incident' });
    expect(before.providers.idme.message).toBeUndefined();
    expect(iso(before.nextChangeAt)).toBe('2025-03-09T09:00:00.000Z');
    const during = decide(outage, '2025-03-09T09:00:00.000Z');
    expect(during.providers.idme).toMatchObject({ state: 'down', message: 'We are fixing ID.me.', endsAt: T('2025-03-09T10:00:00.000Z') });
    expect(during.banners).toHaveLength(1);
    expect(during.banners[0]!.messages).toEqual(['We are fixing ID.me.']);
    expect(iso(during.nextChangeAt)).toBe('2025-03-09T10:00:00.000Z');
  });

  it('R31: a shared incident holds every provider, so no provider window is a change however many there are', () => {
    const windows = Array.from({ length: 200 }, (_, i) =>
      w(ALL[i % 4]!, new Date(T('2025-03-09T09:00:00.000Z') + i * HOUR).toISOString(), new Date(T('2025-03-09T09:30:00.000Z') + i * HOUR).toISOString()),
    );
    expect(decide(snap(windows, { ssoe: 'critical' }), '2025-03-09T08:00:00.000Z').nextChangeAt).toBeNull();
  });

  it('R31: windows of providers outside options.providers are never a change', () => {
    const snapshot = snap([
      ...Array.from({ length: 100 }, (_, i) => w('idme', new Date(T('2025-03-10T00:00:00.000Z') + i * HOUR).toISOString(), new Date(T('2025-03-10T00:30:00.000Z') + i * HOUR).toISOString())),
      w('mhv', '2025-03-20T12:00:00.000Z', '2025-03-20T13:00:00.000Z'),
    ]);
    expect(iso(decide(snapshot, '2025-03-09T08:00:00.000Z', { providers: ['mhv'] }).nextChangeAt)).toBe('2025-03-20T10:00:00.000Z');
    expect(decide(snapshot, '2025-03-09T08:00:00.000Z', { providers: ['logingov'] }).nextChangeAt).toBeNull();
  });

  it('R32: after 64 boundaries that change nothing, the 65th is returned as an early re-check', () => {
    // An open-ended global window masks 40 later idme windows: 120 boundaries, none of them a change.
    const idme = Array.from({ length: 40 }, (_, i) =>
      w('idme', new Date(T('2025-03-10T00:00:00.000Z') + i * 4 * HOUR).toISOString(), new Date(T('2025-03-10T01:00:00.000Z') + i * 4 * HOUR).toISOString()),
    );
    const state = decide(snap([w('global', '2025-03-09T06:00:00.000Z', null), ...idme]), '2025-03-09T08:00:00.000Z');
    expect(states(state)).toEqual(every('maintenance'));
    // Per idme window: lead start (-2 h), start, end (+1 h). Sorted, the 65th is the 22nd window's lead start.
    const boundaries = idme.flatMap((x) => [x.startsAt - 2 * HOUR, x.startsAt, x.endsAt!]).sort((a, b) => a - b);
    expect(state.nextChangeAt).toBe(boundaries[64]);
    const after = getDowntimeState(snap([w('global', '2025-03-09T06:00:00.000Z', null), ...idme]), { now: state.nextChangeAt! });
    expect(states(after)).toEqual(every('maintenance'));
  });

  it('R30: stepping from one nextChangeAt to the next finds every change in a busy day, and nothing changes in between', () => {
    const snapshot = snap(
      [
        w('global', '2025-03-09T20:00:00.000Z', '2025-03-09T22:00:00.000Z'),
        w('idme', '2025-03-09T08:00:00.000Z', '2025-03-09T09:00:00.000Z'),
        w('idme', '2025-03-09T08:30:00.000Z', '2025-03-09T10:00:00.000Z'),
        w('dslogon', '2025-03-09T12:00:00.000Z', null),
        w('mhv', '2025-03-09T21:00:00.000Z', '2025-03-09T23:00:00.000Z'),
        w('mvi', '2025-03-09T15:00:00.000Z', '2025-03-09T16:00:00.000Z'),
      ],
      { logingov: 'maintenance' },
    );
    const options = { services: { global: { leadTimeMs: 12 * HOUR } } };
    const start = T('2025-03-09T05:00:00.000Z');
    const end = T('2025-03-10T02:00:00.000Z');
    const signature = (t: number) => JSON.stringify(getDowntimeState(snapshot, { ...options, now: t }).providers);

    const visited: number[] = [];
    let t = start;
    for (let guard = 0; guard < 50; guard++) {
      const next = getDowntimeState(snapshot, { ...options, now: t }).nextChangeAt;
      if (next === null || next > end) break;
      expect(next).toBeGreaterThan(t);
      expect(signature(next - 1)).toBe(signature(t));
      expect(signature(next)).not.toBe(signature(t));
      visited.push(next);
      t = next;
    }
    // Every minute of the day: the state changes exactly at the visited instants.
    const changes: number[] = [];
    for (let m = start + MINUTE; m <= end; m += MINUTE) if (signature(m) !== signature(m - MINUTE)) changes.push(m);
    expect(visited).toEqual(changes);
    expect(visited.map(iso)).toEqual([
      '2025-03-09T06:00:00.000Z', // idme lead start
      '2025-03-09T08:00:00.000Z', // global 12 h lead start and idme start: idme stays on its own maintenance
      '2025-03-09T10:00:00.000Z', // idme merged span ends: idme takes the global upcoming notice
      '2025-03-09T12:00:00.000Z', // dslogon open-ended starts
      '2025-03-09T15:00:00.000Z', // mvi degraded
      '2025-03-09T16:00:00.000Z', // mvi ends
      '2025-03-09T20:00:00.000Z', // global starts
      '2025-03-09T22:00:00.000Z', // global ends: mhv's own window shows
      '2025-03-09T23:00:00.000Z', // mhv ends
    ]);
  });
});

describe('decisions from the project fixtures', () => {
  it('snake fixture at reported_at: Login.gov down, ID.me and DS Logon in separate maintenance banners, MHV disabled is fine', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('backend_statuses.snake.json'));
    const state = getDowntimeState(snapshot, { now: snapshot.reportedAt! });
    expect(states(state)).toEqual({ logingov: 'down', idme: 'maintenance', dslogon: 'maintenance', mhv: 'ok' });
    expect(state.banners.map((b) => [b.state, b.providers, b.working, iso(b.endsAt ?? null)])).toEqual([
      ['down', ['logingov'], ['mhv'], null],
      ['maintenance', ['dslogon'], ['mhv'], null],
      ['maintenance', ['idme'], ['mhv'], '2025-11-01T18:00:00.000Z'],
    ]);
    expect(iso(state.nextChangeAt)).toBe('2025-11-01T18:00:00.000Z');
  });

  it('camel fixture at reportedAt: ID.me down, Login.gov upcoming, MHV open-ended; EVSS and VAOS change nothing', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('backend_statuses.camel.json'));
    const state = getDowntimeState(snapshot, { now: snapshot.reportedAt! });
    expect(states(state)).toEqual({ logingov: 'upcoming', idme: 'down', dslogon: 'ok', mhv: 'maintenance' });
    expect(state.banners.map((b) => [b.state, b.providers])).toEqual([
      ['down', ['idme']],
      ['maintenance', ['mhv']],
      ['upcoming', ['logingov']],
    ]);
    expect(state.banners[2]?.messages).toEqual(['Login.gov is updating its sign-in pages.']);
    expect(iso(state.nextChangeAt)).toBe('2025-11-01T15:00:00.000Z');
  });

  it('JSON:API fixture: DS Logon and MHV share one banner with one message; ID.me has its own', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('maintenance_windows.jsonapi.json'));
    const state = getDowntimeState(snapshot, { now: T('2025-03-09T07:00:00.000Z') });
    expect(state.banners.map((b) => [b.providers, b.messages, b.working])).toEqual([
      [['idme'], [], ['logingov']],
      [['dslogon', 'mhv'], ['DS Logon and My HealtheVet are moving to new servers.'], ['logingov']],
    ]);
  });

  it('legacy fixture, years later: every window is stale, so nothing shows', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('maintenance_windows.legacy-camel.json'));
    const state = getDowntimeState(snapshot, { now: T('2025-03-09T07:00:00.000Z') });
    expect(state.banners).toEqual([]);
    expect(state.nextChangeAt).toBeNull();
  });
});

describe('retired credentials', () => {
  it('R24: a retired provider down with another gets its own banner, so the other is never called retired', () => {
    const state = decide(snap([], { idme: 'critical', dslogon: 'critical' }), '2025-03-09T08:00:00.000Z', {
      services: { dslogon: { retired: true } },
    });
    const retired = state.banners.filter((b) => b.retired);
    const current = state.banners.filter((b) => !b.retired);
    expect(retired.map((b) => b.providers)).toEqual([['dslogon']]);
    expect(current.map((b) => b.providers)).toEqual([['idme']]);
  });
});

