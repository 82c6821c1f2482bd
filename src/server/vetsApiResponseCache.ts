import type { IncomingMessage } from 'node:http';
import type { StoreData } from './storeData';

/** Options for {@link createVetsApiResponseCache}. */
export interface VetsApiResponseCacheOptions {
  /** The committed store; a new object after every change. */
  readStore: () => StoreData;
  /** The server's clock (real time plus the store's offset), in epoch ms. */
  now: () => number;
  /** The step `reported_at` moves by, in ms; 0 when it tracks the clock exactly. */
  reportedAtStepMs: number;
  /** Distinct requests kept per period; past it the period starts over. @defaultValue 64 */
  maxEntries?: number;
}

/** Answers `GET` and `HEAD` under `/v0/` from memory while nothing the answer depends on has changed. */
export interface VetsApiResponseCache {
  /** The response `produce` would give for this request now: from memory when this period already answered the same request. */
  respond(incoming: IncomingMessage, produce: () => Response | Promise<Response>): Promise<Response>;
  /** Starts caching. Until then every request is produced, so nothing is kept while the server is still being set up. */
  enable(): void;
}

interface StoredAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer> | null;
}

interface Period {
  data: StoreData;
  from: number;
  until: number;
  answers: Map<string, StoredAnswer>;
}

const instantsByStore = new WeakMap<StoreData, number[]>();

/** Every instant in the store at which an answer can change by the passage of time alone. */
function instantsOf(data: StoreData): number[] {
  let instants = instantsByStore.get(data);
  if (!instants) {
    const isos = [
      ...data.windows.flatMap((w) => [w.startsAt, w.endsAt]),
      ...data.outages.flatMap((o) => [o.startedAt, o.expectedEndAt, o.endedAt]),
    ];
    instants = isos.map((iso) => (iso === null ? Number.NaN : Date.parse(iso))).filter(Number.isFinite);
    instantsByStore.set(data, instants);
  }
  return instants;
}

/**
 * The span around `now` in which the answers can't change: the `reported_at` step, cut at every window and outage
 * instant. The handlers decide with `start <= now` and `now < end`, so answers are constant on `[from, until)`.
 */
function periodAt(data: StoreData, now: number, step: number): Period {
  let from = step > 0 ? Math.floor(now / step) * step : now;
  let until = step > 0 ? from + step : now + 1;
  for (const t of instantsOf(data)) {
    if (t <= now) from = Math.max(from, t);
    else until = Math.min(until, t);
  }
  return { data, from, until, answers: new Map() };
}

/**
 * Everything in a request that the vets-api route and its middleware read: the handlers look at the key case and
 * the validator, CORS at the origin, and a HEAD answer has no body.
 */
function keyOf(incoming: IncomingMessage): string {
  const h = incoming.headers;
  return [incoming.method, incoming.url, h['x-key-inflection'], h['if-none-match'], h.origin].join('\n');
}

function toResponse(answer: StoredAnswer, date: string | null): Response {
  // A plain record (names already lower case, in the order Headers gives) lets @hono/node-server write it as is.
  const headers: Record<string, string> = {};
  for (const [name, value] of answer.headers) headers[name] = name === 'date' && date !== null ? date : value;
  return new Response(answer.body, { status: answer.status, headers });
}

/**
 * Remembers the server's answers to the vets-api endpoints for one period, so that most polls skip msw's
 * `getResponse` (about 0.6 ms each) and the middleware. An answer is kept only when the store and the period did not
 * change while it was produced, and only `Date` is refreshed on reuse, so a reused answer carries the same bytes the
 * server would produce afresh.
 */
export function createVetsApiResponseCache(options: VetsApiResponseCacheOptions): VetsApiResponseCache {
  const maxEntries = options.maxEntries ?? 64;
  let enabled = false;
  let period: Period | undefined;

  const currentPeriod = (): Period => {
    const data = options.readStore();
    const now = options.now();
    if (!period || period.data !== data || now < period.from || now >= period.until) {
      period = periodAt(data, now, options.reportedAtStepMs);
    }
    return period;
  };

  return {
    enable() {
      enabled = true;
    },
    async respond(incoming, produce) {
      const cacheable = enabled && (incoming.method === 'GET' || incoming.method === 'HEAD') && incoming.url?.startsWith('/v0/');
      if (!cacheable) return produce();
      const before = currentPeriod();
      const key = keyOf(incoming);
      const hit = before.answers.get(key);
      if (hit) return toResponse(hit, new Date(options.now()).toUTCString());

      const response = await produce();
      // A scenario's network failure destroys the socket; there is no answer to keep.
      if (incoming.socket.destroyed) return response;
      const answer: StoredAnswer = {
        status: response.status,
        headers: [...response.headers],
        body: response.body ? new Uint8Array(await response.arrayBuffer()) : null,
      };
      // @hono/node-server writes a short streamed body with a lower-case content-length after the other headers.
      if (answer.body && !response.headers.has('content-length')) answer.headers.push(['content-length', String(answer.body.byteLength)]);
      if (currentPeriod() === before) {
        if (before.answers.size >= maxEntries) before.answers.clear();
        before.answers.set(key, answer);
      }
      return toResponse(answer, response.headers.get('date'));
    },
  };
}
