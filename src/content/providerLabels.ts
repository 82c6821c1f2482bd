import type { ProviderId } from '../core/types';

/** Each provider's name as Veterans see it on the sign-in page. Brand names, the same in every language. */
export const PROVIDER_LABELS = {
  logingov: 'Login.gov',
  idme: 'ID.me',
  dslogon: 'DS Logon',
  mhv: 'My HealtheVet',
} as const satisfies Record<ProviderId, string>;
