import { mergeWindows, type WindowSpan } from './mergeWindows';
import { PROVIDER_IDS, SHARED_DEPENDENCY_IDS, isProviderId, isSignInService } from './providers';
import type {
  BannerModel,
  BannerState,
  ConditionSource,
  DowntimeSnapshot,
  DowntimeState,
  DowntimeStateOptions,
  Impact,
  MaintenanceWindow,
  ProviderId,
  ProviderStatus,
  SharedDependencyId,
  SignInServiceId,
} from './types';

/** The default lead time before a window starts: 2 hours. */
export const DEFAULT_LEAD_TIME_MS = 2 * 60 * 60 * 1000;

const SEVERITY: Record<ProviderStatus['state'], number> = { ok: 0, upcoming: 1, degraded: 2, maintenance: 3, down: 4 };
const INCIDENT_STATUSES = new Set(['critical', 'warning']);
const WORKING_STATES = new Set<ProviderStatus['state']>(['ok', 'upcoming', 'degraded']);
const ROLL_UP_TO_ALL: readonly SharedDependencyId[] = ['global', 'ssoe', 'ssoe_oauth'];
// Bounds the walk over future boundaries; past it the result is an early re-check point, never a late one.
const MAX_BOUNDARY_CHECKS = 64;

interface ServiceTimeline {
  service: SignInServiceId;
  /** Spans long enough to be worth a banner. */
  spans: WindowSpan[];
  /** Every span, including those under `minDurationMs`; a PagerDuty `maintenance` status is matched against these. */
  allSpans: WindowSpan[];
  leadTimeMs: number;
  incident: boolean;
  statusMaintenance: boolean;
}

interface Condition extends ProviderStatus {
  state: Exclude<ProviderStatus['state'], 'ok'>;
  cause: SignInServiceId;
  source: ConditionSource;
}

function toEpoch(now: number | Date): number {
  return typeof now === 'number' ? now : now.getTime();
}

/** Index of the last span starting at or before `t`, or -1. */
function lastStartedIndex(spans: readonly WindowSpan[], t: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.startsAt <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function fromSpan(span: WindowSpan, state: Condition['state'], service: SignInServiceId, source: ConditionSource): Condition {
  const condition: Condition = { state, cause: service, source, startsAt: span.startsAt, endsAt: span.endsAt, windowIds: span.ids };
  if (span.messages.length) condition.message = span.messages.join('\n\n');
  return condition;
}

function isActive(span: WindowSpan, t: number): boolean {
  return span.startsAt <= t && (span.endsAt === null || t < span.endsAt);
}

/** What one service is doing at `t`, as raw conditions before roll-up. */
function serviceConditions(timeline: ServiceTimeline, t: number): Condition[] {
  const { service, spans } = timeline;
  const out: Condition[] = [];
  const index = lastStartedIndex(spans, t);
  const started = index >= 0 ? spans[index] : undefined;
  const active = started && isActive(started, t) ? started : undefined;
  if (timeline.incident) {
    // An outage published with a message is an incident plus a window that carries the words; keep them together.
    out.push(active ? fromSpan(active, 'down', service, 'incident') : { state: 'down', cause: service, source: 'incident' });
  }
  if (active) out.push(fromSpan(active, 'maintenance', service, timeline.statusMaintenance ? 'status' : 'window'));
  else if (timeline.statusMaintenance) {
    // PagerDuty says maintenance now: take the end from the window it belongs to, or admit we don't know it.
    // A window too short to be worth a banner keeps its status quiet too, until it overruns.
    const matchIndex = lastStartedIndex(timeline.allSpans, t);
    const match = matchIndex >= 0 ? timeline.allSpans[matchIndex] : undefined;
    if (!match) out.push({ state: 'maintenance', cause: service, source: 'status', endsAt: null });
    else if (!isActive(match, t)) out.push({ ...fromSpan(match, 'maintenance', service, 'status'), overdue: true });
  }
  const next = spans[index + 1];
  if (next && next.startsAt - timeline.leadTimeMs <= t) out.push(fromSpan(next, 'upcoming', service, 'window'));
  return out;
}

/** Maps a service's raw condition onto the state it gives each affected provider. */
function rollUp(condition: Condition): Condition | null {
  if (condition.cause !== 'mvi') return condition;
  // MPI trouble lets people sign in, but their tools may fail after; its upcoming work changes nothing yet.
  return condition.state === 'upcoming' ? null : { ...condition, state: 'degraded' };
}

function isWorse(candidate: Condition, current: Condition | undefined): boolean {
  if (!current) return true;
  const diff = SEVERITY[candidate.state] - SEVERITY[current.state];
  if (diff !== 0) return diff > 0;
  if (candidate.state === 'upcoming' && candidate.startsAt !== current.startsAt) {
    return (candidate.startsAt ?? Infinity) < (current.startsAt ?? Infinity);
  }
  // On a tie the shared dependency wins, so one sitewide banner covers every provider.
  return candidate.cause !== current.cause && !isProvider(candidate.cause) && isProvider(current.cause);
}

function isProvider(service: string): service is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(service);
}

