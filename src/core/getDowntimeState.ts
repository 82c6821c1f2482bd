import { mergeWindows, type WindowSpan } from './mergeWindows';
import { PROVIDER_IDS, SHARED_DEPENDENCY_IDS, isProviderId } from './providers';
import type {
  BannerModel,
  ConditionSource,
  DowntimeSnapshot,
  DowntimeState,
  DowntimeStateOptions,
  ProviderId,
  ProviderState,
  ProviderStatus,
  SignInServiceId,
} from './types';

/** The default lead time before a window starts: 2 hours. */
export const DEFAULT_LEAD_TIME_MS = 2 * 60 * 60 * 1000;

/** Best to worst (R21); the first three still let people sign in (R25). */
const SEVERITY: readonly ProviderState[] = ['ok', 'upcoming', 'degraded', 'maintenance', 'down'];
/** What R30 watches: a change in any of these fields of any provider is a change of state. */
const SIGNATURE_KEYS = [...PROVIDER_IDS, 'state', 'cause', 'startsAt', 'endsAt', 'overdue'];
// Bounds the walk over future boundaries; past it the result is an early re-check point, never a late one.
const MAX_BOUNDARY_CHECKS = 64;

/** One service's windows and statuses, read once and then asked about any instant. */
interface ServiceTimeline {
  /** What the service does at `t` to the providers that depend on it. */
  conditionsAt(t: number): Condition[];
  /** Instants after `now` at which those conditions can change: the first `limit` lead starts, starts and ends. */
  boundariesAfter(now: number, limit: number): number[];
  /** PagerDuty reports an open incident (R9). */
  incident: boolean;
}

interface Condition extends ProviderStatus {
  state: Exclude<ProviderState, 'ok'>;
  cause: SignInServiceId;
  source: ConditionSource;
}

type Timelines = Record<SignInServiceId, ServiceTimeline>;

const severity = (state: ProviderState) => SEVERITY.indexOf(state);

/** A banner's cause: the shared dependency, or `provider` for the providers' own trouble. */
const scopeOf = (cause: SignInServiceId) => (isProviderId(cause) ? 'provider' : cause);

