import type { ProviderId } from '../core/types';
import type { ContactId, HelpCenterProviderId } from './types';

/** Phone lines that help with one provider's own accounts, added when that provider is at fault. */
export const PROVIDER_CONTACTS = {
  logingov: [],
  idme: [],
  dslogon: ['dslogon'],
  mhv: ['mhv'],
} as const satisfies Record<ProviderId, readonly ContactId[]>;

/** Help centers of the providers that publish no phone line for VA users. */
export const PROVIDER_HELP_CENTERS = {
  logingov: 'https://login.gov/contact',
  idme: 'https://help.id.me',
} as const satisfies Record<HelpCenterProviderId, string>;

/** True for a provider whose help center we link to. */
export function hasHelpCenter(provider: ProviderId): provider is HelpCenterProviderId {
  return Object.hasOwn(PROVIDER_HELP_CENTERS, provider);
}
