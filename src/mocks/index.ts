export { createHandlers } from './handlers';
export { buildScenario, isScenarioName, scenarios, SCENARIO_NAMES, GATEWAY_503_HTML, PAGERDUTY_429_BODY } from './scenarios';
export { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE } from './mockScenario';
export { backendStatusesBody, maintenanceWindowsBody, openWindows, LISTED_SERVICES } from './vetsApiBody';
export type { CreateHandlersOptions, ScenarioSource } from './handlers';
export type { MockFailure, MockScenario, MockWindow, MockWindowOptions } from './mockScenario';
export type { ScenarioName } from './scenarios';
export type { KeyCase } from './vetsApiBody';
