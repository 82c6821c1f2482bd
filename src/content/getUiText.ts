import { getCatalog } from './getCatalog';
import type { Locale, UiText } from './types';

/** The fixed words of the banner's chrome, such as the contacts heading and the dismiss label. */
export function getUiText(locale: Locale = 'en'): UiText {
  return getCatalog(locale).ui;
}
