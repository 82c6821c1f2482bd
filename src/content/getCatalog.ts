import { catalogEn } from './catalog.en';
import { catalogEs } from './catalog.es';
import type { Catalog, Locale } from './types';

const CATALOGS = { en: catalogEn, es: catalogEs } satisfies Record<Locale, Catalog>;

/** The catalog for a locale; anything unknown gets English. */
export function getCatalog(locale: Locale = 'en'): Catalog {
  return Object.hasOwn(CATALOGS, locale) ? CATALOGS[locale] : CATALOGS.en;
}
