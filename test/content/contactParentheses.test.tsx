import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CONTACTS } from '../../src/content/contacts';
import { catalogEn } from '../../src/content/catalog.en';
import { catalogEs } from '../../src/content/catalog.es';
import { describeBanner } from '../../src/content/describeBanner';
import { describeContact } from '../../src/content/describeContact';
import { getUiText } from '../../src/content/getUiText';
import { PROVIDER_HELP_CENTERS } from '../../src/content/providerHelp';
import type { BannerCopy, Catalog, ContactId, Task } from '../../src/content/types';
import { PROVIDER_IDS } from '../../src/core/providers';
import { BannerAlert } from '../../src/react/BannerAlert';
import { ALL_PROVIDERS, makeBanner } from './makeBanner';

const CATALOGS: Catalog[] = [catalogEn, catalogEs];
const TASKS: Task[] = ['direct-deposit', 'health', 'claims', 'education', 'general'];
const DOUBLED = /\)\)|\(\(/;

function everyContact(catalog: Catalog): BannerCopy {
  const helpCenters = catalog.helpCenters;
  return {
    headline: 'Contacts',
    body: [],
    tone: 'warning',
    contacts: (Object.keys(CONTACTS) as ContactId[]).map((id) => describeContact(id, catalog)),
    links: (Object.keys(PROVIDER_HELP_CENTERS) as Array<keyof typeof PROVIDER_HELP_CENTERS>).map((p) => ({
      text: helpCenters[p],
      href: PROVIDER_HELP_CENTERS[p],
    })),
  };
}

describe('no doubled parentheses in contact lines or labels', () => {
  it.each(CATALOGS)('renders every $locale phone line, as the banner lists it, without "))" or "(("', (catalog) => {
    const { container } = render(
      <BannerAlert state="down" copy={everyContact(catalog)} ui={getUiText(catalog)} headingLevel={2} id={`contacts-${catalog.locale}`} />,
    );
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(Object.keys(CONTACTS).length + Object.keys(PROVIDER_HELP_CENTERS).length);
    for (const item of items) expect(item).not.toMatch(DOUBLED);
  });

  it('gives the Spanish DS Logon line its hours in one pair of parentheses', () => {
    const { container } = render(
      <BannerAlert state="down" copy={everyContact(catalogEs)} ui={getUiText(catalogEs)} headingLevel={2} id="dslogon-es" />,
    );
    const line = [...container.querySelectorAll('li')].find((li) => li.textContent?.startsWith('Mesa de ayuda de DS Logon'));
    expect(line?.textContent).toContain(
      'Mesa de ayuda de DS Logon (DMDC) (de lunes a viernes, de las 8:00\u00a0a.\u00a0m. a las 8:00\u00a0p.\u00a0m., hora del Este): ',
    );
  });

  it('writes no doubled parentheses in any banner text, contact field or link, in either language', () => {
    const windows = [
      { startsAt: Date.parse('2025-06-15T05:00:00Z'), endsAt: Date.parse('2025-06-15T09:00:00Z') },
      { startsAt: Date.parse('2025-11-01T23:30:00Z'), endsAt: Date.parse('2025-11-02T06:30:00Z') },
      { startsAt: Date.parse('2025-06-15T05:00:00Z'), endsAt: null },
    ];
    for (const catalog of CATALOGS) {
      for (const task of TASKS) {
        for (const state of ['upcoming', 'maintenance', 'degraded', 'down'] as const) {
          for (const providers of [...PROVIDER_IDS.map((p) => [p]), ALL_PROVIDERS]) {
            for (const time of windows) {
              const copy = describeBanner(makeBanner({ state, providers, ...time }), { catalog, task });
              const text = [
                copy.headline,
                ...copy.body,
                ...copy.contacts.flatMap((c) => [c.label, c.instruction ?? '', c.hours ?? '']),
                ...copy.links.map((l) => l.text),
              ].join('\n');
              expect(text, `${catalog.locale}/${task}/${state}/${providers.join('+')}`).not.toMatch(DOUBLED);
            }
          }
        }
      }
    }
  });
});
