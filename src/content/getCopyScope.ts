import type { BannerModel } from '../core/types';
import type { CopyScope } from './types';

/** Which copy a banner takes: one set of providers, all of them, or a shared service they all depend on. */
export function getCopyScope(banner: BannerModel): CopyScope {
  switch (banner.cause) {
    case 'global':
      return 'sitewide';
    case 'ssoe':
    case 'ssoe_oauth':
      // A partial SSOe problem lets many people in; "sign-in isn't working" would overstate it.
      return banner.impact === 'partial' ? 'partial' : 'signin';
    case 'mvi':
      return 'lookup';
    default:
      if (banner.impact === 'partial') return 'partial';
      return banner.allProviders ? 'all' : 'provider';
  }
}