/** Index of the last span starting at or before `t`, or -1. */
function lastStartedIndex(spans: readonly WindowSpan[], t: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.startsAt <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Orders conditions worst first: by state, then between upcoming ones by the earlier start. */
function byWorst(a: Condition, b: Condition): number {
  return severity(b.state) - severity(a.state) || (a.state === 'upcoming' ? a.startsAt! - b.startsAt! : 0);
}

function buildTimeline(service: SignInServiceId, snapshot: DowntimeSnapshot, options: DowntimeStateOptions): ServiceTimeline {
  const tuning = options.services?.[service];
  const minDuration = tuning?.minDurationMs ?? 0;
  const leadTimeMs = tuning?.leadTimeMs ?? options.leadTimeMs ?? DEFAULT_LEAD_TIME_MS;
  // A hand-built snapshot can skip the parser's checks; a window that can never be active is ignored.
  const allSpans = mergeWindows(
    snapshot.windows.filter(
      (w) => w.service === service && Number.isFinite(w.startsAt) && (w.endsAt === null || w.endsAt > w.startsAt),
    ),
  );
  // Only spans long enough to be worth a banner raise one; a PagerDuty `maintenance` status is matched against all.
  const spans = allSpans.filter((span) => !((span.endsAt ?? Infinity) - span.startsAt < minDuration));
  // A service listed twice takes its worst status, whatever the order of the list.
  const statuses = snapshot.statuses.filter((entry) => entry.service === service).map((entry) => entry.status);
  const incident = statuses.includes('critical') || statuses.includes('warning');
  const statusMaintenance = statuses.includes('maintenance');
  // MPI trouble lets people sign in, but their tools may fail after; its upcoming work changes nothing yet.
  const onlyDegrades = service === 'mvi';
  const condition = (state: Condition['state'], source: ConditionSource, span?: WindowSpan): Condition => ({
    state: onlyDegrades ? 'degraded' : state,
    cause: service,
    source,
    ...(span && {
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      windowIds: span.ids,
      ...(span.messages.length > 0 && { message: span.messages.join('\n\n') }),
    }),
  });
  return {
    incident,
    boundariesAfter(now, limit) {
      const edges = [
        (span: WindowSpan) => span.startsAt - leadTimeMs,
        (span: WindowSpan) => span.startsAt,
        (span: WindowSpan) => span.endsAt ?? now,
      ];
      // A PagerDuty `maintenance` status also changes meaning at the edges of windows too short for a banner.
      // Merged spans are disjoint and sorted, so each kind of edge ascends and only its first `limit` can count.
      // An end at Infinity never comes.
      return edges.flatMap((edge) =>
        (statusMaintenance ? allSpans : spans)
          .map(edge)
          .filter((at, i, all) => at > now && at < Infinity && at !== all[i - 1])
          .slice(0, limit),
      );
    },
    conditionsAt(t) {
      const out: Condition[] = [];
      const index = lastStartedIndex(spans, t);
      const started = spans[index];
      const active = started && (started.endsAt === null || t < started.endsAt) ? started : undefined;
      // An outage published with a message is an incident plus a window that carries the words; keep them together.
      if (incident) out.push(condition('down', 'incident', active));
      if (active) out.push(condition('maintenance', statusMaintenance ? 'status' : 'window', active));
      else if (statusMaintenance) {
        // PagerDuty says maintenance now: take the end from the window it belongs to, or admit we don't know it.
        // A window too short to be worth a banner keeps its status quiet too, until it overruns.
        const match = allSpans[lastStartedIndex(allSpans, t)];
        if (!match) out.push({ ...condition('maintenance', 'status'), endsAt: null });
        else if (match.endsAt !== null && t >= match.endsAt) {
          out.push({ ...condition('maintenance', 'status', match), overdue: true });
        }
      }
      const next = spans[index + 1];
      if (next && !onlyDegrades && next.startsAt - leadTimeMs <= t) out.push(condition('upcoming', 'window', next));
      return out;
    },
  };
}

function decideProviders(timelines: Timelines, providers: readonly ProviderId[], t: number): Record<ProviderId, ProviderStatus> {
  const shared = SHARED_DEPENDENCY_IDS.flatMap((service) => timelines[service].conditionsAt(t));
  const result = {} as Record<ProviderId, ProviderStatus>;
  for (const provider of PROVIDER_IDS) {
    const conditions = providers.includes(provider) ? [...shared, ...timelines[provider].conditionsAt(t)] : [];
    // The sort is stable, so on a tie the first found wins. Shared dependencies come first, so one sitewide banner
    // covers every provider.
    result[provider] = conditions.sort(byWorst)[0] ?? { state: 'ok' };
  }
  return result;
}

function buildBanners(
  statuses: Record<ProviderId, ProviderStatus>,
  providers: readonly ProviderId[],
  options: DowntimeStateOptions,
): BannerModel[] {
  const tuning = (service: SignInServiceId) => options.services?.[service];
  const keys = providers.map((provider) => {
    const { state, cause, startsAt, endsAt, overdue } = statuses[provider];
    if (state === 'ok') return '';
    const scope = scopeOf(cause!);
    const times = state === 'down' || state === 'degraded' ? [] : [startsAt, endsAt, overdue && 'overdue'];
    // A retired credential gets its own banner: its copy says it is gone for good, which is not true of the others.
    return [state, scope, ...times].join(':') + (scope === 'provider' && tuning(provider)?.retired ? ':retired' : '');
  });
  const banners = [...new Set(keys)].filter(Boolean).map((key): BannerModel => {
    const affected = providers.filter((_, i) => keys[i] === key);
    // Besides these, a condition holds only its times and `overdue`, each when it has one; the banner copies them.
    const { state, cause, source, message, windowIds = [], ...timing } = statuses[affected[0]!] as Condition;
    const scope = scopeOf(cause);
    const impacts = (scope === 'provider' ? affected : [scope]).map((service) => tuning(service)?.impact);
    const ids = [...windowIds];
    // Every provider of a shared group holds the same condition; a provider group gathers each provider's windows.
    if (scope === 'provider') {
      for (const p of affected) for (const id of statuses[p].windowIds ?? []) if (!ids.includes(id)) ids.push(id);
    }
    return {
      id: `${key}:${affected.join('+')}:${ids.join('+')}`,
      state,
      cause: scope,
      providers: affected,
      // A retired credential is never offered as a way in, whatever its state.
      working: providers.filter(
        (p) => !affected.includes(p) && severity(statuses[p].state) < severity('maintenance') && !tuning(p)?.retired,
      ),
      allProviders: affected.length === providers.length,
      impact: impacts.includes('full') || (state !== 'degraded' && !impacts.includes('partial')) ? 'full' : 'partial',
      messages: [...new Set(affected.flatMap((p) => statuses[p].message?.split('\n\n') ?? []))],
      windowIds: ids,
      ...timing,
      // The key keeps a retired provider's own trouble apart, so its first provider speaks for the group.
      ...(scope === 'provider' && tuning(affected[0]!)?.retired && { retired: true }),
    };
  });
  return banners.sort(
    (a, b) => severity(b.state) - severity(a.state) || (a.startsAt ?? -Infinity) - (b.startsAt ?? -Infinity),
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
  // A Date reads as its epoch ms.
  const now = Number(options.now);
  const providers = [...new Set(options.providers ?? PROVIDER_IDS)].filter(isProviderId);
  const timelines = {} as Timelines;
  for (const service of [...PROVIDER_IDS, ...SHARED_DEPENDENCY_IDS]) timelines[service] = buildTimeline(service, snapshot, options);
  // Providers outside `providers` are always `ok`, so comparing them all changes nothing.
  const signature = (decided: Record<ProviderId, ProviderStatus>) => JSON.stringify(decided, SIGNATURE_KEYS);
  const statuses = decideProviders(timelines, providers, now);
  const current = signature(statuses);
  // A shared incident pins every provider at `down` whatever the clock does. Only its own windows can still change
  // what they show (they bring and take its message), so only those are walked; this keeps `nextChangeAt` exact
  // behind long masked schedules.
  const pinning = SHARED_DEPENDENCY_IDS.filter((service) => service !== 'mvi' && timelines[service].incident);
  const walked = pinning.length ? pinning : [...providers, ...SHARED_DEPENDENCY_IDS];
  const candidates = new Set(walked.flatMap((service) => timelines[service].boundariesAfter(now, MAX_BOUNDARY_CHECKS + 1)));
  const nextChangeAt =
    [...candidates]
      .sort((a, b) => a - b)
      .find((at, i) => i === MAX_BOUNDARY_CHECKS || signature(decideProviders(timelines, providers, at)) !== current) ?? null;
  return { providers: statuses, banners: buildBanners(statuses, providers, options), nextChangeAt };
}
