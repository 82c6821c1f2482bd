// The bench's vets-api: the library's own msw handlers answering inside Vite's dev server, so the pages call it on
// their own origin, and every request is logged with its group, status and bytes on the wire.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import type { Plugin } from 'vite';
import { createHandlers } from '../src/mocks/handlers';
import type { MockScenario } from '../src/mocks/mockScenario';

/** One request the bench backend answered. */
export interface LoggedRequest {
  /** The `g` query parameter: which group of banners asked. */
  group: string;
  /** The `t` and `b` query parameters: which tab, and which banner when banners poll on their own. */
  tab: string;
  banner: string;
  /** Bench clock (epoch ms) when the request arrived. */
  at: number;
  status: number;
  /** Bytes of the request line and headers, as received. */
  requestBytes: number;
  /** Bytes of the status line, headers and body written back. */
  responseBytes: number;
  ifNoneMatch: boolean;
}

/** What the runner controls: the scenario, and the log it reads. */
export interface BenchBackend {
  plugin: Plugin;
  log: LoggedRequest[];
  setScenario(scenario: MockScenario): void;
}

function requestBytesOf(req: IncomingMessage): number {
  let bytes = Buffer.byteLength(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`) + 2;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    bytes += Buffer.byteLength(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`);
  }
  return bytes;
}

/**
 * `reportedAt` is pinned for the whole run so that an unchanged scenario gives byte-identical bodies (and a stable
 * ETag): the bench's "unchanged poll" must really be unchanged. `Date` stays real.
 */
export function createBenchBackend(reportedAt: number): BenchBackend {
  let scenario: MockScenario = { statuses: {}, windows: [] };
  const log: LoggedRequest[] = [];
  const handlers = createHandlers(() => scenario, { now: reportedAt });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://bench.local');
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const response = await getResponse(handlers, new Request(url, { headers }));
    if (!response) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const body = Buffer.from(await response.arrayBuffer());
    const socket = res.socket;
    const writtenBefore = socket?.bytesWritten ?? 0;
    // The handlers stamp Date with their (pinned) clock; like vets-api and the mock server, send the real time, which
    // the hook uses to correct a wrong device clock.
    const outgoing = Object.fromEntries(response.headers);
    outgoing.date = new Date().toUTCString();
    res.writeHead(response.status, outgoing);
    res.end(body.length ? body : undefined);
    res.once('finish', () => {
      log.push({
        group: url.searchParams.get('g') ?? '',
        tab: url.searchParams.get('t') ?? '',
        banner: url.searchParams.get('b') ?? '',
        at: arrivedAt,
        status: response.status,
        requestBytes: requestBytesOf(req),
        responseBytes: (socket?.bytesWritten ?? 0) - writtenBefore,
        ifNoneMatch: headers.has('If-None-Match'),
      });
    });
  }

  return {
    log,
    setScenario(next) {
      scenario = next;
    },
    plugin: {
      name: 'downtime-bench-backend',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith('/v0/')) return next();
          handle(req, res).catch(next);
        });
      },
    },
  };
}
