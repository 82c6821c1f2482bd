export { describeBanner } from './describeBanner';
export { describeAlternateMethods } from './describeAlternateMethods';
export { describeContact } from './describeContact';
export { getUiText } from './getUiText';
export { getCatalog } from './getCatalog';
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
