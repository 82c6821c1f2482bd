import { describe, expect, it } from 'vitest';
import { catalogEs } from '../../src/content/catalog.es';
import { describeBanner } from '../../src/content/describeBanner';
import { formatEasternTime } from '../../src/content/formatEasternTime';
import { formatWindowTime } from '../../src/content/formatWindowTime';
import { makeBanner } from './makeBanner';

const at = (iso: string) => Date.parse(iso);
const window = (start: string, end: string, options = {}) => formatWindowTime(at(start), at(end), options);

describe('a window that spans a DST change labels each time with its own abbreviation', () => {
  it('reads EDT then EST across the November 2, 2025 fall-back change, with the length it really has', () => {
    const copy = describeBanner(
      makeBanner({ state: 'upcoming', providers: ['idme'], startsAt: at('2025-11-02T05:30:00Z'), endsAt: at('2025-11-02T07:30:00Z') }),
    );
    expect(copy.body[1]).toBe(
      "Maintenance is scheduled for Sunday, November 2, 2025, from 1:30\u00a0a.m.\u00a0EDT to 2:30\u00a0a.m.\u00a0EST. It's expected to take 2 hours.",
    );
    expect(window('2025-11-02T05:30:00Z', '2025-11-02T06:30:00Z')).toBe(
      'for Sunday, November 2, 2025, from 1:30\u00a0a.m.\u00a0EDT to 1:30\u00a0a.m.\u00a0EST',
    );
  });

  it('reads EST then EDT across the March 9, 2025 spring-forward change', () => {
    const copy = describeBanner(
      makeBanner({ state: 'upcoming', providers: ['idme'], startsAt: at('2025-03-09T06:30:00Z'), endsAt: at('2025-03-09T07:30:00Z') }),
    );
    expect(copy.body[1]).toBe(
      "Maintenance is scheduled for Sunday, March 9, 2025, from 1:30\u00a0a.m.\u00a0EST to 3:30\u00a0a.m.\u00a0EDT. It's expected to take 1 hour.",
    );
  });

  it('labels both dates of a window that crosses midnight and the change', () => {
    expect(window('2025-11-01T23:30:00Z', '2025-11-02T06:30:00Z')).toBe(
      'from Saturday, November 1, 2025, at 7:30\u00a0p.m.\u00a0EDT to Sunday, November 2, 2025, at 1:30\u00a0a.m.\u00a0EST',
    );
  });

  it('uses the same abbreviations in Spanish', () => {
    expect(window('2025-11-02T05:30:00Z', '2025-11-02T07:30:00Z', { catalog: catalogEs })).toBe(
      'para el domingo 2 de noviembre de 2025, de la 1:30\u00a0a.\u00a0m.\u00a0EDT a las 2:30\u00a0a.\u00a0m.\u00a0EST',
    );
    expect(window('2025-03-09T06:30:00Z', '2025-03-09T07:30:00Z', { catalog: catalogEs })).toBe(
      'para el domingo 9 de marzo de 2025, de la 1:30\u00a0a.\u00a0m.\u00a0EST a las 3:30\u00a0a.\u00a0m.\u00a0EDT',
    );
    expect(window('2025-11-01T23:30:00Z', '2025-11-02T06:30:00Z', { catalog: catalogEs })).toBe(
      'desde el sábado 1 de noviembre de 2025, a las 7:30\u00a0p.\u00a0m.\u00a0EDT hasta el domingo 2 de noviembre de 2025, a la 1:30\u00a0a.\u00a0m.\u00a0EST',
    );
  });

  it('follows the change of the zone it is given', () => {
    expect(window('2025-03-09T07:30:00Z', '2025-03-09T09:00:00Z', { timeZone: 'America/Chicago' })).toBe(
      'for Sunday, March 9, 2025, from 1:30\u00a0a.m.\u00a0CST to 4:00\u00a0a.m.\u00a0CDT',
    );
  });

  it('keeps a single ET for windows on the change days that stay in one offset', () => {
    expect(window('2025-11-02T06:30:00Z', '2025-11-02T08:00:00Z')).toBe(
      'for Sunday, November 2, 2025, from 1:30\u00a0a.m. to 3:00\u00a0a.m.\u00a0ET',
    );
    expect(window('2025-03-09T07:00:00Z', '2025-03-09T09:00:00Z')).toBe(
      'for Sunday, March 9, 2025, from 3:00\u00a0a.m. to 5:00\u00a0a.m.\u00a0ET',
    );
    expect(window('2025-03-09T07:00:00Z', '2025-03-09T09:00:00Z', { catalog: catalogEs })).toBe(
      'para el domingo 9 de marzo de 2025, de las 3:00\u00a0a.\u00a0m. a las 5:00\u00a0a.\u00a0m., hora del Este\u00a0(ET)',
    );
  });

  it('keeps ET for a single instant on either side of a change', () => {
    expect(formatEasternTime(at('2025-11-02T05:30:00Z'))).toBe('Sunday, November 2, 2025, 1:30\u00a0a.m.\u00a0ET');
    expect(formatEasternTime(at('2025-11-02T06:30:00Z'))).toBe('Sunday, November 2, 2025, 1:30\u00a0a.m.\u00a0ET');
  });
});
