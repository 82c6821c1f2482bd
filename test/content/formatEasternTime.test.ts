import { describe, expect, it } from 'vitest';
import { catalogEs } from '../../src/content/catalog.es';
import { formatEasternTime } from '../../src/content/formatEasternTime';
import { getZonedParts } from '../../src/content/getZonedParts';

const at = (iso: string) => Date.parse(iso);

describe('formatEasternTime', () => {
  it('writes a morning time with a.m. and the ET label', () => {
    expect(formatEasternTime(at('2025-03-09T06:00:00Z'))).toBe('Sunday, March 9, 2025, 1:00\u00a0a.m.\u00a0ET');
  });

  it('spells out noon', () => {
    expect(formatEasternTime(at('2025-06-15T16:00:00Z'))).toBe('Sunday, June 15, 2025, noon\u00a0ET');
  });

  it('spells out midnight and gives it the new date', () => {
    expect(formatEasternTime(at('2025-01-01T05:00:00Z'))).toBe('Wednesday, January 1, 2025, midnight\u00a0ET');
  });

  it('keeps 12:30 p.m. and 12:05 a.m. as clock times', () => {
    expect(formatEasternTime(at('2025-06-15T16:30:00Z'))).toBe('Sunday, June 15, 2025, 12:30\u00a0p.m.\u00a0ET');
    expect(formatEasternTime(at('2025-06-15T04:05:00Z'))).toBe('Sunday, June 15, 2025, 12:05\u00a0a.m.\u00a0ET');
  });

  it('is right on both sides of the March 9, 2025 spring-forward change', () => {
    expect(formatEasternTime(at('2025-03-09T06:59:59.999Z'))).toBe('Sunday, March 9, 2025, 1:59\u00a0a.m.\u00a0ET');
    expect(formatEasternTime(at('2025-03-09T07:00:00.000Z'))).toBe('Sunday, March 9, 2025, 3:00\u00a0a.m.\u00a0ET');
  });

  it('is right on both sides of the November 2, 2025 fall-back change', () => {
    expect(formatEasternTime(at('2025-11-02T05:59:59.999Z'))).toBe('Sunday, November 2, 2025, 1:59\u00a0a.m.\u00a0ET');
    expect(formatEasternTime(at('2025-11-02T06:00:00.000Z'))).toBe('Sunday, November 2, 2025, 1:00\u00a0a.m.\u00a0ET');
    expect(formatEasternTime(at('2025-11-02T07:00:00.000Z'))).toBe('Sunday, November 2, 2025, 2:00\u00a0a.m.\u00a0ET');
  });

  it('writes Spanish date words and a. m. / p. m.', () => {
    expect(formatEasternTime(at('2025-03-09T07:00:00Z'), { catalog: catalogEs })).toBe(
      'domingo, 9 de marzo de 2025, 3:00\u00a0a.\u00a0m., hora del Este\u00a0(ET)',
    );
    expect(formatEasternTime(at('2025-11-02T20:45:00Z'), { catalog: catalogEs })).toBe(
      'domingo, 2 de noviembre de 2025, 3:45\u00a0p.\u00a0m., hora del Este\u00a0(ET)',
    );
    expect(formatEasternTime(at('2025-06-15T16:00:00Z'), { catalog: catalogEs })).toBe(
      'domingo, 15 de junio de 2025, mediodía, hora del Este\u00a0(ET)',
    );
    expect(formatEasternTime(at('2025-01-01T05:00:00Z'), { catalog: catalogEs })).toBe(
      'miércoles, 1 de enero de 2025, medianoche, hora del Este\u00a0(ET)',
    );
  });

  it('uses another zone when told to', () => {
    expect(formatEasternTime(at('2025-03-09T07:00:00Z'), { timeZone: 'America/Los_Angeles' })).toBe(
      'Saturday, March 8, 2025, 11:00\u00a0p.m.\u00a0PT',
    );
    expect(formatEasternTime(at('2025-03-09T07:00:00Z'), { timeZone: 'Asia/Tokyo' })).toBe(
      'Sunday, March 9, 2025, 4:00\u00a0p.m.\u00a0GMT+9',
    );
  });

  it('falls back to Eastern time for a zone name Intl does not know', () => {
    expect(formatEasternTime(at('2025-03-09T07:00:00Z'), { timeZone: 'Mars/Olympus_Mons' })).toBe(
      'Sunday, March 9, 2025, 3:00\u00a0a.m.\u00a0ET',
    );
  });

  it('prints nothing, not "Invalid Date" or "NaN", for an instant that is not a number', () => {
    expect(formatEasternTime(Number.NaN)).toBe('');
    expect(formatEasternTime(Number.POSITIVE_INFINITY, { catalog: catalogEs })).toBe('');
  });

  it('gives the same text whatever TZ the process runs under', () => {
    const instants = ['2025-03-09T06:59:59.999Z', '2025-03-09T07:00:00Z', '2025-11-02T06:00:00Z', '2025-12-31T23:30:00Z'];
    const original = process.env.TZ;
    const outputs = ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      process.env.TZ = tz;
      try {
        return instants.map((iso) => formatEasternTime(at(iso)) + formatEasternTime(at(iso), { catalog: catalogEs }));
      } finally {
        if (original === undefined) delete process.env.TZ;
        else process.env.TZ = original;
      }
    });
    for (const output of outputs) expect(output).toEqual(outputs[0]);
  });
});

describe('getZonedParts', () => {
  it('reads the Eastern wall clock and weekday of an instant', () => {
    expect(getZonedParts(at('2025-03-09T07:00:00Z'))).toEqual({
      year: 2025,
      month: 3,
      day: 9,
      weekday: 0,
      hour: 3,
      minute: 0,
      timeZone: 'America/New_York',
      zoneName: 'EDT',
      utcOffsetMinutes: -240,
    });
  });

  it('gives the UTC offset in force on each side of both 2025 changes, and for a zone east of UTC', () => {
    expect(getZonedParts(at('2025-03-09T06:59:59.999Z')).utcOffsetMinutes).toBe(-300);
    expect(getZonedParts(at('2025-03-09T07:00:00.000Z')).utcOffsetMinutes).toBe(-240);
    expect(getZonedParts(at('2025-11-02T05:59:59.999Z')).utcOffsetMinutes).toBe(-240);
    expect(getZonedParts(at('2025-11-02T06:00:00.000Z')).utcOffsetMinutes).toBe(-300);
    expect(getZonedParts(at('2025-03-09T07:00:00Z'), 'Asia/Kolkata').utcOffsetMinutes).toBe(330);
  });

  it('reads the hour as 0, not 24, at midnight', () => {
    expect(getZonedParts(at('2025-01-01T05:00:00Z')).hour).toBe(0);
  });
});
