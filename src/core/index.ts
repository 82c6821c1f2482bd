export { parseDowntimeResponse, parseInstant } from './parseDowntimeResponse';
export { getDowntimeState, DEFAULT_LEAD_TIME_MS } from './getDowntimeState';
export { mergeWindows } from './mergeWindows';
export { PROVIDER_IDS, SHARED_DEPENDENCY_IDS, isProviderId, isSignInService } from './providers';
export type { WindowSpan } from './mergeWindows';
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
} from './types';
