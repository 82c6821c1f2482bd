import { DISMISSALS_STORAGE_KEY, MAX_DISMISSALS, getDismissalStore, parseDismissals } from '../../src/react/dismissalStore';
import { FakeStorage } from './fakeStorage';

const NOW = Date.parse('2025-03-09T05:00:00.000Z');

describe('parseDismissals', () => {
  it.each([
    ['nothing', null],
    ['the string "undefined"', 'undefined'],
    ['"{bad"', '{bad'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[["a", 1]]'],
  ])('reads %s as no dismissals', (_name, raw) => {
    expect(parseDismissals(raw, NOW)).toEqual(new Map());
  });

  it('keeps only finite instants after now, and drops over-long keys', () => {
    const raw = JSON.stringify({ a: NOW + 1, b: NOW, c: 'soon', d: null, e: { x: 1 }, [`${'k'.repeat(600)}`]: NOW + 5 });
    expect(parseDismissals(raw, NOW)).toEqual(new Map([['a', NOW + 1]]));
    expect(parseDismissals('{"f":1e999}', NOW)).toEqual(new Map());
  });

  it(`keeps the ${MAX_DISMISSALS} longest-lived of 10,000 entries`, () => {
    const raw = JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, NOW + i])));
    const parsed = parseDismissals(raw, NOW);
    expect(parsed.size).toBe(MAX_DISMISSALS);
    expect(parsed.get('k9999')).toBe(NOW + 9999);
    expect(parsed.has('k9949')).toBe(false);
  });
});

describe('getDismissalStore', () => {
  it('is one store per storage, so every banner on the page shares it', () => {
    const storage = new FakeStorage();
    expect(getDismissalStore(storage)).toBe(getDismissalStore(storage));
    expect(getDismissalStore(new FakeStorage())).not.toBe(getDismissalStore(storage));
  });

  it('says "not read yet" for the server, whatever storage holds', () => {
    const store = getDismissalStore(new FakeStorage({ [DISMISSALS_STORAGE_KEY]: JSON.stringify({ a: NOW + 1 }) }));
    expect(store.getServerSnapshot()).toMatchObject({ ready: false });
    expect(store.getServerSnapshot().entries.size).toBe(0);
  });

  it('reads once, never writes while reading, and returns the same snapshot until something changes', () => {
    const storage = new FakeStorage({ [DISMISSALS_STORAGE_KEY]: JSON.stringify({ a: NOW + 1 }) });
    const store = getDismissalStore(storage);
    const first = store.getSnapshot();
    expect(first.ready).toBe(true);
    expect(first.entries.get('a')).toBe(NOW + 1);
    expect(store.getSnapshot()).toBe(first);
    expect(storage.reads).toBe(1);
    expect(storage.writes).toEqual([]);
  });

  it('reads again at the next mount after every banner unmounted, picking up other tabs', () => {
    const storage = new FakeStorage();
    const store = getDismissalStore(storage);
    const unsubscribe = store.subscribe(() => {});
    expect(store.getSnapshot().entries.size).toBe(0);
    storage.values.set(DISMISSALS_STORAGE_KEY, JSON.stringify({ b: NOW + 1 }));
    expect(store.getSnapshot().entries.size).toBe(0);
    unsubscribe();
    expect(store.getSnapshot().entries.get('b')).toBe(NOW + 1);
  });

  it('never lets a slow read overwrite a newer click', async () => {
    vi.useFakeTimers();
    try {
      const storage = new FakeStorage({ [DISMISSALS_STORAGE_KEY]: JSON.stringify({ old: NOW + 1 }) }, { delayMs: 500 });
      const store = getDismissalStore(storage);
      const unsubscribe = store.subscribe(() => {});
      expect(store.getSnapshot().ready).toBe(false);
      await vi.advanceTimersByTimeAsync(500);
      expect(store.getSnapshot().entries.has('old')).toBe(true);
      unsubscribe();

      // A remount starts a slow re-read; the Veteran clicks before it answers.
      const notified = vi.fn();
      store.subscribe(notified);
      store.getSnapshot();
      expect(storage.reads).toBe(2);
      storage.values.set(DISMISSALS_STORAGE_KEY, '{}');
      store.dismiss('fresh', NOW + 10, NOW);
      await vi.advanceTimersByTimeAsync(500);
      expect(store.getSnapshot().entries.has('fresh')).toBe(true);
      expect(notified).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps dismissals in memory once a write has failed, instead of re-reading storage', () => {
    const storage = new FakeStorage({}, { throwOnSet: true });
    const store = getDismissalStore(storage);
    expect(store.getSnapshot().ready).toBe(true);
    store.dismiss('a', NOW + 10, NOW);
    store.subscribe(() => {})();
    expect(store.getSnapshot().entries.get('a')).toBe(NOW + 10);
    expect(storage.reads).toBe(1);
  });

  it('keeps dismissals in memory for a page with no storage at all', () => {
    const store = getDismissalStore(undefined);
    expect(store.getSnapshot().ready).toBe(true);
    store.dismiss('memory-only', NOW + 10, NOW);
    expect(getDismissalStore(undefined).getSnapshot().entries.get('memory-only')).toBe(NOW + 10);
  });
});
