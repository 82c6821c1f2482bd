import type { BannerModel } from '../../src/core/types';
import { contentVersion, dismissalExpiry, dismissalKey, isDismissible } from '../../src/react/dismissalKey';

const NOW = Date.parse('2025-03-09T05:00:00.000Z');
const HOUR = 3_600_000;

function banner(parts: Partial<BannerModel> = {}): BannerModel {
  return {
    id: 'upcoming:provider:x',
    state: 'upcoming',
    cause: 'provider',
    providers: ['logingov'],
    working: ['idme', 'dslogon', 'mhv'],
    allProviders: false,
    impact: 'full',
    startsAt: NOW + HOUR,
    endsAt: NOW + 3 * HOUR,
    messages: ['Use ID.me while Login.gov is updated.'],
    windowIds: ['71'],
    ...parts,
  };
}

describe('dismissalKey', () => {
  it('is made of the window ids, the phase and the content version', () => {
    expect(dismissalKey(banner())).toBe(`window:71|upcoming|${contentVersion(banner())}`);
    expect(dismissalKey(banner({ windowIds: ['71', '72'] }))).toMatch(/^window:71\+72\|upcoming\|/);
  });

  it('falls back to the cause and providers for a condition with no window', () => {
    expect(dismissalKey(banner({ windowIds: [], state: 'maintenance', cause: 'provider', providers: ['idme'] }))).toMatch(
      /^provider:idme\|maintenance\|/,
    );
  });

  it('changes with the phase', () => {
    expect(dismissalKey(banner({ state: 'maintenance' }))).not.toBe(dismissalKey(banner()));
  });

  it('ignores edits to spacing alone in the message', () => {
    const spaced = banner({ messages: ['  Use ID.me\twhile   Login.gov\nis updated.  ', ' '] });
    expect(dismissalKey(spaced)).toBe(dismissalKey(banner()));
  });

  it('changes when the words of the message change', () => {
    expect(dismissalKey(banner({ messages: ['Use ID.me while Login.gov is being updated.'] }))).not.toBe(dismissalKey(banner()));
  });

  it('changes when an edited window keeps its id but moves', () => {
    expect(dismissalKey(banner({ startsAt: NOW + 2 * HOUR }))).not.toBe(dismissalKey(banner()));
    expect(dismissalKey(banner({ endsAt: NOW + 4 * HOUR }))).not.toBe(dismissalKey(banner()));
  });

  it('changes when maintenance overruns', () => {
    const onTime = banner({ state: 'maintenance' });
    expect(dismissalKey({ ...onTime, overdue: true })).not.toBe(dismissalKey(onTime));
  });
});

describe('isDismissible', () => {
  it('lets upcoming and maintenance banners be dismissed, never an outage or degraded service', () => {
    expect(isDismissible(banner({ state: 'upcoming' }))).toBe(true);
    expect(isDismissible(banner({ state: 'maintenance' }))).toBe(true);
    expect(isDismissible(banner({ state: 'down' }))).toBe(false);
    expect(isDismissible(banner({ state: 'degraded' }))).toBe(false);
  });
});

describe('dismissalExpiry', () => {
  it("is the window's end", () => {
    expect(dismissalExpiry(banner(), NOW)).toBe(NOW + 3 * HOUR);
    expect(dismissalExpiry(banner({ state: 'maintenance', startsAt: NOW - HOUR }), NOW)).toBe(NOW + 3 * HOUR);
  });

  it('is a day after the later of now and the start for a window with no end', () => {
    expect(dismissalExpiry(banner({ state: 'maintenance', startsAt: NOW - 5 * HOUR, endsAt: null }), NOW)).toBe(NOW + 24 * HOUR);
    expect(dismissalExpiry(banner({ endsAt: null }), NOW)).toBe(NOW + 25 * HOUR);
    expect(dismissalExpiry(banner({ state: 'maintenance', startsAt: undefined, endsAt: undefined }), NOW)).toBe(NOW + 24 * HOUR);
  });
});
