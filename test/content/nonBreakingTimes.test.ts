import { describe, expect, it } from 'vitest';
import { catalogEn } from '../../src/content/catalog.en';
import { catalogEs } from '../../src/content/catalog.es';
import { CONTACTS } from '../../src/content/contacts';
import { describeBanner } from '../../src/content/describeBanner';
import { describeContact } from '../../src/content/describeContact';
import { formatEasternTime } from '../../src/content/formatEasternTime';
import { formatWindowTime } from '../../src/content/formatWindowTime';
import type { Catalog, ContactId } from '../../src/content/types';
import { makeBanner } from './makeBanner';

const at = (iso: string) => Date.parse(iso);
const CATALOGS: Catalog[] = [catalogEn, catalogEs];

// Any ordinary (breakable) space between a clock time and "a.m."/"p.m.", inside Spanish "a. m.", or before a zone.
const BREAKABLE = /\d[^\S\u00a0]+[ap]\.|[ap]\.[^\S\u00a0]+m\.|[^\S\u00a0]\(?(ET|CT|MT|PT|EST|EDT)\)?(?![\w-])/;

const INSTANTS = [
  '2025-06-15T05:00:00Z', // 1:00 a.m.
  '2025-06-15T16:00:00Z', // noon
  '2025-06-15T20:45:00Z', // 4:45 p.m.
  '2025-01-01T05:00:00Z', // midnight
  '2025-11-02T06:30:00Z',
].map(at);

const WINDOWS: Array<[string, string | null]> = [
  ['2025-06-15T05:00:00Z', '2025-06-15T09:00:00Z'],
  ['2025-06-15T16:00:00Z', '2025-06-15T18:30:00Z'],
  ['2025-02-07T02:30:00Z', '2025-02-07T06:30:00Z'],
  ['2025-11-02T05:30:00Z', '2025-11-02T07:30:00Z'],
  ['2025-03-09T06:30:00Z', '2025-03-09T07:30:00Z'],
  ['2025-06-15T05:00:00Z', null],
];

function samples(catalog: Catalog): string[] {
  const texts = INSTANTS.map((t) => formatEasternTime(t, { catalog }));
  for (const [start, end] of WINDOWS) {
    texts.push(formatWindowTime(at(start), end === null ? null : at(end), { catalog }));
    for (const state of ['upcoming', 'maintenance', 'down'] as const) {
      const banner = makeBanner({ state, startsAt: at(start), endsAt: end === null ? null : at(end) });
      texts.push(...describeBanner(banner, { catalog, task: 'health' }).body);
    }
  }
  for (const id of Object.keys(CONTACTS) as ContactId[]) texts.push(describeContact(id, catalog).hours ?? '');
  return texts;
}

describe('times never wrap between the clock, "a.m."/"p.m." and the zone', () => {
  it('joins them with no-break spaces in English', () => {
    expect(formatEasternTime(at('2025-06-15T05:00:00Z'))).toBe('Sunday, June 15, 2025, 1:00\u00a0a.m.\u00a0ET');
    expect(formatEasternTime(at('2025-06-15T16:00:00Z'))).toBe('Sunday, June 15, 2025, noon\u00a0ET');
    expect(formatWindowTime(at('2025-06-15T05:00:00Z'), at('2025-06-15T17:00:00Z'))).toBe(
      'for Sunday, June 15, 2025, from 1:00\u00a0a.m. to 1:00\u00a0p.m.\u00a0ET',
    );
    expect(describeContact('benefits').hours).toBe('Monday through Friday, 8:00\u00a0a.m. to 9:00\u00a0p.m.\u00a0ET');
  });

  it('keeps the whole Spanish "a. m." together, and "(ET)" with "hora del Este"', () => {
    expect(formatEasternTime(at('2025-06-15T20:45:00Z'), { catalog: catalogEs })).toBe(
      'domingo, 15 de junio de 2025, 4:45\u00a0p.\u00a0m., hora del Este\u00a0(ET)',
    );
    expect(describeContact('mhv', catalogEs).hours).toBe(
      'de lunes a viernes, de las 8:00\u00a0a.\u00a0m. a las 8:00\u00a0p.\u00a0m., hora del Este',
    );
  });

  it.each(CATALOGS)('keeps each $locale menu choice ("select 0") on one line, so a wrap never strands the digit', (catalog) => {
    const instructions = (Object.keys(CONTACTS) as ContactId[]).flatMap((id) => describeContact(id, catalog).instruction ?? []);
    expect(instructions.length).toBeGreaterThanOrEqual(2);
    for (const instruction of instructions) expect(instruction).not.toMatch(/[^\S\u00a0]\d/);
    expect(describeContact('myva411', catalog).instruction).toMatch(/^\p{L}+\u00a00$/u);
  });

  it.each(CATALOGS)('leaves no breakable space in any $locale time phrase, banner sentence or phone-line hours', (catalog) => {
    const texts = samples(catalog);
    expect(texts.join('\n')).toMatch(/\u00a0[ap]\./);
    for (const text of texts) expect(text).not.toMatch(BREAKABLE);
  });
});
