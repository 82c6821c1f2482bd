export {
  DEFAULT_LEAD_TIME_MS,
  PROVIDER_IDS,
  SHARED_DEPENDENCY_IDS,
  getDowntimeState,
  isProviderId,
  isSignInService,
  mergeWindows,
  parseDowntimeResponse,
  parseInstant,
} from './core';
export type {
  BannerModel,
  BannerState,
  ConditionSource,
  DowntimeSnapshot,
  DowntimeState,
  DowntimeStateOptions,
  Impact,
  MaintenanceWindow,
  PagerDutyStatus,
  ProviderId,
  ProviderState,
  ProviderStatus,
  ServiceOptions,
  ServiceStatus,
  SharedDependencyId,
  SignInServiceId,
  WindowSpan,
} from './core';

export {
  ALTERNATE_METHODS,
  CONTACTS,
  DEFAULT_TIME_ZONE,
  PROVIDER_CONTACTS,
  PROVIDER_HELP_CENTERS,
  PROVIDER_LABELS,
  TASK_CONTACTS,
  catalogEn,
  describeAlternateMethods,
  describeBanner,
  describeContact,
  formatDuration,
  formatEasternTime,
  formatWindowTime,
  getBannerTone,
  getCopyScope,
  getUiText,
  getZonedParts,
} from './content';
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
} from './content';

export { DowntimeBanner } from './react/DowntimeBanner';
export type { BannerDisplayState, DowntimeBannerProps, HeadingLevel, KeyValueStorage } from './react/DowntimeBanner';
export {
  DEFAULT_ENDPOINT,
  DEFAULT_REFRESH_INTERVAL_MS,
  DEFAULT_STALE_TTL_MS,
  useMaintenanceWindows,
} from './react/useMaintenanceWindows';
export type { ApiFailurePolicy, UseMaintenanceWindowsOptions, UseMaintenanceWindowsResult } from './react/useMaintenanceWindows';
export { MIN_REFRESH_INTERVAL_MS } from './react/sharedPoller';
export type { DowntimeDataStatus } from './react/chooseSnapshot';
export type { DowntimeFetcher } from './react/fetchSnapshot';
export { DowntimeFetchError } from './react/DowntimeFetchError';
export type { DowntimeFetchErrorDetails, FetchFailure } from './react/DowntimeFetchError';
export { useNow } from './react/useNow';
export type { UseNowOptions } from './react/useNow';
