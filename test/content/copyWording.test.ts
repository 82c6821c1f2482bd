import { describe, expect, it } from 'vitest';
import { alternateMethodsEs } from '../../src/content/alternateMethods.es';
import { catalogEs } from '../../src/content/catalog.es';
import { describeAlternateMethods } from '../../src/content/describeAlternateMethods';
import { describeBanner } from '../../src/content/describeBanner';
import { formatEasternTime } from '../../src/content/formatEasternTime';
import { formatWindowTime } from '../../src/content/formatWindowTime';
import type { BannerModel } from '../../src/core/types';
import { makeBanner } from './makeBanner';

const at = (iso: string) => Date.parse(iso);
const WEEKDAY_COMMA = /\b(el|del) (domingo|lunes|martes|miércoles|jueves|viernes|sábado),/;

describe('copy wording', () => {
  it('says maintenance is scheduled "to start on" a date when it has no end', () => {
    const copy = describeBanner(makeBanner({ state: 'upcoming', providers: ['idme'], startsAt: at('2025-06-15T05:00:00Z'), endsAt: null }));
    expect(copy.body[1]).toBe(
      "Maintenance is scheduled to start on Sunday, June 15, 2025, at 1:00\u00a0a.m.\u00a0ET. We don't know yet when it will end.",
    );
  });

  it('points a Veteran with a retired credential to the others "en su lugar" in Spanish', () => {
    const copy = describeBanner(
      makeBanner({ state: 'down', providers: ['dslogon'], working: ['logingov', 'idme', 'mhv'], retired: true }),
      { catalog: catalogEs },
    );
    expect(copy.body[0]).toBe('Puede iniciar sesión con Login.gov, ID.me o My HealtheVet en su lugar.');
  });

  it('names the My HealtheVet help desk rather than "su mesa de ayuda"', () => {
    const messages = describeAlternateMethods(alternateMethodsEs).find((m) => m.id === 'health-messages');
    const phone = messages?.ways.find((w) => w.channel === 'phone');
    expect(phone?.step).toContain('Si necesita ayuda con My HealtheVet, llame a la mesa de ayuda de My HealtheVet.');
    expect(JSON.stringify(alternateMethodsEs)).not.toMatch(/su mesa de ayuda/i);
  });

  it('writes no comma after a Spanish weekday that follows an article', () => {
    const start = at('2025-06-15T05:00:00Z');
    const end = at('2025-06-16T09:00:00Z');
    expect(formatWindowTime(start, null, { catalog: catalogEs })).toContain('a partir del domingo 15 de junio de 2025,');
    expect(formatWindowTime(start, end, { catalog: catalogEs })).toContain(
      'desde el domingo 15 de junio de 2025, a la 1:00\u00a0a.\u00a0m. hasta el lunes 16 de junio de 2025,',
    );
    const banners: BannerModel[] = [
      makeBanner({ state: 'upcoming', startsAt: start, endsAt: at('2025-06-15T07:00:00Z') }),
      makeBanner({ state: 'upcoming', startsAt: start, endsAt: end }),
      makeBanner({ state: 'maintenance', startsAt: start, endsAt: null }),
      makeBanner({ state: 'down', endsAt: end }),
    ];
    const bodies = banners.map((b) => describeBanner(b, { catalog: catalogEs }).body.join(' '));
    expect(bodies[0]).toContain('para el domingo 15 de junio de 2025, de la 1:00');
    expect(bodies[2]).toContain('empezó el domingo 15 de junio de 2025, a la 1:00');
    expect(bodies[3]).toContain('el lunes 16 de junio de 2025, a las 5:00');
    for (const body of bodies) expect(body).not.toMatch(WEEKDAY_COMMA);
  });

  it('keeps the comma after a Spanish weekday that starts a date on its own', () => {
    expect(formatEasternTime(at('2025-06-15T05:00:00Z'), { catalog: catalogEs })).toMatch(/^domingo, 15 de junio de 2025, /);
  });
});
