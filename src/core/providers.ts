import type { ProviderId, SharedDependencyId, SignInServiceId } from './types';

/** Every provider, in the order VA.gov lists them. */
export const PROVIDER_IDS = ['logingov', 'idme', 'dslogon', 'mhv'] as const satisfies readonly ProviderId[];

/** Every shared dependency of sign-in. */
export const SHARED_DEPENDENCY_IDS = ['ssoe', 'ssoe_oauth', 'mvi', 'global'] as const satisfies readonly SharedDependencyId[];

/** True for the service ids that can raise a sign-in banner. */
export function isSignInService(service: string): service is SignInServiceId {
  return isProviderId(service) || (SHARED_DEPENDENCY_IDS as readonly string[]).includes(service);
}

/** True for a provider id. */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}
