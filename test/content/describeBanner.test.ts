import { describe, expect, it } from 'vitest';
import { catalogEs } from '../../src/content/catalog.es';
import { describeBanner } from '../../src/content/describeBanner';
import type { Task } from '../../src/content/types';
import type { ProviderId } from '../../src/core/types';
import { ALL_PROVIDERS, makeBanner } from './makeBanner';

const at = (iso: string) => Date.parse(iso);
const ids = (copy: ReturnType<typeof describeBanner>) => copy.contacts.map((c) => c.id);

describe('describeBanner: what still works', () => {
  it('names the provider that is down and the ones that still work, working first', () => {
    const copy = describeBanner(makeBanner({ state: 'down', providers: ['idme'] }));
    expect(copy.headline).toBe("You can't sign in with ID.me right now");
    expect(copy.body[0]).toBe('You can still sign in with Login.gov, DS Logon, or My HealtheVet.');
    expect(copy.body[1]).toBe(
      "We're working to fix a problem with ID.me. We don't know yet when sign-in with ID.me will work again.",
    );
    expect(copy.tone).toBe('warning');
  });

  it('names several down providers together', () => {
    const copy = describeBanner(
      makeBanner({ state: 'down', providers: ['idme', 'dslogon'], working: ['logingov', 'mhv'] }),
    );
    expect(copy.headline).toBe("You can't sign in with ID.me and DS Logon right now");
    expect(copy.body[0]).toBe('You can still sign in with Login.gov or My HealtheVet.');
  });

  it('says so in Spanish too', () => {
    const copy = describeBanner(makeBanner({ state: 'down', providers: ['logingov'], working: ['idme'] }), {
      catalog: catalogEs,
    });
    expect(copy.headline).toBe('En este momento no puede iniciar sesión con Login.gov');
    expect(copy.body[0]).toBe('Todavía puede iniciar sesión con ID.me.');
  });

  it('skips the "still works" line when nothing else works but not every provider is in this banner', () => {
    const copy = describeBanner(makeBanner({ state: 'down', providers: ['idme'], working: [] }));
    expect(copy.body[0]).toMatch(/^We're working to fix a problem with ID.me/);
  });
});

describe('describeBanner: nobody can sign in', () => {
  it('leads with phone help and an error tone when every provider is down', () => {
    const copy = describeBanner(makeBanner({ state: 'down', providers: ALL_PROVIDERS, working: [] }));
    expect(copy.headline).toBe("Sign-in isn't working right now");
    expect(copy.body[0]).toBe('You can still get help by phone. Call one of the numbers listed below.');
    expect(copy.tone).toBe('error');
    expect(ids(copy)[0]).toBe('myva411');
  });

  it('says our sign-in process is broken when SSOe is down', () => {
    for (const cause of ['ssoe', 'ssoe_oauth'] as const) {
      const copy = describeBanner(makeBanner({ state: 'down', cause, providers: ALL_PROVIDERS, working: [] }));
      expect(copy.headline).toBe("Sign-in isn't working right now");
      expect(copy.body[1]).toContain("Our sign-in process isn't working");
      expect(copy.tone).toBe('error');
    }
  });

  it('says VA.gov is down when the global service is down', () => {
    const copy = describeBanner(makeBanner({ state: 'down', cause: 'global', providers: ALL_PROVIDERS, working: [] }));
    expect(copy.headline).toBe("VA.gov isn't working right now");
    expect(copy.body[1]).toContain("We don't know yet when VA.gov will be back.");
    expect(copy.tone).toBe('error');
  });
});

describe('describeBanner: degraded and partial', () => {
  it('says people can sign in but some tools may fail when MPI is in trouble', () => {
    const copy = describeBanner(
      makeBanner({ state: 'degraded', cause: 'mvi', providers: ALL_PROVIDERS, working: [], impact: 'partial' }),
    );
    expect(copy.headline).toBe('You can sign in, but some tools may not work');
    expect(copy.body[0]).toBe('You can still sign in.');
    expect(copy.tone).toBe('warning');
  });

  it('gives warning copy for a partial outage, even of every provider', () => {
    const copy = describeBanner(
      makeBanner({ state: 'down', providers: ALL_PROVIDERS, working: [], impact: 'partial' }),
    );
    expect(copy.headline).toBe('You may have trouble signing in with Login.gov, ID.me, DS Logon, and My HealtheVet');
    expect(copy.tone).toBe('warning');
  });
});

describe('describeBanner: maintenance', () => {
  const startsAt = at('2025-03-09T06:00:00Z');
  const endsAt = at('2025-03-09T10:00:00Z');

  it('gives the start and end in Eastern time, as EST and EDT since the window spans the spring change', () => {
    const copy = describeBanner(makeBanner({ state: 'maintenance', providers: ['logingov'], startsAt, endsAt }));
    expect(copy.headline).toBe("You can't sign in with Login.gov during maintenance");
    expect(copy.body[1]).toBe(
      'Sign-in with Login.gov is down for maintenance. Maintenance is scheduled for Sunday, March 9, 2025, from 1:00\u00a0a.m.\u00a0EST to 6:00\u00a0a.m.\u00a0EDT.',
    );
    expect(copy.tone).toBe('warning');
  });

  it('says we don\'t know the end yet, with no "until", "NaN" or "Invalid Date", when the end is unknown', () => {
    const copy = describeBanner(makeBanner({ state: 'maintenance', providers: ['logingov'], startsAt, endsAt: null }));
    const text = copy.body.join(' ');
    expect(text).toContain('Maintenance started on Sunday, March 9, 2025, at 1:00\u00a0a.m.\u00a0ET.');
    expect(text).toContain("We don't know yet when sign-in with Login.gov will be back.");
    expect(text).not.toMatch(/until|NaN|Invalid Date/);
  });

  it('says we don\'t know the end when PagerDuty reports maintenance with no window at all', () => {
    const copy = describeBanner(makeBanner({ state: 'maintenance', providers: ['dslogon'], endsAt: null }), {
      catalog: catalogEs,
    });
    expect(copy.body[1]).toBe(
      'El inicio de sesión con DS Logon no está disponible por mantenimiento. Todavía no sabemos cuándo volverá a funcionar el inicio de sesión con DS Logon.',
    );
  });

  it('says it is taking longer than expected when the window is overdue', () => {
    const copy = describeBanner(
      makeBanner({ state: 'maintenance', providers: ['logingov'], startsAt, endsAt, overdue: true }),
    );
    expect(copy.body[1]).toContain('This maintenance is taking longer than expected.');
    expect(copy.body[1]).not.toContain('6:00\u00a0a.m.');
  });

  it('gives sitewide maintenance its own copy, leading with phone help', () => {
    const copy = describeBanner(
      makeBanner({ state: 'maintenance', cause: 'global', providers: ALL_PROVIDERS, working: [], startsAt, endsAt }),
    );
    expect(copy.headline).toBe('VA.gov is down for maintenance');
    expect(copy.body[0]).toContain('by phone');
    expect(copy.tone).toBe('error');
  });

  it('shows both dates when maintenance crosses midnight in ET', () => {
    const copy = describeBanner(
      makeBanner({
        state: 'maintenance',
        providers: ['idme'],
        startsAt: at('2025-03-09T03:00:00Z'),
        endsAt: at('2025-03-09T06:30:00Z'),
      }),
    );
    expect(copy.body[1]).toContain(
      'from Saturday, March 8, 2025, at 10:00\u00a0p.m. to Sunday, March 9, 2025, at 1:30\u00a0a.m.\u00a0ET.',
    );
  });
});

describe('describeBanner: upcoming', () => {
  it('gives start, end and a duration in hours and minutes, with an info tone', () => {
    const copy = describeBanner(
      makeBanner({
        state: 'upcoming',
        providers: ['logingov'],
        startsAt: at('2025-03-09T06:00:00Z'),
        endsAt: at('2025-03-09T07:30:00Z'),
      }),
    );
    expect(copy.headline).toBe('Sign-in with Login.gov will be down for maintenance soon');
    expect(copy.body).toEqual([
      'During maintenance, you can still sign in with ID.me, DS Logon, or My HealtheVet.',
      "Maintenance is scheduled for Sunday, March 9, 2025, from 1:00\u00a0a.m.\u00a0EST to 3:30\u00a0a.m.\u00a0EDT. It's expected to take 1 hour and 30 minutes.",
    ]);
    expect(copy.tone).toBe('info');
  });

  it('writes a 30-minute window as 30 minutes', () => {
    const copy = describeBanner(
      makeBanner({
        state: 'upcoming',
        cause: 'global',
        providers: ALL_PROVIDERS,
        working: [],
        startsAt: at('2025-06-15T16:00:00Z'),
        endsAt: at('2025-06-15T16:30:00Z'),
      }),
      { catalog: catalogEs },
    );
    expect(copy.headline).toBe('Pronto VA.gov no estará disponible por mantenimiento');
    expect(copy.body[1]).toContain(
      'para el domingo 15 de junio de 2025, del mediodía a las 12:30\u00a0p.\u00a0m., hora del Este\u00a0(ET). Se espera que dure 30 minutos.',
    );
  });

  it('offers fewer contacts: just MyVA411, whatever the task', () => {
    const copy = describeBanner(
      makeBanner({ state: 'upcoming', providers: ['dslogon'], startsAt: at('2025-06-15T16:00:00Z'), endsAt: null }),
      { task: 'health' },
    );
    expect(ids(copy)).toEqual(['myva411']);
    expect(copy.links).toEqual([]);
    expect(copy.body.join(' ')).toContain("We don't know yet when it will end.");
  });
});

describe('describeBanner: retired credentials', () => {
  it('says the credential is retired and points to the ones that work', () => {
    const copy = describeBanner(
      makeBanner({ state: 'down', providers: ['dslogon'], working: ['logingov', 'idme'], retired: true }),
    );
    expect(copy.headline).toBe('You can no longer sign in with DS Logon');
    expect(copy.body).toEqual([
      'You can sign in with Login.gov or ID.me instead.',
      'VA.gov no longer offers sign-in with DS Logon.',
    ]);
    expect(ids(copy)).toEqual(['myva411']);
  });
});

describe('describeBanner: contacts', () => {
  const down = (providers: ProviderId[] = ['idme']) => makeBanner({ state: 'down', providers });
  const cases: Array<[Task, string[]]> = [
    ['general', ['myva411']],
    ['direct-deposit', ['myva411', 'benefits']],
    ['claims', ['myva411', 'benefits']],
    ['health', ['myva411', 'health-benefits', 'mhv']],
    ['education', ['myva411', 'gi-bill']],
  ];

  it.each(cases)('gives the %s task its lines after MyVA411', (task, expected) => {
    expect(ids(describeBanner(down(), { task }))).toEqual(expected);
  });

  it('gives MyVA411 with "select 0", TTY 711 and 24/7 hours', () => {
    expect(describeBanner(down()).contacts[0]).toEqual({
      id: 'myva411',
      label: 'MyVA411 main information line',
      phone: '8006982411',
      instruction: 'select\u00a00',
      tty: '711',
      hours: '24/7',
    });
  });

  it('adds the DMDC line with its own TTY when DS Logon is down', () => {
    const dslogon = describeBanner(down(['dslogon'])).contacts.find((c) => c.id === 'dslogon');
    expect(dslogon).toMatchObject({ phone: '8005389552', tty: '8663632883' });
  });

  it('adds the My HealtheVet help desk once when My HealtheVet is down and the task is health', () => {
    expect(ids(describeBanner(down(['mhv']), { task: 'health' }))).toEqual(['myva411', 'health-benefits', 'mhv']);
  });

  it('links to the Login.gov and ID.me help centers, which have no phone line', () => {
    const copy = describeBanner(down(['logingov', 'idme']), { catalog: catalogEs });
    expect(copy.links).toEqual([
      { text: 'Centro de ayuda de Login.gov', href: 'https://login.gov/contact' },
      { text: 'Centro de ayuda de ID.me', href: 'https://help.id.me' },
    ]);
    expect(ids(copy)).toEqual(['myva411']);
  });

  it("leaves out a provider's own help desk when a shared service is at fault", () => {
    const copy = describeBanner(makeBanner({ state: 'down', cause: 'ssoe', providers: ALL_PROVIDERS, working: [] }));
    expect(ids(copy)).toEqual(['myva411']);
    expect(copy.links).toEqual([]);
  });

  it('keeps every phone number as digits only', () => {
    const copy = describeBanner(down(['dslogon']), { task: 'health' });
    for (const contact of copy.contacts) {
      expect(contact.phone).toMatch(/^\d+$/);
      if (contact.tty) expect(contact.tty).toMatch(/^\d+$/);
    }
  });
});

describe('describeBanner: the window message', () => {
  it('adds each USER_MESSAGE as its own paragraph, unchanged, after the copy', () => {
    const messages = ['<b>x</b>', 'Login.gov is updating its systems & more.'];
    const copy = describeBanner(
      makeBanner({ state: 'maintenance', providers: ['logingov'], messages, startsAt: 0, endsAt: 3_600_000 }),
    );
    expect(copy.body.slice(-2)).toEqual(messages);
  });

  it('leaves out empty messages', () => {
    const copy = describeBanner(makeBanner({ state: 'down', messages: ['', '   '] }));
    expect(copy.body).toHaveLength(2);
  });
});

describe('describeBanner: time zone', () => {
  it('shows times in the zone given', () => {
    const copy = describeBanner(
      makeBanner({ state: 'upcoming', providers: ['idme'], startsAt: at('2025-03-09T06:00:00Z'), endsAt: at('2025-03-09T08:00:00Z') }),
      { timeZone: 'America/Chicago' },
    );
    expect(copy.body[1]).toContain('for Sunday, March 9, 2025, from midnight\u00a0CST to 3:00\u00a0a.m.\u00a0CDT.');
    expect(copy.body[1]).toContain('2 hours');
  });
});

describe('partial SSOe trouble', () => {
  it('does not say sign-in is broken when SSOe trouble is partial', () => {
    const full = describeBanner(makeBanner({ state: 'down', cause: 'ssoe', providers: ALL_PROVIDERS, working: [], allProviders: true, impact: 'full' }));
    const partial = describeBanner(
      makeBanner({ state: 'down', cause: 'ssoe', providers: ALL_PROVIDERS, working: [], allProviders: true, impact: 'partial' }),
    );
    expect(partial.headline).not.toBe(full.headline);
    expect(partial.tone).toBe('warning');
  });
});
