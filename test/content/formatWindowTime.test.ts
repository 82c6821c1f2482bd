import { describe, expect, it } from 'vitest';
import { catalogEs } from '../../src/content/catalog.es';
import { formatWindowTime } from '../../src/content/formatWindowTime';

const at = (iso: string) => Date.parse(iso);

describe('formatWindowTime', () => {
  it('shows the date once for a window within one Eastern day', () => {
    expect(formatWindowTime(at('2025-02-06T14:00:00Z'), at('2025-02-06T18:00:00Z'))).toBe(
      'for Thursday, February 6, 2025, from 9:00\u00a0a.m. to 1:00\u00a0p.m.\u00a0ET',
    );
  });

  it('shows both dates for a window that crosses midnight in ET', () => {
    expect(formatWindowTime(at('2025-03-09T03:00:00Z'), at('2025-03-09T06:30:00Z'))).toBe(
      'from Saturday, March 8, 2025, at 10:00\u00a0p.m. to Sunday, March 9, 2025, at 1:30\u00a0a.m.\u00a0ET',
    );
  });

  it('treats a window that is one UTC day but two Eastern days as crossing midnight', () => {
    expect(formatWindowTime(at('2025-07-01T02:00:00Z'), at('2025-07-01T05:00:00Z'))).toBe(
      'from Monday, June 30, 2025, at 10:00\u00a0p.m. to Tuesday, July 1, 2025, at 1:00\u00a0a.m.\u00a0ET',
    );
  });

  it('spells out noon and midnight inside a window', () => {
    expect(formatWindowTime(at('2025-06-15T04:00:00Z'), at('2025-06-15T16:00:00Z'))).toBe(
      'for Sunday, June 15, 2025, from midnight to noon\u00a0ET',
    );
  });

  it('uses wall-clock times, each with its own abbreviation, across the spring-forward change', () => {
    expect(formatWindowTime(at('2025-03-09T06:00:00Z'), at('2025-03-09T08:00:00Z'))).toBe(
      'for Sunday, March 9, 2025, from 1:00\u00a0a.m.\u00a0EST to 4:00\u00a0a.m.\u00a0EDT',
    );
  });

  it('uses wall-clock times, each with its own abbreviation, across the fall-back change', () => {
    expect(formatWindowTime(at('2025-11-02T05:00:00Z'), at('2025-11-02T07:00:00Z'))).toBe(
      'for Sunday, November 2, 2025, from 1:00\u00a0a.m.\u00a0EDT to 2:00\u00a0a.m.\u00a0EST',
    );
  });

  it('gives only the start, with no dangling "until", when the end is unknown', () => {
    const text = formatWindowTime(at('2025-03-09T06:00:00Z'), null);
    expect(text).toBe('to start on Sunday, March 9, 2025, at 1:00\u00a0a.m.\u00a0ET');
    expect(text).not.toMatch(/until|Invalid Date|NaN/);
    expect(formatWindowTime(at('2025-03-09T06:00:00Z'), Number.NaN)).toBe(text);
  });

  it('gives nothing for a start that is not a number', () => {
    expect(formatWindowTime(Number.NaN, at('2025-03-09T06:00:00Z'))).toBe('');
  });

  it('writes Spanish with articles and contractions, and no comma after the weekday', () => {
    expect(formatWindowTime(at('2025-02-06T14:00:00Z'), at('2025-02-06T18:00:00Z'), { catalog: catalogEs })).toBe(
      'para el jueves 6 de febrero de 2025, de las 9:00\u00a0a.\u00a0m. a la 1:00\u00a0p.\u00a0m., hora del Este\u00a0(ET)',
    );
    expect(formatWindowTime(at('2025-06-15T16:00:00Z'), at('2025-06-15T18:30:00Z'), { catalog: catalogEs })).toBe(
      'para el domingo 15 de junio de 2025, del mediodía a las 2:30\u00a0p.\u00a0m., hora del Este\u00a0(ET)',
    );
    expect(formatWindowTime(at('2025-03-09T03:00:00Z'), at('2025-03-09T06:30:00Z'), { catalog: catalogEs })).toBe(
      'desde el sábado 8 de marzo de 2025, a las 10:00\u00a0p.\u00a0m. hasta el domingo 9 de marzo de 2025, a la 1:30\u00a0a.\u00a0m., hora del Este\u00a0(ET)',
    );
    expect(formatWindowTime(at('2025-03-09T06:00:00Z'), null, { catalog: catalogEs })).toBe(
      'a partir del domingo 9 de marzo de 2025, a la 1:00\u00a0a.\u00a0m., hora del Este\u00a0(ET)',
    );
  });

  it('names both zones when a zone without a fixed label changes offset inside the window', () => {
    expect(
      formatWindowTime(at('2025-03-09T06:00:00Z'), at('2025-03-09T08:00:00Z'), { timeZone: 'America/Indiana/Knox' }),
    ).toBe('for Sunday, March 9, 2025, from midnight\u00a0CST to 3:00\u00a0a.m.\u00a0CDT');
  });
});
