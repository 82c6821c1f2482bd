import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type { MockScenario } from './mockScenario';
import { buildScenario, isScenarioName, type ScenarioName } from './scenarios';
import { backendStatusesBody, maintenanceWindowsBody, type KeyCase } from './vetsApiBody';

/** Where a handler gets its scenario: a name, a fixed scenario, or a function asked on every request. */
export type ScenarioSource = ScenarioName | MockScenario | ((now: number) => MockScenario);

/** Options for {@link createHandlers}. */
export interface CreateHandlersOptions {
  /** The mock's clock: a fixed instant, or a function asked on every request. Required so that mocks never read the real clock behind your back. */
  now: number | (() => number);
  /** Base URL the handlers answer on, such as `https://api.va.gov`. @defaultValue any origin */
  baseUrl?: string;
  /** Delay before each answer, in ms. @defaultValue 0 */
  delayMs?: number;
  /** Called with each request the handlers answer, for counting. @defaultValue undefined */
  onRequest?: (request: Request) => void;
}

// FNV-1a: tiny, synchronous and the same in browsers and Node, which is all an ETag needs.
function etagOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `W/"${(hash >>> 0).toString(16)}-${text.length.toString(16)}"`;
}

function resolve(source: ScenarioSource, now: number): MockScenario {
  if (typeof source === 'function') return source(now);
  if (isScenarioName(source)) return buildScenario(source, now);
  return source;
}

function failureResponse(failure: NonNullable<MockScenario['failure']>): Response {
  if (failure.network) return HttpResponse.error();
  const headers = new Headers({ 'Cache-Control': 'no-store', ...failure.headers });
  if (typeof failure.body === 'string') {
    headers.set('Content-Type', failure.contentType ?? 'text/html');
    return new HttpResponse(failure.body, { status: failure.status, headers });
  }
  return HttpResponse.json(failure.body ?? { errors: [{ status: String(failure.status) }] }, {
    status: failure.status,
    headers,
  });
}

function answer(body: unknown, request: Request, now: number): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = {
    'Cache-Control': 'no-cache',
    ETag: etag,
    Date: new Date(now).toUTCString(),
    Vary: 'X-Key-Inflection',
  };
  const ifNoneMatch = request.headers.get('If-None-Match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
    return new HttpResponse(null, { status: 304, headers });
  }
  return new HttpResponse(text, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

function keyCaseOf(request: Request): KeyCase {
  return request.headers.get('X-Key-Inflection')?.toLowerCase() === 'camel' ? 'camel' : 'snake';
}

/**
 * msw handlers for `GET /v0/backend_statuses` and `GET /v0/maintenance_windows`, answering like vets-api:
 * camelCase with `X-Key-Inflection: camel`, snake_case otherwise, ended windows filtered out, ETag and 304.
 *
 * @example
 * server.use(...createHandlers('idme-down', { now: Date.parse('2025-02-06T16:30:00Z') }));
 */
export function createHandlers(scenario: ScenarioSource, options: CreateHandlersOptions): HttpHandler[] {
  const base = options.baseUrl ? options.baseUrl.replace(/\/$/, '') : '*';
  const clock = typeof options.now === 'function' ? options.now : () => options.now as number;
  const endpoint = (path: string, toBody: (s: MockScenario, now: number, keyCase: KeyCase) => unknown) =>
    http.get(`${base}${path}`, async ({ request }) => {
      options.onRequest?.(request);
      if (options.delayMs) await delay(options.delayMs);
      const now = clock();
      const current = resolve(scenario, now);
      if (current.failure) return failureResponse(current.failure);
      return answer(toBody(current, now, keyCaseOf(request)), request, now);
    });
  return [endpoint('/v0/backend_statuses', backendStatusesBody), endpoint('/v0/maintenance_windows', maintenanceWindowsBody)];
}
