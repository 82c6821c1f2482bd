import { mergeWindows } from '../../src/core/mergeWindows';
import type { MaintenanceWindow } from '../../src/core/types';

const at = (iso: string) => Date.parse(iso);

function win(id: string, start: string, end: string | null, description = ''): MaintenanceWindow {
  return { id, service: 'idme', startsAt: at(start), endsAt: end === null ? null : at(end), description };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('mergeWindows', () => {
  it('returns no spans for no windows', () => {
    expect(mergeWindows([])).toEqual([]);
  });

  it('turns one window into one span', () => {
    expect(mergeWindows([win('a', '2025-03-09T05:00:00Z', '2025-03-09T07:00:00Z', 'Note')])).toEqual([
      { service: 'idme', startsAt: at('2025-03-09T05:00:00Z'), endsAt: at('2025-03-09T07:00:00Z'), ids: ['a'], messages: ['Note'] },
    ]);
  });

  it('merges overlapping windows into one span ending at the later end, in either array order', () => {
    const early = win('early', '2025-03-09T05:00:00Z', '2025-03-09T07:00:00Z');
    const late = win('late', '2025-03-09T06:00:00Z', '2025-03-09T09:30:00Z');
    const expected = [{ service: 'idme', startsAt: at('2025-03-09T05:00:00Z'), endsAt: at('2025-03-09T09:30:00Z'), ids: ['early', 'late'], messages: [] }];
    expect(mergeWindows([early, late])).toEqual(expected);
    expect(mergeWindows([late, early])).toEqual(expected);
  });

  it('merges windows that touch (one ends the instant the next starts)', () => {
    const spans = mergeWindows([win('b', '2025-03-09T07:00:00Z', '2025-03-09T08:00:00Z'), win('a', '2025-03-09T05:00:00Z', '2025-03-09T07:00:00Z')]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ startsAt: at('2025-03-09T05:00:00Z'), endsAt: at('2025-03-09T08:00:00Z'), ids: ['a', 'b'] });
  });

  it('keeps windows separated by 1 ms apart', () => {
    const spans = mergeWindows([win('a', '2025-03-09T05:00:00Z', '2025-03-09T06:59:59.999Z'), win('b', '2025-03-09T07:00:00Z', '2025-03-09T08:00:00Z')]);
    expect(spans.map((s) => s.ids)).toEqual([['a'], ['b']]);
  });

  it('keeps the outer end when one window lies inside another', () => {
    const spans = mergeWindows([win('inner', '2025-03-09T06:00:00Z', '2025-03-09T06:30:00Z'), win('outer', '2025-03-09T05:00:00Z', '2025-03-09T09:00:00Z')]);
    expect(spans).toEqual([{ service: 'idme', startsAt: at('2025-03-09T05:00:00Z'), endsAt: at('2025-03-09T09:00:00Z'), ids: ['outer', 'inner'], messages: [] }]);
  });

  it('lets an open-ended window absorb every later window', () => {
    const spans = mergeWindows([
      win('later', '2025-03-20T00:00:00Z', '2025-03-21T00:00:00Z'),
      win('open', '2025-03-09T05:00:00Z', null),
      win('before', '2025-03-08T00:00:00Z', '2025-03-08T01:00:00Z'),
    ]);
    expect(spans.map((s) => [s.ids, s.endsAt])).toEqual([
      [['before'], at('2025-03-08T01:00:00Z')],
      [['open', 'later'], null],
    ]);
  });

  it('makes the span open-ended when an open-ended window starts inside a closed one', () => {
    const spans = mergeWindows([win('open', '2025-03-09T06:00:00Z', null), win('closed', '2025-03-09T05:00:00Z', '2025-03-09T07:00:00Z')]);
    expect(spans).toEqual([{ service: 'idme', startsAt: at('2025-03-09T05:00:00Z'), endsAt: null, ids: ['closed', 'open'], messages: [] }]);
  });

  it('makes the span open-ended when an open-ended and a closed window share a start', () => {
    for (const order of permutations([win('open', '2025-03-09T05:00:00Z', null), win('closed', '2025-03-09T05:00:00Z', '2025-03-09T07:00:00Z')])) {
      expect(mergeWindows(order)).toEqual([
        { service: 'idme', startsAt: at('2025-03-09T05:00:00Z'), endsAt: null, ids: ['closed', 'open'], messages: [] },
      ]);
    }
  });

  it('keeps distinct, non-empty descriptions in start order', () => {
    const spans = mergeWindows([
      win('c', '2025-03-09T07:00:00Z', '2025-03-09T08:00:00Z', 'Second note'),
      win('a', '2025-03-09T05:00:00Z', '2025-03-09T06:00:00Z', 'First note'),
      win('b', '2025-03-09T05:30:00Z', '2025-03-09T07:00:00Z', 'First note'),
      win('d', '2025-03-09T07:30:00Z', '2025-03-09T07:45:00Z', ''),
    ]);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.messages).toEqual(['First note', 'Second note']);
    expect(spans[0]?.ids).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the same spans for every order of the same windows', () => {
    const windows = [
      win('a', '2025-03-09T05:00:00Z', '2025-03-09T06:00:00Z', 'A'),
      win('b', '2025-03-09T06:00:00Z', '2025-03-09T06:30:00Z'),
      win('c', '2025-03-09T10:00:00Z', '2025-03-09T11:00:00Z', 'C'),
      win('d', '2025-03-09T10:30:00Z', null),
      win('e', '2025-03-08T10:00:00Z', '2025-03-08T12:00:00Z'),
    ];
    const expected = mergeWindows(windows);
    expect(expected.map((s) => s.ids)).toEqual([['e'], ['a', 'b'], ['c', 'd']]);
    for (const order of permutations(windows)) expect(mergeWindows(order)).toEqual(expected);
  });

  it('does not reorder or change the array it is given', () => {
    const windows = [win('b', '2025-03-09T07:00:00Z', '2025-03-09T08:00:00Z'), win('a', '2025-03-09T05:00:00Z', '2025-03-09T07:30:00Z')];
    const copy = structuredClone(windows);
    mergeWindows(windows);
    expect(windows).toEqual(copy);
  });
});
