import { PROVIDER_IDS } from '../../src/core/providers';
import type { BannerModel, ProviderId } from '../../src/core/types';

/** A banner for tests: the providers not listed as affected are the working ones, unless `working` is given. */
export function makeBanner(overrides: Partial<BannerModel> & Pick<BannerModel, 'state'>): BannerModel {
  const providers: ProviderId[] = overrides.providers ?? ['idme'];
  return {
    id: 'test-banner',
    cause: 'provider',
    providers,
    working: PROVIDER_IDS.filter((p) => !providers.includes(p)),
    allProviders: providers.length === PROVIDER_IDS.length,
    impact: 'full',
    messages: [],
    windowIds: [],
    ...overrides,
  };
}

export const ALL_PROVIDERS: ProviderId[] = [...PROVIDER_IDS];
