// The `./es` entry: the Spanish words, kept out of `.` and `./core` so that English-only apps don't download them.
// Framework-free. Typed as the interfaces, not the literals, for the same reason as `catalogEn`.
import { alternateMethodsEs as spanishMethods } from './content/alternateMethods.es';
import { catalogEs as spanish } from './content/catalog.es';
import type { AlternateMethodsCatalog, Catalog } from './content/types';

/**
 * Everything the banner says in Spanish. Pass it as `<DowntimeBanner catalog={catalogEs} />`, or as the `catalog`
 * of `describeBanner`, the time helpers, `describeContact` and `getUiText`.
 */
export const catalogEs: Catalog = spanish;

/** The alternate methods' words in Spanish, for `describeAlternateMethods(alternateMethodsEs)`. */
export const alternateMethodsEs: AlternateMethodsCatalog = spanishMethods;
