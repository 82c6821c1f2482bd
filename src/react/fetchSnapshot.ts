import { parseDowntimeResponse } from '../core/parseDowntimeResponse';
import type { DowntimeSnapshot } from '../core/types';
import type { CrossTabPayload } from './crossTabPoller';
import { DowntimeFetchError } from './DowntimeFetchError';

/**
 * A request function such as vets-website's `apiRequest(url, init)`. It resolves to the parsed JSON body or to a
 * `Response`, and may reject with an `Error`, a `Response` or a JSON:API error body.
 */
export type DowntimeFetcher = (url: string, init: RequestInit) => Promise<unknown>;

interface ResponseLike {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

// Looked up at call time, so that msw or a test double installed after import still sees the request.
const defaultFetcher: DowntimeFetcher = (url, init) => fetch(url, init);

// Duck-typed: a host's fetch polyfill or another realm's Response fails `instanceof Response`.
function isResponseLike(value: unknown): value is ResponseLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ResponseLike>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.text === 'function' &&
    typeof candidate.headers?.get === 'function'
  );
}

/** `Retry-After` in ms. An HTTP-date is read against the response's own `Date`, so a wrong device clock can't skew it. */
function retryAfterMs(headers: ResponseLike['headers']): number | null {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const until = Date.parse(value);
  const sent = Date.parse(headers.get('Date') ?? '');
  return Number.isNaN(until) || Number.isNaN(sent) ? null : Math.max(0, until - sent);
}

/** The server's clock when it answered: `Date`, plus `Age` when a shared cache held the response. */
function serverTimeOf(headers: ResponseLike['headers']): number | null {
  const date = Date.parse(headers.get('Date') ?? '');
  if (Number.isNaN(date)) return null;
  const age = headers.get('Age')?.trim();
  return age && /^\d+$/.test(age) ? date + Number(age) * 1000 : date;
}

function failureFromResponse(response: ResponseLike): DowntimeFetchError {
  const { status } = response;
  // A 503 may carry Retry-After too; either way the server has said when it wants to be asked again.
  const details = { status, retryAfterMs: retryAfterMs(response.headers) };
  if (status === 429) return new DowntimeFetchError('rate-limited', 'Status request was rate-limited (HTTP 429)', details);
  return new DowntimeFetchError('http', `Status request failed with HTTP ${status}`, details);
}

/** The HTTP status inside a JSON:API error body, which is what `apiRequest` rejects with. */
function errorBodyStatus(reason: unknown): number | null {
  if (typeof reason !== 'object' || reason === null) return null;
  const errors = (reason as { errors?: unknown }).errors;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  if (typeof first !== 'object' || first === null) return null;
  const status = Number((first as { status?: unknown }).status);
  return Number.isInteger(status) && status > 0 ? status : null;
}

function failureFromRejection(reason: unknown): DowntimeFetchError {
  if (reason instanceof DowntimeFetchError) return reason;
  if (isResponseLike(reason)) return failureFromResponse(reason);
  const status = errorBodyStatus(reason);
  if (status === 429) return new DowntimeFetchError('rate-limited', 'Status request was rate-limited (HTTP 429)', { status, cause: reason });
  if (status !== null) return new DowntimeFetchError('http', `Status request failed with HTTP ${status}`, { status, cause: reason });
  return new DowntimeFetchError('network', 'Status request did not complete', { cause: reason });
}

function snapshotOf(body: unknown, status: number | null): DowntimeSnapshot {
  const snapshot = parseDowntimeResponse(body);
  // Nothing read plus a complaint means an error body, an HTML page or the wrong document. Treating it as data
  // would read as "all clear" and hide an outage we already know about.
  if (snapshot.windows.length === 0 && snapshot.statuses.length === 0 && snapshot.problems.length > 0) {
    throw new DowntimeFetchError('unreadable', `Status response could not be read: ${snapshot.problems[0]}`, {
      status,
      problems: snapshot.problems,
    });
  }
  return snapshot;
}

/** A parsed status response and what it said about the server's clock. */
export interface FetchedSnapshot {
  snapshot: DowntimeSnapshot;
  /** The server's clock when it answered, from the `Date` header; `null` when unreadable (a parsed body, or CORS). */
  dateHeader: number | null;
  /** The response as received, for sharing with other tabs; absent when the fetcher gave a parsed body. */
  raw?: CrossTabPayload;
}

/** Reads a response another tab shared, exactly as if this tab had received it. Rejects like {@link fetchSnapshot}. */
export function readSharedResponse(payload: CrossTabPayload): FetchedSnapshot {
  const date = Date.parse(payload.date ?? '');
  return { snapshot: snapshotOf(payload.body, 200), dateHeader: Number.isNaN(date) ? null : date, raw: payload };
}

/** Request headers the status API expects: camelCase keys, as vets-website asks for them. */
export const STATUS_API_HEADERS = { Accept: 'application/json', 'X-Key-Inflection': 'camel' } as const;

/**
 * Requests `url` and parses it. Resolves only with a usable snapshot; every failure (network, HTTP error, 429, a
 * body that is not a status document) rejects with a {@link DowntimeFetchError}, so that a cache never stores a
 * failure as data. A body with some bad entries is still data: those entries are dropped.
 */
export async function fetchSnapshot(
  url: string,
  fetcher: DowntimeFetcher = defaultFetcher,
  headers: Record<string, string> = STATUS_API_HEADERS,
  previous?: FetchedSnapshot,
): Promise<FetchedSnapshot> {
  let result: unknown;
  const etag = previous?.raw?.etag;
  try {
    // no-cache: a copy the browser kept would carry an old Date header and skew the clock estimate.
    result = await fetcher(url, { headers: etag ? { ...headers, 'If-None-Match': etag } : headers, cache: 'no-cache' });
  } catch (reason) {
    throw failureFromRejection(reason);
  }
  if (!isResponseLike(result)) return { snapshot: snapshotOf(result, null), dateHeader: null };
  if (result.status === 304 && previous) {
    // Nothing changed: the very same snapshot object, so nothing downstream re-renders or re-announces.
    const dateHeader = serverTimeOf(result.headers);
    return { ...previous, dateHeader, raw: previous.raw && { ...previous.raw, date: result.headers.get('Date') } };
  }
  if (!result.ok) throw failureFromResponse(result);
  let text: string;
  try {
    text = await result.text();
  } catch (reason) {
    throw new DowntimeFetchError('network', 'Status response body was cut off', { status: result.status, cause: reason });
  }
  // The parser reads JSON text itself and reports a non-JSON page as a problem, which makes it unreadable here.
  return {
    snapshot: snapshotOf(text, result.status),
    dateHeader: serverTimeOf(result.headers),
    raw: { body: text, date: result.headers.get('Date'), etag: result.headers.get('ETag') },
  };
}
