import type { BannerModel } from '../core/types';
import { describeTiming } from './describeTiming';
import { getBannerContacts } from './getBannerContacts';
import { getBannerTone } from './getBannerTone';
import { catalogEn } from './catalog.en';
import { getCopyScope } from './getCopyScope';
import { DEFAULT_TIME_ZONE } from './getZonedParts';
import { PROVIDER_LABELS } from './providerLabels';
import type { BannerCopy, CopyContext, DescribeBannerOptions } from './types';

function names(providers: readonly string[]): string[] {
  return providers.map((id) => (PROVIDER_LABELS as Record<string, string>)[id] ?? id);
}

/**
 * Chooses the words, tone and phone lines for one banner. Pure: the same banner and options give the same copy,
 * whatever zone the process runs in. Body paragraphs run in this order: what still works, what is happening and
 * when it ends, then the window's own messages as plain text.
 *
 * @example
 * import { catalogEs } from '@va-identity/downtime-banner/es';
 *
 * const state = getDowntimeState(snapshot, { now: Date.parse('2025-02-06T16:30:00Z') });
 * for (const banner of state.banners) {
 *   const copy = describeBanner(banner, { catalog: catalogEs, task: 'direct-deposit' });
 *   copy.headline; // 'En este momento no puede iniciar sesión con ID.me' while ID.me is down
 * }
 */
export function describeBanner(banner: BannerModel, options: DescribeBannerOptions = {}): BannerCopy {
  const catalog = options.catalog ?? catalogEn;
  const scope = getCopyScope(banner);
  const copy = banner.retired ? catalog.retired : catalog.states[banner.state][scope];
  const context: CopyContext = {
    affected: catalog.and(names(banner.providers)),
    working: catalog.or(names(banner.working)),
  };
  const timing = describeTiming(banner, copy.back(context), {
    catalog,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  });
  const middle = [copy.detail(context), timing].filter((s): s is string => Boolean(s)).join(' ');
  const messages = banner.messages.filter((m) => m.trim() !== '');
  const body = [copy.lead(context), middle].filter((s): s is string => Boolean(s));
  return {
    headline: copy.headline(context),
    body: [...body, ...messages],
    messageCount: messages.length,
    tone: getBannerTone(banner, scope),
    ...getBannerContacts(banner, options.task ?? 'general', catalog),
  };
}
