import type { DowntimeState, ProviderId } from '../../src/core/types';

const STATES = new Set(['ok', 'upcoming', 'maintenance', 'degraded', 'down']);

/** Throws with a reason when a decision is not well-formed; returns nothing when it is. */
export function checkDowntimeState(state: DowntimeState, providers: readonly ProviderId[], now: number): void {
  const fail = (why: string) => {
    throw new Error(`ill-formed state: ${why}\n${JSON.stringify(state)}`);
  };
  for (const provider of ['logingov', 'idme', 'dslogon', 'mhv'] as const) {
    const status = state.providers[provider];
    if (!status || !STATES.has(status.state)) fail(`${provider} has state ${String(status?.state)}`);
    if (!providers.includes(provider) && status.state !== 'ok') fail(`${provider} was not asked for but is ${status.state}`);
  }
  const seen = new Set<ProviderId>();
  for (const banner of state.banners) {
    if (banner.providers.length === 0) fail(`banner ${banner.id} names no provider`);
    for (const provider of banner.providers) {
      if (seen.has(provider)) fail(`${provider} appears in two banners`);
      seen.add(provider);
      if (state.providers[provider].state !== banner.state) fail(`${provider} is ${state.providers[provider].state} in a ${banner.state} banner`);
      if (banner.working.includes(provider)) fail(`${provider} is both affected and working`);
    }
    for (const text of banner.messages) if (typeof text !== 'string' || text === '') fail('a banner message is not text');
    if (banner.endsAt !== undefined && banner.endsAt !== null && !Number.isFinite(banner.endsAt)) fail('endsAt is not finite');
  }
  for (const provider of providers) {
    if (state.providers[provider].state !== 'ok' && !seen.has(provider)) fail(`${provider} is not ok but has no banner`);
  }
  if (state.nextChangeAt !== null && !(Number.isFinite(state.nextChangeAt) && state.nextChangeAt > now)) {
    fail(`nextChangeAt ${state.nextChangeAt} is not after now ${now}`);
  }
}
