import type { BannerModel } from '../core/types';
import { formatDuration } from './formatDuration';
import { formatWindowTime } from './formatWindowTime';
import { getZonedParts } from './getZonedParts';
import type { Catalog } from './types';

function instant(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The sentences that say when a banner's condition started or ends, or that nobody knows yet.
 * `back` finishes "We don't know yet when …". Gives `null` when there is nothing true to say.
 */
export function describeTiming(
  banner: BannerModel,
  back: string,
  options: { catalog: Catalog; timeZone: string },
): string | null {
  const { timing, time } = options.catalog;
  const startsAt = instant(banner.startsAt);
  const endsAt = instant(banner.endsAt);
  const hasWindow = startsAt !== undefined && endsAt !== undefined && endsAt > startsAt;
  const at = (epochMs: number) => time.at(getZonedParts(epochMs, options.timeZone));

  if (banner.retired) return null;
  if (banner.state === 'maintenance' && banner.overdue) return timing.overdue(back);
  if (banner.state === 'upcoming') {
    if (startsAt === undefined) return null;
    const window = timing.scheduled(formatWindowTime(startsAt, endsAt, options));
    if (!hasWindow) return `${window} ${timing.noEnd}`;
    return `${window} ${timing.expected(formatDuration(endsAt - startsAt, options.catalog))}`;
  }
  if (banner.state === 'maintenance' && hasWindow) {
    return timing.scheduled(formatWindowTime(startsAt, endsAt, options));
  }
  if (endsAt !== undefined) return timing.backAt(back, at(endsAt));
  if (banner.state === 'maintenance' && startsAt !== undefined) {
    return `${timing.started(at(startsAt))} ${timing.unknownBack(back)}`;
  }
  return timing.unknownBack(back);
}
