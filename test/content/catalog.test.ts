import { describe, expect, it } from 'vitest';
import { ALTERNATE_METHODS } from '../../src/content/alternateMethods';
import { alternateMethodsEn } from '../../src/content/alternateMethods.en';
import { alternateMethodsEs } from '../../src/content/alternateMethods.es';
import { catalogEn } from '../../src/content/catalog.en';
import { catalogEs } from '../../src/content/catalog.es';
import { CONTACTS } from '../../src/content/contacts';
import { describeAlternateMethods } from '../../src/content/describeAlternateMethods';
import { getUiText } from '../../src/content/getUiText';
import { PROVIDER_LABELS } from '../../src/content/providerLabels';
import { TASK_CONTACTS } from '../../src/content/taskContacts';
import type { AlternateChannel, AlternateMethodsCatalog, Catalog, Locale } from '../../src/content/types';
import { PROVIDER_IDS } from '../../src/core/providers';

// Checked with `satisfies`: a language without a complete catalog, or one filed under the wrong code, fails to compile.
const CATALOGS = { en: catalogEn, es: catalogEs } satisfies { [L in Locale]: Catalog & { locale: L } };
const METHOD_CATALOGS = { en: alternateMethodsEn, es: alternateMethodsEs } satisfies {
  [L in Locale]: AlternateMethodsCatalog & { catalog: { locale: L } };
};
const CHANNELS: AlternateChannel[] = ['phone', 'text', 'chat', 'inPerson', 'mail'];

describe('catalog completeness', () => {
  it('has a label for every provider', () => {
    expect(Object.keys(PROVIDER_LABELS).sort()).toEqual([...PROVIDER_IDS].sort());
    expect(PROVIDER_LABELS).toEqual({ logingov: 'Login.gov', idme: 'ID.me', dslogon: 'DS Logon', mhv: 'My HealtheVet' });
  });

  it('refuses, at compile time, a catalog that misses a state', () => {
    // @ts-expect-error: a catalog without degraded copy must not type-check
    const missing: Catalog['states'] = {
      down: catalogEn.states.down,
      maintenance: catalogEn.states.maintenance,
      upcoming: catalogEn.states.upcoming,
    };
    expect(Object.keys(missing)).not.toContain('degraded');
  });

  it('refuses, at compile time, a state that misses a scope', () => {
    const { lookup: _dropped, ...rest } = catalogEn.states.down;
    // @ts-expect-error: every scope needs copy
    const missing: Catalog['states']['down'] = rest;
    expect(Object.keys(missing)).not.toContain('lookup');
  });

  it('refuses, at compile time, a catalog that does not say its language', () => {
    const { locale: _dropped, ...rest } = catalogEs;
    // @ts-expect-error: the banner takes `lang` from it
    const missing: Catalog = rest;
    expect(missing).not.toHaveProperty('locale');
  });

  it('says which language each catalog is in, and pairs the alternate methods with the same language', () => {
    for (const locale of Object.keys(CATALOGS) as Locale[]) {
      expect(CATALOGS[locale].locale).toBe(locale);
      expect(METHOD_CATALOGS[locale].catalog).toBe(CATALOGS[locale]);
    }
  });
});

describe('getUiText', () => {
  it('gives every chrome string in both languages, and the Spanish differs', () => {
    const en = getUiText();
    const es = getUiText(catalogEs);
    expect(en.contactsHeading).toBe('Other ways to get help');
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(en[key].trim()).not.toBe('');
      expect(es[key].trim()).not.toBe('');
      if (key !== 'tty') expect(es[key]).not.toBe(en[key]);
    }
  });
});

describe('contacts data', () => {
  it('keeps every number as digits only', () => {
    for (const line of Object.values(CONTACTS)) {
      for (const digits of [line.phone, 'tty' in line ? line.tty : '0', 'sms' in line ? line.sms : '0']) {
        expect(digits).toMatch(/^\d+$/);
      }
    }
  });

  it('holds the numbers VA publishes', () => {
    expect(CONTACTS.myva411).toMatchObject({ phone: '8006982411', tty: '711' });
    expect(CONTACTS.benefits.phone).toBe('8008271000');
    expect(CONTACTS['health-benefits'].phone).toBe('8772228387');
    expect(CONTACTS.mhv.phone).toBe('8773270022');
    expect(CONTACTS.dslogon).toMatchObject({ phone: '8005389552', tty: '8663632883' });
    expect(CONTACTS['gi-bill'].phone).toBe('8884424551');
    expect(CONTACTS['crisis-line'].phone).toBe('988');
  });
});

describe('alternate methods', () => {
  it('covers direct deposit, health care, claims, education, records and crisis support', () => {
    expect(ALTERNATE_METHODS.map((m) => m.id)).toEqual([
      'direct-deposit',
      'health-appointments',
      'health-prescriptions',
      'health-messages',
      'claims-status',
      'education',
      'records-letters',
      'crisis-support',
    ]);
  });

  it('has words for exactly the channels each method offers, in both languages', () => {
    for (const [locale, catalog] of [['en', alternateMethodsEn], ['es', alternateMethodsEs]] as const) {
      for (const method of ALTERNATE_METHODS) {
        const offered = CHANNELS.filter((c) => c in method);
        const written = CHANNELS.filter((c) => (catalog.methods[method.id].steps as Record<string, string>)[c]);
        expect(written, `${locale}/${method.id}`).toEqual(offered);
      }
    }
  });

  it('documents every phone line a banner adds for a task', () => {
    for (const [task, lines] of Object.entries(TASK_CONTACTS)) {
      const documented = ALTERNATE_METHODS.filter((m) => m.task === task).flatMap((m) => m.phone?.contacts ?? []);
      for (const line of lines) expect(documented, task).toContain(line);
    }
  });

  it('offers a phone line with TTY for direct deposit and claims', () => {
    const [directDeposit] = describeAlternateMethods().filter((m) => m.id === 'direct-deposit');
    const phone = directDeposit?.ways.find((w) => w.channel === 'phone');
    expect(phone?.contacts[0]).toMatchObject({ phone: '8008271000', tty: '711' });
  });

  it('resolves every way to text, places, forms and links with nothing missing', () => {
    for (const words of Object.values(METHOD_CATALOGS)) {
      for (const method of describeAlternateMethods(words)) {
        expect(method.title.trim()).not.toBe('');
        expect(method.ways.length).toBeGreaterThan(1);
        for (const way of method.ways) {
          expect(way.step.trim()).not.toBe('');
          expect(JSON.stringify(way)).not.toMatch(/undefined|NaN|null/);
          if (way.channel === 'phone') expect(way.contacts.length + way.step.length).toBeGreaterThan(0);
          if (way.channel === 'inPerson') expect(way.places.length).toBeGreaterThan(0);
          if (way.channel === 'text') expect(way.sms).toMatch(/^\d+$/);
          if (way.href) expect(way.href).toMatch(/^https:\/\//);
          for (const form of way.forms) expect(form.href).toMatch(/^https:\/\//);
        }
      }
    }
  });

  it('writes the Spanish steps in Spanish', () => {
    const en = describeAlternateMethods();
    const es = describeAlternateMethods(alternateMethodsEs);
    es.forEach((method, i) => {
      expect(method.title).not.toBe(en[i]?.title);
      method.ways.forEach((way, j) => expect(way.step).not.toBe(en[i]?.ways[j]?.step));
    });
  });
});
