import { act } from '@testing-library/react';
import { buildScenario } from '../../src/mocks/scenarios';
import type { MockScenario } from '../../src/mocks/mockScenario';
import { MAX_BACKOFF_MS, backoffDelay } from '../../src/react/backoffDelay';
import { MINUTE, SECOND, advance, renderWindowsHook, serve, useFakeClock } from './hookTimeline';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const at = (...seconds: number[]) => seconds.map((s) => T0 + s * SECOND);

describe('backoffDelay', () => {
  it('adds nothing for a first failure: the next poll is the retry', () => {
    expect(backoffDelay(0, 180_000, () => 0.5)).toBe(0);
    expect(backoffDelay(1, 180_000, () => 0.5)).toBe(0);
  });

  it('doubles from the interval and takes a point in the upper half of the span', () => {
    expect(backoffDelay(2, 180_000, () => 0)).toBe(180_000);
    expect(backoffDelay(2, 180_000, () => 0.5)).toBe(270_000);
    expect(backoffDelay(2, 30_000, () => 0)).toBe(30_000);
    expect(backoffDelay(3, 30_000, () => 0)).toBe(60_000);
    expect(backoffDelay(4, 30_000, () => 0)).toBe(120_000);
  });

  it('is capped at 10 minutes however many failures in a row', () => {
    expect(MAX_BACKOFF_MS).toBe(600_000);
    expect(backoffDelay(3, 180_000, () => 0.999_999)).toBe(600_000);
    expect(backoffDelay(50, 180_000, () => 0.999_999)).toBe(600_000);
    expect(backoffDelay(5_000, 30_000, () => 0)).toBe(300_000);
  });

  it('never waits less than an interval longer than the cap', () => {
    expect(backoffDelay(2, 900_000, () => 0)).toBe(450_000);
    expect(backoffDelay(9, 900_000, () => 0.999_999)).toBe(900_000);
  });

  it('survives a random source that returns nonsense', () => {
    expect(backoffDelay(2, 30_000, () => Number.NaN)).toBe(45_000);
    expect(backoffDelay(2, 30_000, () => 7)).toBe(60_000);
    expect(backoffDelay(2, 30_000, () => -3)).toBe(30_000);
  });
});

// A 30 s interval makes the back-off visible within a short timeline.
describe('back-off on repeated errors, with injected jitter', () => {
  useFakeClock(T0);

  function failFrom30s(random: () => number) {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    const requests = serve(() => scenario);
    const hook = renderWindowsHook({ refreshInterval: 30 * SECOND, random });
    return {
      requests,
      hook,
      async failAfterFirst() {
        await advance(0); // 05:00:00: good answer
        scenario = buildScenario('api-error', T0);
      },
      recover() {
        scenario = buildScenario('idme-down', T0);
      },
    };
  }

  it('spaces failures out from the second one on, lowest jitter', async () => {
    const { requests, failAfterFirst } = failFrom30s(() => 0);
    await failAfterFirst();
    await advance(1_200 * SECOND); // to 05:20
    expect(requests).toEqual(at(0, 30, 60, 90, 150, 270, 510, 810, 1_110));
  });

  it('spaces them differently with other jitter, and never by more than the 10-minute cap', async () => {
    const { requests, failAfterFirst } = failFrom30s(() => 0.999_999);
    await failAfterFirst();
    await advance(2_200 * SECOND);
    expect(requests).toEqual(at(0, 30, 60, 120, 240, 480, 960, 1_560, 2_160));
    const gaps = requests.slice(1).map((t, i) => t - requests[i]!);
    expect(Math.max(...gaps)).toBe(MAX_BACKOFF_MS);
  });

  it('keeps the state through the whole back-off and never caches the failure', async () => {
    const { hook, failAfterFirst } = failFrom30s(() => 0);
    await failAfterFirst();
    await advance(10 * MINUTE); // 05:10: five failures
    expect(hook.result.current.status).toBe('stale');
    expect(hook.result.current.state.providers.idme.state).toBe('down');
    expect(hook.result.current.snapshot?.statuses).toContainEqual({ service: 'idme', status: 'critical' });
  });

  it('lets no focus request through while backing off', async () => {
    const { requests, failAfterFirst } = failFrom30s(() => 0);
    await failAfterFirst();
    await advance(60 * SECOND); // 05:01:00: second failure, held until 05:01:30
    await advance(10 * SECOND); // 05:01:10
    act(() => void window.dispatchEvent(new Event('focus')));
    await advance(19 * SECOND); // 05:01:29
    expect(requests).toEqual(at(0, 30, 60));
    await advance(1 * SECOND); // 05:01:30
    expect(requests).toEqual(at(0, 30, 60, 90));
  });

  it('returns to the plain interval after a success', async () => {
    const { requests, failAfterFirst, recover } = failFrom30s(() => 0);
    await failAfterFirst();
    await advance(150 * SECOND); // 05:02:30: four failures, next held until 05:04:30
    recover();
    await advance(120 * SECOND); // 05:04:30: success
    await advance(60 * SECOND); // 05:05:30
    expect(requests).toEqual(at(0, 30, 60, 90, 150, 270, 300, 330));
  });
});
