import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderAlternateMethodsDoc, renderContentDoc } from '../../scripts/docsContent';
import { alternateMethodsEn } from '../../src/content/alternateMethods.en';
import { alternateMethodsEs } from '../../src/content/alternateMethods.es';
import { catalogEn } from '../../src/content/catalog.en';
import { describeAlternateMethods } from '../../src/content/describeAlternateMethods';
import { CONTACTS } from '../../src/content/contacts';
import { getUiText } from '../../src/content/getUiText';
import type { ContactLine } from '../../src/content/types';

// The alternate-methods words of each language, each carrying its banner catalog.
const LANGUAGES = [alternateMethodsEn, alternateMethodsEs];
const STALE = 'is out of date with the content catalog: run `npm run docs:content` and commit the result';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function committed(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/** How a number should read in the docs, written out here rather than taken from the generator. */
function readable(digits: string): string {
  return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : digits;
}

function withTz<T>(tz: string, run: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('generated docs', () => {
  it('docs/content.md matches the generator', () => {
    expect(committed('docs/content.md'), `docs/content.md ${STALE}`).toBe(renderContentDoc());
  });

  it('docs/alternate-methods.md matches the generator', () => {
    expect(committed('docs/alternate-methods.md'), `docs/alternate-methods.md ${STALE}`).toBe(renderAlternateMethodsDoc());
  });

  it('renders the same text whatever the process time zone', () => {
    const here = [renderContentDoc(), renderAlternateMethodsDoc()];
    // Proves the switch takes effect in this worker: Kiritimati is UTC+14.
    expect(withTz('Pacific/Kiritimati', () => new Date(Date.parse('2025-01-01T00:00:00Z')).getHours())).toBe(14);
    for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'Europe/London']) {
      expect(withTz(tz, () => [renderContentDoc(), renderAlternateMethodsDoc()]), tz).toEqual(here);
    }
  });

  it('alternate-methods.md gives every phone, TTY and text number in the catalog contacts', () => {
    const doc = committed('docs/alternate-methods.md');
    const lines: ContactLine[] = Object.values(CONTACTS);
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const line of lines) {
      for (const digits of [line.phone, line.tty, line.sms]) {
        if (digits) expect(doc, digits).toContain(readable(digits));
      }
    }
    expect(doc).toContain('800-698-2411');
    expect(doc).toContain('866-363-2883');
  });

  it('alternate-methods.md has every task, in both languages', () => {
    const doc = renderAlternateMethodsDoc();
    for (const words of LANGUAGES) {
      const locale = words.catalog.locale;
      const methods = describeAlternateMethods(words);
      expect(methods.length).toBe(8);
      for (const method of methods) {
        expect(doc).toContain(`### ${method.title}`);
        for (const way of method.ways) expect(doc, `${method.id}/${way.channel}/${locale}`).toContain(way.step);
      }
    }
  });

  it('content.md has a section for every state and scope the catalog has', () => {
    const doc = renderContentDoc();
    const states = catalogEn.states;
    for (const [state, scopes] of Object.entries(states)) {
      for (const scope of Object.keys(scopes)) expect(doc).toContain(`\`${state}\` · \`${scope}\` · tone`);
    }
    expect(doc).toContain('## Retired credential');
  });

  it('content.md shows the times in Eastern time in both languages, and nothing broken', () => {
    const doc = renderContentDoc();
    expect(doc).toContain('Maintenance is scheduled for Sunday, June 15, 2025, from 1:00\u00a0a.m. to 5:00\u00a0a.m.\u00a0ET.');
    expect(doc).toContain('de la 1:00\u00a0a.\u00a0m. a las 5:00\u00a0a.\u00a0m., hora del Este\u00a0(ET)');
    // The sample window spans the fall DST change, so each time carries its own abbreviation.
    expect(doc).toMatch(/Saturday, November 1, 2025, at 11:00\u00a0p\.m\.\u00a0EDT to Sunday, November 2, 2025, at 4:00\u00a0a\.m\.\u00a0EST/);
    expect(doc).not.toMatch(/undefined|NaN|Invalid Date|\[object/);
  });

  it('content.md lists the interface text of both languages', () => {
    const doc = renderContentDoc();
    for (const { catalog } of LANGUAGES) {
      for (const text of Object.values(getUiText(catalog))) expect(doc, `${catalog.locale}: ${text}`).toContain(text);
    }
  });

  it('content.md starts with the content guide and how to change the copy', () => {
    const doc = renderContentDoc();
    const guide = doc.indexOf('## Content guide');
    expect(guide).toBeGreaterThan(0);
    expect(guide).toBeLessThan(doc.indexOf('## Upcoming maintenance'));
    expect(doc).toContain('grade 8 or lower');
    expect(doc).toContain('src/content/catalog.en.ts');
    expect(doc).toContain('npm run docs:content');
  });
});
