import { MOCK_HOUR, MOCK_MINUTE, mockScenario, mockWindow, type MockScenario } from './mockScenario';

/** The gateway's HTML page when vets-api is unreachable. */
export const GATEWAY_503_HTML =
  '<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<body>\n<center><h1>503 Service Temporarily Unavailable</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n';

/** vets-api's body when PagerDuty rate-limits it. */
export const PAGERDUTY_429_BODY = {
  errors: [
    {
      title: 'Exceeded rate limit',
      detail: "Exceeded PagerDuty's API rate limit",
      code: 'PAGERDUTY_429',
      source: 'PagerDuty::ExternalServices::Service',
      status: '429',
    },
  ],
};

const MAINTENANCE_MESSAGE =
  'Login.gov is updating its systems. If you have an ID.me account, you can use it to sign in during this time.';

/** Named scenarios, each built from an explicit `now` (epoch ms). */
export const scenarios = {
  'all-ok': () => mockScenario(),
  'logingov-down': () => mockScenario({ statuses: { logingov: 'critical' } }),
  'idme-down': () => mockScenario({ statuses: { idme: 'critical' } }),
  'dslogon-down': () => mockScenario({ statuses: { dslogon: 'warning' } }),
  'mhv-down': () => mockScenario({ statuses: { mhv: 'critical' } }),
  'several-down': () => mockScenario({ statuses: { idme: 'critical', dslogon: 'warning' } }),
  'all-down': () => mockScenario({ statuses: { logingov: 'critical', idme: 'critical', dslogon: 'critical', mhv: 'critical' } }),
  'ssoe-down': () => mockScenario({ statuses: { ssoe: 'critical' } }),
  'mvi-down': () => mockScenario({ statuses: { mvi: 'critical' } }),
  'global-maintenance': (now: number) =>
    mockScenario({ windows: [mockWindow(now, 'global', { startsInMs: -30 * MOCK_MINUTE, durationMs: 3 * MOCK_HOUR })] }),
  'logingov-maintenance': (now: number) =>
    mockScenario({
      statuses: { logingov: 'maintenance' },
      windows: [mockWindow(now, 'logingov', { startsInMs: -MOCK_HOUR, durationMs: 3 * MOCK_HOUR })],
    }),
  'upcoming-maintenance': (now: number) =>
    mockScenario({ windows: [mockWindow(now, 'logingov', { startsInMs: 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR })] }),
  'upcoming-sitewide': (now: number) =>
    mockScenario({ windows: [mockWindow(now, 'global', { startsInMs: 90 * MOCK_MINUTE, durationMs: 4 * MOCK_HOUR })] }),
  'maintenance-with-message': (now: number) =>
    mockScenario({
      windows: [
        mockWindow(now, 'logingov', { startsInMs: -20 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, description: MAINTENANCE_MESSAGE }),
      ],
    }),
  'api-error': () => mockScenario({ failure: { status: 503, body: GATEWAY_503_HTML, contentType: 'text/html' } }),
  'rate-limited': () =>
    mockScenario({ failure: { status: 429, body: PAGERDUTY_429_BODY, headers: { 'Retry-After': '120' } } }),
  'network-error': () => mockScenario({ failure: { status: 0, network: true } }),
} satisfies Record<string, (now: number) => MockScenario>;

/** The name of a built-in scenario. */
export type ScenarioName = keyof typeof scenarios;

/** Every built-in scenario name, in a stable order for pickers. */
export const SCENARIO_NAMES = Object.keys(scenarios) as ScenarioName[];

/** True for a built-in scenario name. */
export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && Object.hasOwn(scenarios, value);
}

/** Builds a named scenario at an explicit `now`. */
export function buildScenario(name: ScenarioName, now: number): MockScenario {
  return scenarios[name](now);
}
