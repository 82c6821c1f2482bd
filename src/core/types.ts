/** A sign-in credential provider that VA.gov offers on its sign-in modal and page. */
export type ProviderId = 'logingov' | 'idme' | 'dslogon' | 'mhv';

/** A service that every sign-in depends on; its trouble rolls up to every provider. */
export type SharedDependencyId = 'ssoe' | 'ssoe_oauth' | 'mvi' | 'global';

/** Any service id this library reacts to. Other vets-api ids (`evss`, `vaos`, ...) never raise a sign-in banner. */
export type SignInServiceId = ProviderId | SharedDependencyId;

/** PagerDuty's service status as vets-api reports it. Unknown strings are kept but never raise a banner. */
export type PagerDutyStatus = 'active' | 'warning' | 'critical' | 'maintenance' | 'disabled';

/** One maintenance window, normalised. Times are epoch milliseconds. */
export interface MaintenanceWindow {
  /** vets-api row id, as a string. */
  id: string;
  /** vets-api `external_service` (for example `idme`, `global`, `vaos`). */
  service: string;
  /** Start instant in epoch ms. */
  startsAt: number;
  /** End instant in epoch ms, or `null` when the window is open-ended. */
  endsAt: number | null;
  /** Veteran-facing text that followed `USER_MESSAGE:` in PagerDuty, or `''`. Plain text. */
  description: string;
}

/** One PagerDuty service status, normalised. */
export interface ServiceStatus {
  /** vets-api `service_id` (for example `logingov`). */
  service: string;
  /** PagerDuty status. */
  status: PagerDutyStatus | (string & {});
}

/** Everything the library knows after parsing one vets-api response. */
export interface DowntimeSnapshot {
  windows: MaintenanceWindow[];
  statuses: ServiceStatus[];
  /** When vets-api last asked PagerDuty, in epoch ms, or `null` when the body did not say. */
  reportedAt: number | null;
  /** One human-readable line per entry that was dropped or body that was not understood. */
  problems: string[];
}

/** A provider's sign-in state, from best to worst: `ok` < `upcoming` < `degraded` < `maintenance` < `down`. */
export type ProviderState = 'ok' | 'upcoming' | 'maintenance' | 'degraded' | 'down';

/** The states that show a banner. */
export type BannerState = Exclude<ProviderState, 'ok'>;

/** What raised a provider's state: an open PagerDuty incident, a maintenance window, or a PagerDuty `maintenance` status. */
export type ConditionSource = 'incident' | 'window' | 'status';

/** How badly a condition blocks sign-in. `partial`: buttons still work for many people. `full`: sign-in fails. */
export type Impact = 'partial' | 'full';

/** The decided state of one provider at one instant. */
export interface ProviderStatus {
  state: ProviderState;
  /** The service whose condition decided the state: the provider itself or a shared dependency. Absent when `ok`. */
  cause?: SignInServiceId;
  /** Where that condition came from. Absent when `ok`. */
  source?: ConditionSource;
  /** Start of the deciding window, in epoch ms. */
  startsAt?: number;
  /** End of the deciding window in epoch ms; `null` when nobody knows yet. */
  endsAt?: number | null;
  /** The window's `USER_MESSAGE` text, when there is one. */
  message?: string;
  /** True when PagerDuty still says `maintenance` after the matching window's end. */
  overdue?: boolean;
  /** Ids of the windows merged into the deciding span. */
  windowIds?: string[];
}

/** One banner to show. A provider appears in at most one banner. */
export interface BannerModel {
  /** Stable key for this banner: changes when its windows, phase or cause change. */
  id: string;
  state: BannerState;
  /** `provider` when the providers' own services are at fault, otherwise the shared dependency. */
  cause: ProviderId | SharedDependencyId | 'provider';
  /** Providers this banner is about, in the configured order. */
  providers: ProviderId[];
  /** Providers a Veteran can still sign in with, in the configured order. */
  working: ProviderId[];
  /** True when every configured provider is affected. */
  allProviders: boolean;
  /** How badly sign-in is affected. */
  impact: Impact;
  startsAt?: number;
  endsAt?: number | null;
  /** Distinct `USER_MESSAGE` texts, plain text. */
  messages: string[];
  /** True when PagerDuty still says `maintenance` after the window's planned end. */
  overdue?: boolean;
  /** True when the provider is one VA has retired. */
  retired?: boolean;
  windowIds: string[];
}

/** The whole decision at one instant. */
export interface DowntimeState {
  providers: Record<ProviderId, ProviderStatus>;
  /** Ordered by severity, worst first. */
  banners: BannerModel[];
  /** The earliest instant after `now` when any provider's state changes from the passage of time alone. */
  nextChangeAt: number | null;
}

/** Per-service tuning. */
export interface ServiceOptions {
  /** How long before a window starts that it shows as upcoming, in ms. @defaultValue the global `leadTimeMs` */
  leadTimeMs?: number;
  /** Windows shorter than this raise no banner, in ms. @defaultValue 0 */
  minDurationMs?: number;
  /** How badly trouble here blocks sign-in. @defaultValue 'full' */
  impact?: Impact;
  /** The credential is retired; its copy says so. @defaultValue false */
  retired?: boolean;
}

/** Options for {@link getDowntimeState}. */
export interface DowntimeStateOptions {
  /** The instant to decide for. Pass server-corrected time where you have it. */
  now: number | Date;
  /** Providers to decide for, in display order. @defaultValue ['logingov', 'idme', 'dslogon', 'mhv'] */
  providers?: readonly ProviderId[];
  /** How long before a window starts that it shows as upcoming, in ms. @defaultValue 7_200_000 (2 hours) */
  leadTimeMs?: number;
  /** Per-service tuning, keyed by service id (for example `{ global: { leadTimeMs: 12 * 3_600_000 } }`). @defaultValue {} */
  services?: Partial<Record<SignInServiceId, ServiceOptions>>;
}
