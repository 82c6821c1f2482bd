import { describe, expect, it } from 'vitest';
import { CONTACTS } from '../../src/content/contacts';
import { describeBanner } from '../../src/content/describeBanner';
import { describeContact } from '../../src/content/describeContact';
import { formatEasternTime } from '../../src/content/formatEasternTime';
import { formatWindowTime } from '../../src/content/formatWindowTime';
import type { ContactId, Locale } from '../../src/content/types';
import { makeBanner } from './makeBanner';

const at = (iso: string) => Date.parse(iso);
const LOCALES: Locale[] = ['en', 'es'];

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

function samples(locale: Locale): string[] {
  const texts = INSTANTS.map((t) => formatEasternTime(t, { locale }));
  for (const [start, end] of WINDOWS) {
    texts.push(formatWindowTime(at(start), end === null ? null : at(end), { locale }));
    for (const state of ['upcoming', 'maintenance', 'down'] as const) {
      const banner = makeBanner({ state, startsAt: at(start), endsAt: end === null ? null : at(end) });
      texts.push(...describeBanner(banner, { locale, task: 'health' }).body);
    }
  }
  for (const id of Object.keys(CONTACTS) as ContactId[]) texts.push(describeContact(id, locale).hours ?? '');
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
    expect(formatEasternTime(at('2025-06-15T20:45:00Z'), { locale: 'es' })).toBe(
      'domingo, 15 de junio de 2025, 4:45\u00a0p.\u00a0m., hora del Este\u00a0(ET)',
    );
    expect(describeContact('mhv', 'es').hours).toBe(
      'de lunes a viernes, de las 8:00\u00a0a.\u00a0m. a las 8:00\u00a0p.\u00a0m., hora del Este',
    );
  });

  it.each(LOCALES)('leaves no breakable space in any %s time phrase, banner sentence or phone-line hours', (locale) => {
    const texts = samples(locale);
    expect(texts.join('\n')).toMatch(/\u00a0[ap]\./);
    for (const text of texts) expect(text).not.toMatch(BREAKABLE);
  });
});
