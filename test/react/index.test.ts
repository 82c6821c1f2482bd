import * as content from '../../src/content';
import * as core from '../../src/core';
import * as es from '../../src/es';
import * as entry from '../../src/index';

describe('package entry', () => {
  it('re-exports every runtime export of the core and the content, as the same objects', () => {
    const missing: string[] = [];
    for (const [name, value] of Object.entries({ ...core, ...content })) {
      if ((entry as Record<string, unknown>)[name] !== value) missing.push(name);
    }
    expect(missing).toEqual([]);
  });

  it('exports the React layer', () => {
    expect(entry.DowntimeBanner).toBeTypeOf('function');
    expect(entry.useMaintenanceWindows).toBeTypeOf('function');
    expect(entry.useNow).toBeTypeOf('function');
    expect(new entry.DowntimeFetchError('http', 'HTTP 503', { status: 503 })).toBeInstanceOf(Error);
    expect(entry.DEFAULT_ENDPOINT).toBe('/v0/backend_statuses');
    expect(entry.DEFAULT_REFRESH_INTERVAL_MS).toBe(180_000);
  });

  it('exports nothing from the mocks', () => {
    expect(Object.keys(entry)).not.toContain('createHandlers');
    expect(Object.keys(entry)).not.toContain('scenarios');
  });

  it('defaults to English and leaves the Spanish words to the ./es entry', () => {
    expect(entry.catalogEn.locale).toBe('en');
    expect(Object.keys(entry)).not.toContain('catalogEs');
    expect(Object.keys(entry)).not.toContain('alternateMethodsEs');
    expect(Object.keys(entry)).not.toContain('getCatalog');
    expect(Object.keys(es).sort()).toEqual(['alternateMethodsEs', 'catalogEs']);
    expect(es.catalogEs.locale).toBe('es');
    expect(es.alternateMethodsEs.catalog).toBe(es.catalogEs);
  });
});
