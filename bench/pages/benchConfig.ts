/** The ways of getting sign-in status onto a page that the bench compares. */
export type Variant = 'ours' | 'naive' | 'once';

/** A set of banners on one page that share an endpoint (and so a request counter). */
export interface BenchGroup {
  id: string;
  variant: Variant;
  /** Banners in the group. */
  count: number;
  /** Poll interval in ms, for the variants that poll. */
  intervalMs: number;
  /** Lead time passed to the decision, in ms. */
  leadTimeMs?: number;
}

/** What the runner asks a page to render, passed as JSON in the URL's hash (`#config=`). */
export interface BenchPageConfig {
  /** Which tab this page is, so the backend can tell the tabs' requests apart. */
  tab: number;
  groups: BenchGroup[];
}

/** Per-group counters a page exposes on `window.__bench` for the runner to read. */
export interface BenchPageStats {
  /** Bench clock (epoch ms) of each React commit inside the group after its mount, from a Profiler. */
  commits: Record<string, number[]>;
  /** Bench clock (epoch ms) of each change of the group's first `data-state`, with the new value ('' when cleared). */
  flips: Record<string, { at: number; state: string }[]>;
  visibility: DocumentVisibilityState;
}

/**
 * The URL a group asks, the same in every tab: the hook elects its leader tab per endpoint, so a per-tab URL would
 * split the election.
 */
export function sharedEndpointOf(group: Pick<BenchGroup, 'id'>): string {
  return `/v0/backend_statuses?g=${encodeURIComponent(group.id)}`;
}

/** A URL per group, tab and banner, for the baselines, whose banners each poll on their own. */
export function ownEndpointOf(group: Pick<BenchGroup, 'id'>, tab: number, banner: number): string {
  return `${sharedEndpointOf(group)}&t=${tab}&b=${banner}`;
}
