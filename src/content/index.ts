import { catalogEn as english } from './catalog.en';
import type { Catalog } from './types';

export { describeBanner } from './describeBanner';
export { describeAlternateMethods } from './describeAlternateMethods';
export { describeContact } from './describeContact';
export { getUiText } from './getUiText';
export { getCopyScope } from './getCopyScope';
export { getBannerTone } from './getBannerTone';
export { formatEasternTime } from './formatEasternTime';
export { formatWindowTime } from './formatWindowTime';
export { formatDuration } from './formatDuration';
export { DEFAULT_TIME_ZONE, getZonedParts } from './getZonedParts';
export { PROVIDER_LABELS } from './providerLabels';
export { CONTACTS } from './contacts';
export { TASK_CONTACTS } from './taskContacts';
export { PROVIDER_CONTACTS, PROVIDER_HELP_CENTERS } from './providerHelp';
export { ALTERNATE_METHODS } from './alternateMethods';
export type {
  AlternateChannel,
  AlternateMethod,
  AlternateMethodCopy,
  AlternateMethodId,
  AlternateMethodText,
  AlternateMethodsCatalog,
  AlternatePlace,
  BannerCopy,
  Catalog,
  Contact,
  ContactHours,
  ContactId,
  ContactLine,
  ContactText,
  CopyContext,
  CopyScope,
  DescribeBannerOptions,
  FormReference,
  HelpCenterProviderId,
  HelpLink,
  Locale,
  ScopeCopy,
  Task,
  TimeFormatOptions,
  TimeWords,
  TimingCopy,
  Tone,
  UiText,
  ZonedParts,
} from './types';

// Published as `Catalog`, not as the object literal's inferred type, which would spell out every sentence's function
// in the .d.ts and the API reference; catalog.en.ts keeps `satisfies`, so it is still checked whole. Spanish is the
// `./es` entry, so that English-only apps never bundle it.
/** Everything the banner says in English: the default of `DowntimeBanner` and of every content function. */
export const catalogEn: Catalog = english;
