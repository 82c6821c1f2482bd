import fc from 'fast-check';
import { readFixture } from '../fixtures/readFixture';

const SEEDS = [
  'backend_statuses.camel.json',
  'backend_statuses.snake.json',
  'backend_statuses.pagerduty-429.json',
  'maintenance_windows.empty.json',
  'maintenance_windows.jsonapi.json',
  'maintenance_windows.legacy-camel.json',
].map((name) => JSON.parse(readFixture(name)) as unknown);

const SERVICES = ['logingov', 'idme', 'dslogon', 'mhv', 'ssoe', 'ssoe_oauth', 'mvi', 'global', 'evss', 'vaos', ''];
const STATUSES = ['active', 'warning', 'critical', 'maintenance', 'disabled', 'unknown', 'CRITICAL'];
// Around the fixtures' own instants, so mutated windows land before, inside and after `now`.
const BASE = Date.parse('2025-02-06T16:30:00.000Z');
const DAY = 86_400_000;

const instantText = fc.oneof(
  fc.integer({ min: BASE - 3 * DAY, max: BASE + 3 * DAY }).map((ms) => new Date(ms).toISOString()),
  fc.constantFrom('soon', '', '2025-02-06T16:30:00', '2025-13-45T99:99:99Z', 'NaN', '2025-02-06T16:30:00.000+00:00'),
);

const windowEntry = fc.record(
  {
    id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
    externalService: fc.oneof(fc.constantFrom(...SERVICES), fc.integer(), fc.constant(null)),
    external_service: fc.constantFrom(...SERVICES),
    startTime: fc.oneof(instantText, fc.integer(), fc.constant(null)),
    start_time: instantText,
    endTime: fc.oneof(instantText, fc.constant(null)),
    end_time: fc.oneof(instantText, fc.constant(null)),
    description: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
  },
  { requiredKeys: [] },
);

const statusEntry = fc.record(
  {
    service: fc.string(),
    serviceId: fc.oneof(fc.constantFrom(...SERVICES), fc.integer()),
    service_id: fc.constantFrom(...SERVICES),
    status: fc.oneof(fc.constantFrom(...STATUSES), fc.integer(), fc.constant(null)),
  },
  { requiredKeys: [] },
);

const entry = (inner: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: inner }, { weight: 1, arbitrary: fc.anything() });

/** A vets-api-shaped body built from scratch, with any field broken in any way. */
const generatedBody = fc.oneof(
  fc.record({
    data: fc.record({
      id: fc.constant(''),
      type: fc.constant('backend_statuses'),
      attributes: fc.record(
        {
          reportedAt: fc.oneof(instantText, fc.anything()),
          statuses: fc.oneof({ weight: 5, arbitrary: fc.array(entry(statusEntry), { maxLength: 12 }) }, fc.anything()),
          maintenanceWindows: fc.oneof({ weight: 5, arbitrary: fc.array(entry(windowEntry), { maxLength: 12 }) }, fc.anything()),
        },
        { requiredKeys: [] },
      ),
    }),
  }),
  fc.record({
    data: fc.array(
      entry(fc.record({ id: fc.string(), type: fc.constantFrom('maintenance_window', 'maintenance_windows'), attributes: entry(windowEntry) })),
      { maxLength: 12 },
    ),
  }),
  fc.array(entry(windowEntry), { maxLength: 8 }),
  fc.anything(),
);

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) paths(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function replaceAt(value: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...Path];
  if (rest.length === 0 && remove) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(head as number, 1);
    else delete copy[head];
  } else copy[head] = replaceAt(copy[head], rest, replacement, remove);
  return copy;
}

/** A real fixture with a few subtrees replaced by anything at all, or deleted. */
const mutatedFixture = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.anything(), fc.boolean()), { minLength: 1, maxLength: 4 }))
  .map(([seed, edits]) => {
    let body = seed;
    for (const [pick, replacement, remove] of edits) {
      const all = paths(body);
      body = replaceAt(body, all[pick % all.length]!, replacement, remove);
    }
    return body;
  });

/** Payloads for the fuzz: half mutated fixtures, half generated from scratch. */
export const downtimePayload = fc.oneof(mutatedFixture, generatedBody);

const FIXTURE_INSTANTS = [
  ...new Set(
    SEEDS.flatMap((seed) => JSON.stringify(seed).match(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})/g) ?? []).map((text) => Date.parse(text)),
  ),
];

/** Instants for `now`, around the fixtures' own times, so their windows fall before, during and after it. */
export const fuzzNow = fc.oneof(
  fc.integer({ min: BASE - 3 * DAY, max: BASE + 3 * DAY }),
  fc.tuple(fc.constantFrom(...FIXTURE_INSTANTS), fc.integer({ min: -2 * DAY, max: 2 * DAY })).map(([at, offset]) => at + offset),
);

/** Options for the decision, including odd lead times and subsets of providers. */
export const fuzzOptions = fc.record(
  {
    providers: fc.subarray(['logingov', 'idme', 'dslogon', 'mhv'] as const),
    leadTimeMs: fc.integer({ min: 0, max: 2 * DAY }),
  },
  { requiredKeys: [] },
);
