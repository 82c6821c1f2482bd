import { describe, expect, it } from 'vitest';
import { catalogEn } from '../../src/content/catalog.en';
import { catalogEs } from '../../src/content/catalog.es';
import { describeBanner } from '../../src/content/describeBanner';
import { PROVIDER_LABELS } from '../../src/content/providerLabels';
import type { BannerCopy, Task } from '../../src/content/types';
import { PROVIDER_IDS } from '../../src/core/providers';
import type { BannerModel, BannerState, ProviderId } from '../../src/core/types';
import { ALL_PROVIDERS, makeBanner } from './makeBanner';

const STATES: BannerState[] = ['upcoming', 'maintenance', 'degraded', 'down'];
const SHARED_CAUSES = ['ssoe', 'ssoe_oauth', 'mvi', 'global'] as const;
const TASKS: Task[] = ['direct-deposit', 'health', 'claims', 'education', 'general'];
const SUBSETS: ProviderId[][] = [
  ...PROVIDER_IDS.map((p) => [p]),
  ['idme', 'dslogon'],
  ['logingov', 'idme', 'mhv'],
  ALL_PROVIDERS,
];
const TIMES: Array<Pick<BannerModel, 'startsAt' | 'endsAt'>> = [
  { startsAt: Date.parse('2025-03-09T06:00:00Z'), endsAt: Date.parse('2025-03-09T08:00:00Z') },
  { startsAt: Date.parse('2025-11-01T23:30:00Z'), endsAt: Date.parse('2025-11-02T06:30:00Z') },
  { startsAt: Date.parse('2025-06-15T16:00:00Z'), endsAt: null },
  { endsAt: null },
  {},
  { startsAt: Number.NaN, endsAt: Number.NaN },
];
// Words that would mean English was left in the Spanish copy.
const ENGLISH = /\b(the|you|your|we|sign in|sign-in|can't|will|and|or|maintenance|working|until|expected)\b/i;
const BROKEN = /undefined|NaN|Invalid Date|null|\[object/;

function* models(): Generator<BannerModel> {
  for (const state of STATES) {
    for (const time of TIMES) {
      for (const impact of ['partial', 'full'] as const) {
        for (const overdue of state === 'maintenance' ? [false, true] : [false]) {
          for (const providers of SUBSETS) {
            for (const retired of [false, true]) {
              yield makeBanner({ state, providers, impact, overdue, retired, ...time });
            }
          }
          for (const cause of SHARED_CAUSES) {
            yield makeBanner({ state, cause, providers: ALL_PROVIDERS, working: [], impact, overdue, ...time });
          }
        }
      }
    }
  }
}

function allText(copy: BannerCopy): string {
  return [copy.headline, ...copy.body, ...copy.contacts.flatMap((c) => Object.values(c)), ...copy.links.map((l) => l.text)].join('\n');
}

function withoutNames(text: string): string {
  return Object.values(PROVIDER_LABELS).reduce((acc, name) => acc.split(name).join(''), text);
}

const MODELS = [...models()];

describe('describeBanner over every state, cause, provider set, impact, time shape, locale and task', () => {
  it('covers a meaningful number of models', () => {
    expect(MODELS.length).toBeGreaterThan(1000);
  });

  it('always gives a headline and non-empty paragraphs, with no "undefined", "NaN" or "Invalid Date"', () => {
    for (const banner of MODELS) {
      for (const catalog of [catalogEn, catalogEs]) {
        for (const task of TASKS) {
          const copy = describeBanner(banner, { catalog, task });
          const where = `${banner.state}/${banner.cause}/${banner.providers.join('+')}/${catalog.locale}/${task}`;
          expect(copy.headline.trim(), where).not.toBe('');
          expect(copy.body.length, where).toBeGreaterThan(0);
          for (const paragraph of copy.body) expect(paragraph.trim(), where).not.toBe('');
          expect(allText(copy), where).not.toMatch(BROKEN);
          expect(allText(copy), where).not.toMatch(/\buntil\b/);
          expect(copy.body.join(' '), where).not.toMatch(/\s{2,}|\s[.,]|\.\./);
        }
      }
    }
  });

  it('writes Spanish that differs from the English and has no English left in it', () => {
    for (const banner of MODELS) {
      const en = describeBanner(banner, { task: 'health' });
      const es = describeBanner(banner, { catalog: catalogEs, task: 'health' });
      expect(es.headline).not.toBe(en.headline);
      expect(es.body).toHaveLength(en.body.length);
      es.body.forEach((paragraph, i) => expect(paragraph).not.toBe(en.body[i]));
      expect(withoutNames([es.headline, ...es.body].join(' '))).not.toMatch(ENGLISH);
      expect(withoutNames(es.contacts.map((c) => `${c.label} ${c.instruction ?? ''} ${c.hours}`).join(' '))).not.toMatch(ENGLISH);
    }
  });

  it('includes MyVA411 first in every banner', () => {
    for (const banner of MODELS) {
      expect(describeBanner(banner, { task: 'education' }).contacts[0]?.id).toBe('myva411');
    }
  });

  it('names every provider that still works, first, whenever some do', () => {
    for (const banner of MODELS.filter((b) => b.cause === 'provider' && b.working.length > 0)) {
      const copy = describeBanner(banner);
      for (const provider of banner.working) expect(copy.body[0]).toContain(PROVIDER_LABELS[provider]);
    }
  });

  it('names the affected providers in the headline unless the banner is about all of them', () => {
    for (const banner of MODELS.filter((b) => b.cause === 'provider' && !(b.allProviders && b.impact === 'full' && !b.retired))) {
      const copy = describeBanner(banner);
      for (const provider of banner.providers) expect(copy.headline).toContain(PROVIDER_LABELS[provider]);
    }
  });

  it('picks the tone from the state, the impact and how many people are blocked', () => {
    for (const banner of MODELS) {
      const { tone } = describeBanner(banner);
      const blocksEveryone =
        banner.impact === 'full' &&
        !banner.retired &&
        (banner.cause === 'ssoe' || banner.cause === 'ssoe_oauth' || banner.cause === 'global' || (banner.cause === 'provider' && banner.allProviders));
      let expected: BannerCopy['tone'] = blocksEveryone ? 'error' : 'warning';
      if (banner.state === 'upcoming') expected = 'info';
      else if (banner.state === 'degraded') expected = 'warning';
      expect(tone, `${banner.state}/${banner.cause}/${banner.impact}/${banner.providers.length}`).toBe(expected);
    }
  });

  it('says "taking longer than expected" for every overdue maintenance banner', () => {
    for (const banner of MODELS.filter((b) => b.overdue && !b.retired)) {
      expect(describeBanner(banner).body.join(' ')).toContain('taking longer than expected');
      expect(describeBanner(banner, { catalog: catalogEs }).body.join(' ')).toContain('tardando más de lo previsto');
    }
  });

  it('admits an unknown end for every active banner without an end time', () => {
    const open = MODELS.filter((b) => b.state !== 'upcoming' && !b.overdue && !b.retired && b.endsAt === null);
    expect(open.length).toBeGreaterThan(0);
    for (const banner of open) {
      expect(describeBanner(banner).body.join(' ')).toContain("We don't know yet when");
      expect(describeBanner(banner, { catalog: catalogEs }).body.join(' ')).toContain('Todavía no sabemos cuándo');
    }
  });

  it('shows the Eastern start time on every upcoming banner that has one', () => {
    // ET, or EDT and EST for the sample windows that span a DST change.
    for (const banner of MODELS.filter((b) => b.state === 'upcoming' && Number.isFinite(b.startsAt) && !b.retired)) {
      expect(describeBanner(banner).body.join(' ')).toMatch(/2025, (at|from) .*\u00a0(ET|E[SD]T)\./);
      expect(describeBanner(banner, { catalog: catalogEs }).body.join(' ')).toMatch(/hora del Este\u00a0\(ET\)|\u00a0E[SD]T\./);
    }
  });
});
