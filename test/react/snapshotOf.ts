import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import type { DowntimeSnapshot } from '../../src/core/types';
import type { MockScenario } from '../../src/mocks/mockScenario';
import { buildScenario, type ScenarioName } from '../../src/mocks/scenarios';
import { backendStatusesBody } from '../../src/mocks/vetsApiBody';

/** The snapshot the hook would hold after vets-api answered with this scenario at `now`. */
export function snapshotOf(scenario: ScenarioName | MockScenario, now: number): DowntimeSnapshot {
  const built = typeof scenario === 'string' ? buildScenario(scenario, now) : scenario;
  return parseDowntimeResponse(backendStatusesBody(built, now, 'camel'));
}

/** The banner's polite live region. */
export function politeRegion(root: ParentNode = document): HTMLElement {
  const region = root.querySelector<HTMLElement>('[data-downtime-announcer="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

/** Asserts that a banner's whole output is its empty, visually hidden live region: no visible wrapper at all. */
export function expectOnlyEmptyLiveRegion(container: HTMLElement): void {
  expect(container.children).toHaveLength(1);
  const region = container.firstElementChild as HTMLElement;
  expect(region).toHaveAttribute('role', 'status');
  expect(region).toHaveAttribute('aria-live', 'polite');
  expect(region).toBeEmptyDOMElement();
  expect(region.style.position).toBe('absolute');
  expect(region.style.width).toBe('1px');
  expect(region.style.overflow).toBe('hidden');
  expect(container.querySelector('va-alert, button, [data-state]')).toBeNull();
}
