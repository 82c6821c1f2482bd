import { SERVICE_NAMES } from '../mocks/vetsApiBody';

// The same names the mocks serve in `statuses`, looked up the other way round.
const BY_NAME = new Map(Object.entries(SERVICE_NAMES).map(([id, name]) => [name.toLowerCase(), id]));
const SERVICE_ID = /^[a-z][a-z0-9_]{0,63}$/i;

/** True for a string shaped like a vets-api service id (`logingov`, `ssoe_oauth`, `vaosWarning`). */
export function isServiceId(value: unknown): value is string {
  return typeof value === 'string' && SERVICE_ID.test(value);
}

/**
 * Maps a PagerDuty service name such as `External: Login.gov` to a vets-api service id, the way vets-api's
 * settings map does. Accepts the display name or the id after the prefix; `null` when it names nothing known.
 */
export function serviceIdFromPagerDutyName(name: string): string | null {
  const bare = name.replace(/^\s*External:\s*/i, '').trim();
  const byName = BY_NAME.get(bare.toLowerCase());
  if (byName) return byName;
  const known = [...BY_NAME.values(), 'global'].find((id) => id.toLowerCase() === bare.toLowerCase());
  return known ?? null;
}
