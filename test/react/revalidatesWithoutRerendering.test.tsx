import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/mocks/handlers';
import { mockScenario } from '../../src/mocks/mockScenario';
import { server } from '../../src/mocks/node';
import { useMaintenanceWindows } from '../../src/react/useMaintenanceWindows';
import { API, ENDPOINT, SECOND, advance, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const DEVICE_START = Date.parse('2025-03-09T12:00:00.000Z');
const INTERVAL = 30 * SECOND;

function renderCounted() {
  let renders = 0;
  const hook = renderHook(
    () => {
      renders++;
      return useMaintenanceWindows({ endpoint: ENDPOINT, refreshInterval: INTERVAL });
    },
    { wrapper: SwrWrapper },
  );
  return { ...hook, renders: () => renders };
}

describe('useMaintenanceWindows - unchanged polls', () => {
  useFakeClock(DEVICE_START);

  it('sends If-None-Match with the last ETag, and a 304 keeps the very same snapshot with no re-render', async () => {
    const validators: (string | null)[] = [];
    const statuses: number[] = [];
    // reported_at moves in whole minutes, as vets-api's does, so two answers 30 s apart are byte-identical.
    server.use(
      ...createHandlers('idme-down', {
        now: () => Date.now(),
        baseUrl: API,
        onRequest: (request) => validators.push(request.headers.get('If-None-Match')),
      }),
    );
    server.events.on('response:mocked', ({ response }) => statuses.push(response.status));
    const hook = renderCounted();
    await advance(0); // first answer: 200 with an ETag
    const first = hook.result.current.snapshot;
    expect(first?.statuses.find((s) => s.service === 'idme')?.status).toBe('critical');
    const rendersAfterFirst = hook.renders();

    await advance(INTERVAL); // poll: If-None-Match → 304
    expect(validators).toHaveLength(2);
    expect(validators[0]).toBeNull();
    expect(validators[1]).toMatch(/^W\/"/);
    expect(statuses).toEqual([200, 304]);
    expect(hook.result.current.snapshot).toBe(first);
    expect(hook.renders()).toBe(rendersAfterFirst);
    server.events.removeAllListeners();
  });

  it('a 200 whose body differs only in reported_at keeps the same snapshot and does not re-render', async () => {
    // Polls a minute apart: reported_at (and so the ETag) change, nothing else does.
    server.use(...createHandlers(() => mockScenario({ statuses: { idme: 'critical' } }), { now: () => Date.now(), baseUrl: API }));
    const hook = renderCounted();
    await advance(0);
    const first = hook.result.current.snapshot;
    const rendersAfterFirst = hook.renders();

    await advance(INTERVAL); // same minute: 304
    await advance(INTERVAL); // next minute: a 200 with a new reported_at, nothing else new
    expect(hook.result.current.snapshot).toBe(first);
    expect(hook.renders()).toBe(rendersAfterFirst);
  });

  it('a 200 with a real change does re-render with the new snapshot', async () => {
    let idme = 'critical';
    server.use(...createHandlers(() => mockScenario({ statuses: { idme } }), { now: () => Date.now(), baseUrl: API }));
    const hook = renderCounted();
    await advance(0);
    const first = hook.result.current.snapshot;
    idme = 'active';
    await advance(INTERVAL);
    expect(hook.result.current.snapshot).not.toBe(first);
    expect(hook.result.current.state.providers.idme.state).toBe('ok');
  });
});