function buildTimelines(snapshot: DowntimeSnapshot, options: DowntimeStateOptions): Map<SignInServiceId, ServiceTimeline> {
  const byService = new Map<SignInServiceId, MaintenanceWindow[]>();
  for (const window of snapshot.windows) {
    if (!isSignInService(window.service)) continue;
    // A hand-built snapshot can skip the parser's checks; a window that can never be active is ignored.
    if (!Number.isFinite(window.startsAt) || (window.endsAt !== null && !(window.endsAt > window.startsAt))) continue;
    const list = byService.get(window.service);
    if (list) list.push(window);
    else byService.set(window.service, [window]);
  }
  const timelines = new Map<SignInServiceId, ServiceTimeline>();
  const globalLead = options.leadTimeMs ?? DEFAULT_LEAD_TIME_MS;
  // A service listed twice takes its worst status, whatever the order of the list.
  const incidents = new Set<string>();
  const inMaintenance = new Set<string>();
  for (const entry of snapshot.statuses) {
    if (INCIDENT_STATUSES.has(entry.status)) incidents.add(entry.service);
    if (entry.status === 'maintenance') inMaintenance.add(entry.service);
  }
  for (const service of [...PROVIDER_IDS, ...SHARED_DEPENDENCY_IDS]) {
    const tuning = options.services?.[service];
    const minDuration = tuning?.minDurationMs ?? 0;
    const allSpans = mergeWindows(byService.get(service) ?? []);
    const spans = minDuration > 0 ? allSpans.filter((span) => span.endsAt === null || span.endsAt - span.startsAt >= minDuration) : allSpans;
    timelines.set(service, {
      service,
      spans,
      allSpans,
      leadTimeMs: tuning?.leadTimeMs ?? globalLead,
      incident: incidents.has(service),
      statusMaintenance: inMaintenance.has(service),
    });
  }
  return timelines;
}

function decideProviders(
  timelines: Map<SignInServiceId, ServiceTimeline>,
  providers: readonly ProviderId[],
  t: number,
): Record<ProviderId, ProviderStatus> {
  let shared: Condition | undefined;
  let degraded: Condition | undefined;
  for (const service of SHARED_DEPENDENCY_IDS) {
    for (const raw of serviceConditions(timelines.get(service)!, t)) {
      const condition = rollUp(raw);
      if (!condition) continue;
      if ((ROLL_UP_TO_ALL as readonly string[]).includes(service)) {
        if (isWorse(condition, shared)) shared = condition;
      } else if (isWorse(condition, degraded)) degraded = condition;
    }
  }
  const result = {} as Record<ProviderId, ProviderStatus>;
  for (const provider of PROVIDER_IDS) result[provider] = { state: 'ok' };
  for (const provider of providers) {
    let worst: Condition | undefined = shared;
    if (degraded && isWorse(degraded, worst)) worst = degraded;
    for (const condition of serviceConditions(timelines.get(provider)!, t)) {
      if (isWorse(condition, worst)) worst = condition;
    }
    if (worst) result[provider] = worst;
  }
  return result;
}

function signature(statuses: Record<ProviderId, ProviderStatus>, providers: readonly ProviderId[]): string {
  return providers
    .map((p) => {
      const s = statuses[p];
      return `${s.state}|${s.cause ?? ''}|${s.startsAt ?? ''}|${s.endsAt ?? ''}|${s.overdue ? 1 : 0}`;
    })
    .join(';');
}

/** Boundaries after `now`, ascending and deduplicated, from the sorted per-service sequences; at most `limit`. */
function upcomingBoundaries(timelines: Iterable<ServiceTimeline>, now: number, limit: number): number[] {
  const sequences: number[][] = [];
  for (const timeline of timelines) {
    // A PagerDuty `maintenance` status also changes meaning at the edges of windows too short for a banner.
    const all = timeline.statusMaintenance ? timeline.allSpans : timeline.spans;
    if (all.length === 0) continue;
    // Merged spans are disjoint and sorted, so each of these three lists is sorted too.
    const spans = all.slice(Math.max(0, lastStartedIndex(all, now)));
    sequences.push(spans.map((s) => s.startsAt - timeline.leadTimeMs).filter((x) => x > now));
    sequences.push(spans.map((s) => s.startsAt).filter((x) => x > now));
    sequences.push(spans.flatMap((s) => (s.endsAt !== null && s.endsAt > now ? [s.endsAt] : [])));
  }
  const cursors = sequences.map(() => 0);
  const out: number[] = [];
  while (out.length < limit) {
    let best = Infinity;
    let bestIndex = -1;
    sequences.forEach((seq, i) => {
      const value = seq[cursors[i]!];
      if (value !== undefined && value < best) {
        best = value;
        bestIndex = i;
      }
    });
    if (bestIndex < 0) break;
    cursors[bestIndex]!++;
    if (out[out.length - 1] !== best) out.push(best);
  }
  return out;
}

/**
 * The timelines whose boundaries can still change a configured provider. A shared incident pins every provider at `down`
 * whatever the clock does, so only that incident's windows are walked; this keeps `nextChangeAt` exact behind long masked schedules.
 */
