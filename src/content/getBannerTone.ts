import type { BannerModel } from '../core/types';
import type { CopyScope, Tone } from './types';

const BLOCKS_EVERYONE: ReadonlySet<CopyScope> = new Set(['all', 'signin', 'sitewide']);

/** Error only when nobody can sign in; warning for partial trouble; info ahead of time. */
export function getBannerTone(banner: BannerModel, scope: CopyScope): Tone {
  if (banner.state === 'upcoming') return 'info';
  if (banner.state === 'degraded' || banner.retired || banner.impact === 'partial') return 'warning';
  return BLOCKS_EVERYONE.has(scope) ? 'error' : 'warning';
}
