import { render } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { server } from '../../src/mocks/node';
import { buildScenario } from '../../src/mocks/scenarios';
import type { MockScenario } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { ENDPOINT, HOUR, MINUTE, advance, renderWindowsHook, serve, shownState, useFakeClock } from './hookTimeline';
import { SwrWrapper } from './swrWrapper';

const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const FALLBACK = 'https://prod-va-gov-maintenance-windows.s3-us-gov-west-1.amazonaws.com/maintenance_windows.json';
const noJitter = () => 0;

/** A sitewide window in the S3 file's shape: a bare list of snake_case rows. */
function globalRow(startsAt: number, endsAt: number) {
  return {
    id: 991,
    external_service: 'global',
    start_time: new Date(startsAt).toISOString(),
    end_time: new Date(endsAt).toISOString(),
    description: '',
  };
}

/** Serves the static file, with a `Date` header from the fake clock, and records each request. */
function serveFallback(body: () => ReturnType<typeof globalRow>[]): Request[] {
  const requests: Request[] = [];
  server.use(
    http.get(FALLBACK, ({ request }) => {
      requests.push(request);
      return HttpResponse.json(body(), { headers: { Date: new Date(Date.now()).toUTCString() } });
    }),
  );
  return requests;
}

describe('fallbackEndpoint: the sitewide static file stands in while vets-api fails', () => {
  useFakeClock(T0);

  it('is never asked while vets-api answers', async () => {
    serve(() => buildScenario('idme-down', T0));
    const fallbackRequests = serveFallback(() => []);
    const { result } = renderWindowsHook({ fallbackEndpoint: FALLBACK });
    await advance(0); // 05:00
    await advance(6 * MINUTE); // 05:06: two more polls
    expect(fallbackRequests).toHaveLength(0);
    expect(result.current.status).toBe('fresh');
  });

  it('shows sitewide maintenance from the file when vets-api is down from the first request', async () => {
    serve(() => buildScenario('api-error', T0));
    const fallbackRequests = serveFallback(() => [globalRow(T0 - HOUR, T0 + 2 * HOUR)]);
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} fallbackEndpoint={FALLBACK} />
      </SwrWrapper>,
    );
    await advance(0); // 05:00: vets-api answers 503, the file says sitewide maintenance until 07:00
    expect(fallbackRequests).toHaveLength(1);
    expect(shownState(container)).toBe('maintenance');
  });

  it('asks the file without the API headers, so the other host needs no CORS preflight', async () => {
    serve(() => buildScenario('api-error', T0));
    const fallbackRequests = serveFallback(() => []);
    renderWindowsHook({ fallbackEndpoint: FALLBACK });
    await advance(0); // 05:00
    expect(fallbackRequests).toHaveLength(1);
    expect(fallbackRequests[0]!.headers.get('X-Key-Inflection')).toBeNull();
  });

  it('keeps the fresher stale state for the TTL, then switches to the file', async () => {
    let scenario: MockScenario = buildScenario('idme-down', T0);
    serve(() => scenario);
    serveFallback(() => [globalRow(T0 + 10 * MINUTE, T0 + 3 * HOUR)]);
    const { result } = renderWindowsHook({ fallbackEndpoint: FALLBACK, random: noJitter, leadTimeMs: 0 });
    await advance(0); // 05:00: ID.me down, no sitewide work known to vets-api
    scenario = buildScenario('api-error', T0);

    await advance(15 * MINUTE - 1); // 05:14:59.999: still the last good answer from vets-api
    expect(result.current.status).toBe('stale');
    expect(result.current.state.providers.idme.state).toBe('down');
    expect(result.current.state.providers.logingov.state).toBe('ok');

    await advance(1); // 05:15:00.000: the TTL is over; the file's sitewide window (from 05:10) takes over
    expect(result.current.status).toBe('fallback');
    expect(result.current.state.providers.logingov.state).toBe('maintenance');
    expect(result.current.state.providers.idme.state).toBe('maintenance');
    expect(result.current.showStatusUnknown).toBe(false);
  });

  it("asks for the neutral notice under 'generic-warning' when the file has nothing to show", async () => {
    serve(() => buildScenario('api-error', T0));
    serveFallback(() => []);
    const { result } = renderWindowsHook({ fallbackEndpoint: FALLBACK, onApiFailure: 'generic-warning' });
    await advance(0); // 05:00
    expect(result.current.status).toBe('fallback');
    expect(result.current.state.banners).toEqual([]);
    expect(result.current.showStatusUnknown).toBe(true);
  });

  it('lets vets-api win again as soon as it answers', async () => {
    let scenario: MockScenario = buildScenario('api-error', T0);
    serve(() => scenario);
    serveFallback(() => [globalRow(T0 - HOUR, T0 + 2 * HOUR)]);
    const { result } = renderWindowsHook({ fallbackEndpoint: FALLBACK });
    await advance(0); // 05:00: from the file
    expect(result.current.status).toBe('fallback');
    scenario = buildScenario('all-ok', T0);
    await advance(3 * MINUTE); // 05:03: vets-api is back and knows the sitewide work was cancelled
    expect(result.current.status).toBe('fresh');
    expect(result.current.state.banners).toEqual([]);
  });

  it('shows nothing when the file fails too, and never raises a banner from either failure', async () => {
    serve(() => buildScenario('api-error', T0));
    server.use(http.get(FALLBACK, () => new HttpResponse('<html>AccessDenied</html>', { status: 403 })));
    const { result } = renderWindowsHook({ fallbackEndpoint: FALLBACK });
    await advance(0); // 05:00
    expect(result.current.status).toBe('unknown');
    expect(result.current.state.banners).toEqual([]);
    expect(result.current.error).toMatchObject({ failure: 'http', status: 503 });
  });
});
