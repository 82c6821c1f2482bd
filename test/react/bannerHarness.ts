import { getDowntimeState } from '../../src/core/getDowntimeState';
import type { BannerState } from '../../src/core/types';
import type { MockScenario } from '../../src/mocks/mockScenario';
import { DISMISSALS_STORAGE_KEY } from '../../src/react/dismissalStore';
import { dismissalKey } from '../../src/react/dismissalKey';
import { FakeStorage, type FakeStorageOptions } from './fakeStorage';
import { snapshotOf } from './snapshotOf';

/** Storage already holding a dismissal, valid until `expiresAt`, of the scenario's banner in `state` at `now`. */
export function dismissedIn(
  scenario: MockScenario,
  now: number,
  options: FakeStorageOptions & { state?: BannerState; expiresAt?: number } = {},
): FakeStorage {
  const { state = 'upcoming', expiresAt = now + 24 * 3_600_000, ...storageOptions } = options;
  const banner = getDowntimeState(snapshotOf(scenario, now), { now }).banners.find((b) => b.state === state);
  if (!banner) throw new Error(`the scenario has no ${state} banner`);
  return new FakeStorage({ [DISMISSALS_STORAGE_KEY]: JSON.stringify({ [dismissalKey(banner)]: expiresAt }) }, storageOptions);
}

/** Records the state of every va-alert ever attached under `root`, so that a banner shown for one frame is still caught. */
export function watchAlerts(root: Node): { states: string[]; stop(): void } {
  const states: string[] = [];
  const record = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const alert of node.matches('va-alert') ? [node] : node.querySelectorAll('va-alert')) {
      states.push(alert.getAttribute('data-state') ?? '?');
    }
  };
  const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(record)));
  observer.observe(root, { childList: true, subtree: true });
  return {
    states,
    stop: () => {
      observer.takeRecords().forEach((r) => r.addedNodes.forEach(record));
      observer.disconnect();
    },
  };
}
