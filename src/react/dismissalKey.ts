import type { BannerModel } from '../core/types';
import { hashText } from './hashText';

/** Banner states a Veteran may dismiss: planned work. An outage or degraded service stays on screen. */
export function isDismissible(banner: BannerModel): boolean {
  return banner.state === 'upcoming' || banner.state === 'maintenance';
}

/**
 * A hash of what the banner tells the Veteran beyond its fixed copy: the window's own messages, with spacing
 * normalised so that whitespace-only edits don't count, plus its times and whether it has overrun. A real
 * change to any of them makes a dismissed banner come back.
 */
export function contentVersion(banner: BannerModel): string {
  const messages = banner.messages.map((message) => message.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return hashText([...messages, banner.startsAt ?? '', banner.endsAt ?? '', banner.overdue ? 'overdue' : ''].join('\n'));
}

/**
 * Identifies one banner as the Veteran saw it: which windows (or, with none, which cause and providers), which
 * phase, and which content version. Dismissals and screen-reader announcements are both keyed by it, so an
 * upcoming banner dismissed yesterday comes back when the window starts, or when its message changes.
 *
 * @example
 * dismissalKey(state.banners[0]); // 'window:4101|upcoming|1x3k9q'
 */
export function dismissalKey(banner: BannerModel): string {
  const subject = banner.windowIds.length ? `window:${banner.windowIds.join('+')}` : `${banner.cause}:${banner.providers.join('+')}`;
  return `${subject}|${banner.state}|${contentVersion(banner)}`;
}

// With no end to expire at, a dismissal lasts a day from when it could first matter, and the banner then comes back.
const OPEN_ENDED_DISMISSAL_MS = 24 * 60 * 60 * 1000;

/**
 * When a dismissal stops mattering, in epoch ms: the window's end. The key already stops matching when the phase
 * or content changes, so this only decides when the entry is pruned from storage and when an open-ended
 * window's banner comes back.
 */
export function dismissalExpiry(banner: BannerModel, now: number): number {
  if (typeof banner.endsAt === 'number') return banner.endsAt;
  return Math.max(now, banner.startsAt ?? now) + OPEN_ENDED_DISMISSAL_MS;
}