function timesThatMatter(timelines: Map<SignInServiceId, ServiceTimeline>, providers: readonly ProviderId[]): ServiceTimeline[] {
  const sharedIncidents = ROLL_UP_TO_ALL.filter((service) => timelines.get(service)!.incident);
  // Only the incident's own windows can still change what a pinned provider shows: they bring and take its message.
  if (sharedIncidents.length) return sharedIncidents.map((service) => timelines.get(service)!);
  return [...providers, ...SHARED_DEPENDENCY_IDS].map((service) => timelines.get(service)!);
}

function groupKey(status: Condition): string {
  const scope = isProvider(status.cause) ? 'provider' : status.cause;
  if (status.state === 'down' || status.state === 'degraded') return `${status.state}:${scope}`;
  return `${status.state}:${scope}:${status.startsAt ?? ''}:${status.endsAt ?? ''}:${status.overdue ? 'overdue' : ''}`;
}

function buildBanners(
  statuses: Record<ProviderId, ProviderStatus>,
  providers: readonly ProviderId[],
  options: DowntimeStateOptions,
): BannerModel[] {
  const groups = new Map<string, { condition: Condition; providers: ProviderId[] }>();
  for (const provider of providers) {
    const status = statuses[provider];
    if (status.state === 'ok') continue;
    const condition = status as Condition;
    // A retired credential gets its own banner: its copy says it is gone for good, which is not true of the others.
    const retired = isProvider(condition.cause) && options.services?.[provider]?.retired ? ':retired' : '';
    const key = groupKey(condition) + retired;
    const group = groups.get(key);
    if (group) group.providers.push(provider);
    else groups.set(key, { condition, providers: [provider] });
  }
  const banners: BannerModel[] = [];
  for (const [key, { condition, providers: affected }] of groups) {
    const cause = isProvider(condition.cause) ? 'provider' : (condition.cause as SharedDependencyId);
    // A retired credential is never offered as a way in, whatever its state.
    const working = providers.filter(
      (p) => !affected.includes(p) && WORKING_STATES.has(statuses[p].state) && !options.services?.[p]?.retired,
    );
    const tunings = (cause === 'provider' ? affected : [cause]).map((service) => options.services?.[service]);
    const impact: Impact =
      tunings.some((t) => t?.impact === 'full') || (condition.state !== 'degraded' && tunings.every((t) => t?.impact !== 'partial'))
        ? 'full'
        : 'partial';
    const windowIds = [...(condition.windowIds ?? [])];
    if (cause === 'provider') {
      for (const p of affected) for (const id of statuses[p].windowIds ?? []) if (!windowIds.includes(id)) windowIds.push(id);
    }
    const messages = [
      ...new Set(affected.flatMap((p) => (statuses[p].message ? statuses[p].message!.split('\n\n') : []))),
    ];
    const banner: BannerModel = {
      id: `${key}:${affected.join('+')}:${windowIds.join('+')}`,
      state: condition.state as BannerState,
      cause,
      providers: affected,
      working,
      allProviders: affected.length === providers.length,
      impact,
      messages,
      windowIds,
    };
    if (condition.startsAt !== undefined) banner.startsAt = condition.startsAt;
    if (condition.endsAt !== undefined) banner.endsAt = condition.endsAt;
    if (condition.overdue) banner.overdue = true;
    if (cause === 'provider' && affected.some((p) => options.services?.[p]?.retired)) banner.retired = true;
    banners.push(banner);
  }
  return banners.sort(
    (a, b) => SEVERITY[b.state] - SEVERITY[a.state] || (a.startsAt ?? -Infinity) - (b.startsAt ?? -Infinity),
  );
}

/**
 * Decides each sign-in provider's state at `now` from a parsed snapshot. Pure: the same input gives the same output.
 * The rules are the decision table in `docs/states.md`.
 *
 * @example
 * const snapshot = parseDowntimeResponse(await response.json());
 * const state = getDowntimeState(snapshot, { now: Date.parse('2025-02-06T16:30:00Z') });
 * state.providers.idme.state; // 'maintenance' while an ID.me window is open at that instant
 * state.nextChangeAt; // the next instant the answer can change without a new request, or null
 */
export function getDowntimeState(snapshot: DowntimeSnapshot, options: DowntimeStateOptions): DowntimeState {
  const now = toEpoch(options.now);
  const providers = [...new Set(options.providers ?? PROVIDER_IDS)].filter(isProviderId);
  const timelines = buildTimelines(snapshot, options);
  const statuses = decideProviders(timelines, providers, now);
  const banners = buildBanners(statuses, providers, options);

  const current = signature(statuses, providers);
  const candidates = upcomingBoundaries(timesThatMatter(timelines, providers), now, MAX_BOUNDARY_CHECKS + 1);
  let nextChangeAt: number | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const at = candidates[i]!;
    if (i === MAX_BOUNDARY_CHECKS || signature(decideProviders(timelines, providers, at), providers) !== current) {
      nextChangeAt = at;
      break;
    }
  }
  return { providers: statuses, banners, nextChangeAt };
}
