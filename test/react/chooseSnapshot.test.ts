import type { DowntimeSnapshot } from '../../src/core/types';
import { chooseSnapshot, type SnapshotSources } from '../../src/react/chooseSnapshot';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const TTL = 900_000;
const snapshot = (service: string): DowntimeSnapshot => ({
  windows: [],
  statuses: [{ service, status: 'critical' }],
  reportedAt: null,
  problems: [],
});
const primary = { snapshot: snapshot('idme'), receivedAt: T0 };
const fallback = { snapshot: snapshot('global'), receivedAt: T0 + 600_000 };
const sources = (parts: Partial<SnapshotSources>): SnapshotSources => ({
  primary: undefined,
  failing: false,
  fallback: undefined,
  staleTtlMs: TTL,
  ...parts,
});

describe('chooseSnapshot', () => {
  it('is loading with nothing yet and no failure', () => {
    expect(chooseSnapshot(sources({}), T0)).toEqual({ snapshot: undefined, status: 'loading', until: null });
  });

  it('is fresh whatever the age while requests succeed, and ignores any fallback', () => {
    expect(chooseSnapshot(sources({ primary, fallback }), T0 + 10 * TTL)).toEqual({
      snapshot: primary.snapshot,
      status: 'fresh',
      until: null,
    });
  });

  it('keeps the last good snapshot until a millisecond before the TTL ends', () => {
    const failing = sources({ primary, failing: true });
    expect(chooseSnapshot(failing, T0 + TTL - 1)).toEqual({ snapshot: primary.snapshot, status: 'stale', until: T0 + TTL });
    expect(chooseSnapshot(failing, T0 + TTL)).toEqual({ snapshot: undefined, status: 'unknown', until: null });
  });

  it('turns to the fallback after the TTL, under its own TTL', () => {
    const failing = sources({ primary, fallback, failing: true });
    expect(chooseSnapshot(failing, T0 + TTL - 1).status).toBe('stale');
    expect(chooseSnapshot(failing, T0 + TTL)).toEqual({
      snapshot: fallback.snapshot,
      status: 'fallback',
      until: fallback.receivedAt + TTL,
    });
    expect(chooseSnapshot(failing, fallback.receivedAt + TTL).status).toBe('unknown');
  });

  it('is unknown at once when the first request fails and there is no fallback', () => {
    expect(chooseSnapshot(sources({ failing: true }), T0).status).toBe('unknown');
  });
});
