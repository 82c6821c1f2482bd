import { ANNOUNCED_STORAGE_KEY, MAX_ANNOUNCED, announcementLedger, parseAnnounced } from '../../src/react/announcementLedger';
import { FakeStorage } from './fakeStorage';

describe('parseAnnounced', () => {
  it.each([
    ['nothing', null],
    ['"undefined"', 'undefined'],
    ['"{bad"', '{bad'],
    ['an object', '{"a":1}'],
  ])('reads %s as nothing announced', (_name, raw) => {
    expect(parseAnnounced(raw)).toEqual([]);
  });

  it('keeps only strings, and only the most recent', () => {
    expect(parseAnnounced(JSON.stringify(['a', 1, null, 'b']))).toEqual(['a', 'b']);
    const many = Array.from({ length: 500 }, (_, i) => `k${i}`);
    expect(parseAnnounced(JSON.stringify(many))).toEqual(many.slice(-MAX_ANNOUNCED));
  });
});

describe('announcementLedger', () => {
  it('remembers keys in storage, most recent last, capped', () => {
    const storage = new FakeStorage();
    const ledger = announcementLedger(storage);
    for (let i = 0; i < 60; i++) ledger.add([`k${i}`]);
    expect(ledger.has('k59')).toBe(true);
    expect(ledger.has('k0')).toBe(false);
    const stored = JSON.parse(storage.values.get(ANNOUNCED_STORAGE_KEY)!) as string[];
    expect(stored).toHaveLength(MAX_ANNOUNCED);
    expect(stored.at(-1)).toBe('k59');
    expect(announcementLedger(storage).has('k59')).toBe(true);
  });

  it('writes nothing for nothing', () => {
    const storage = new FakeStorage();
    announcementLedger(storage).add([]);
    expect(storage.writes).toEqual([]);
  });

  it('remembers in memory for the page once storage throws', () => {
    const storage = new FakeStorage({}, { throwOnSet: true });
    announcementLedger(storage).add(['a']);
    expect(announcementLedger(storage).has('a')).toBe(true);
    expect(announcementLedger(new FakeStorage()).has('a')).toBe(false);
  });
});
