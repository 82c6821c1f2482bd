import { catalogEn } from './catalog.en';
import type { Catalog, UiText } from './types';

/** The fixed words of the banner's chrome, such as the contacts heading and the dismiss label. */
export function getUiText(catalog: Catalog = catalogEn): UiText {
  return catalog.ui;
}
