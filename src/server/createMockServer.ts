import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createAdaptorServer, type HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getResponse } from 'msw';
import { createHandlers } from '../mocks/handlers';
import type { ScenarioName } from '../mocks/scenarios';
import { openWindows } from '../mocks/vetsApiBody';
import { adminApi, readJsonBody, type AdminVariables } from './adminApi';
import { adminAssets } from './adminAssets';
import { generateSecret, labelForBearer, type AdminToken } from './adminTokens';
import { DEFAULT_ALLOWED_ORIGINS, adminApiCors, vetsApiCors } from './corsPolicy';
import { applyDatadogAlert, readDatadogAlert } from './datadogAlert';
import { HttpProblem } from './httpProblem';
import { openMockStore, type MockStore } from './mockStore';
import { secretsEqual } from './secretsEqual';
import { systemNow } from './serverClock';
import { loadScenario } from './storeChanges';
import type { AuditEntry } from './storeData';
import { storeToScenario } from './storeToScenario';
import { createVetsApiResponseCache } from './vetsApiResponseCache';

/** The largest request body the admin API and webhooks accept: 64 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Options for {@link createMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; 0 picks a free one. @defaultValue 3000 */
  port?: number;
  /** Interface to listen on. Keep it on loopback: the vets-api endpoints need no token. @defaultValue '127.0.0.1' */
  host?: string;
  /** The JSON store file; created when missing. @defaultValue '.downtime/store.json' in the working directory */
  storePath?: string;
  /** A scenario to load into the store at start, replacing what is there. @defaultValue none: keep the store as it is */
  scenario?: ScenarioName;
  /** Admin token(s). A string is labelled `admin` in the history. @defaultValue one random token, in `adminTokens` */
  adminToken?: string | readonly AdminToken[];
  /** Browser origins allowed to call the server cross-origin; the server's own origin is always added. @defaultValue DEFAULT_ALLOWED_ORIGINS */
  allowedOrigins?: readonly string[];
  /** Shared secret for `POST /webhooks/datadog`. @defaultValue a random secret, in `datadogSecret` */
  datadogSecret?: string;
  /** The real clock, in epoch ms. The store's time offset is added on top. @defaultValue the system clock */
  now?: () => number;
  /** How often `reported_at` moves on, in ms, like vets-api's 60 s PagerDuty cache. It keeps ETags stable between polls; 0 tracks the clock exactly. @defaultValue 60_000 */
  reportedAtStepMs?: number;
  /** A directory holding the built admin page (with an `index.html`), served at `/admin`. @defaultValue none: a placeholder page */
  adminAssetsDir?: string;
  /** Called after each committed change, for logging. @defaultValue undefined */
  onChange?: (entry: AuditEntry) => void;
  /** Keep the vets-api answers in memory until the store or the time changes them; false runs every request through the handlers. @defaultValue true */
  responseCache?: boolean;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, such as `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  host: string;
  storePath: string;
  adminTokens: readonly AdminToken[];
  datadogSecret: string;
  /** True for each secret the server made up because none was given; the CLI prints those once. */
  generated: { adminToken: boolean; datadogSecret: boolean };
  store: MockStore;
  /** The server's clock: real time plus the store's offset. */
  now(): number;
  /** Stops listening, drops open connections, and waits for pending writes. */
  close(): Promise<void>;
}

function tokensFrom(option: MockServerOptions['adminToken']): AdminToken[] {
  if (option === undefined) return [];
  if (typeof option === 'string') return [{ token: option, label: 'admin' }];
  return option.map((t) => ({ ...t }));
}

function problemResponse(c: Context, problem: HttpProblem): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (problem.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="downtime-mock-server"';
  return c.json(problem.toJSON(), problem.status, headers);
}

function originFor(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Starts the companion mock server: vets-api's two downtime endpoints answered by the shared msw handlers from a
 * JSON store, an admin API to change that store, Datadog and PagerDuty inputs, and the admin page.
 *
 * @example
 * const server = await createMockServer({ port: 0, storePath: '/tmp/store.json', scenario: 'idme-down' });
 * await fetch(`${server.url}/v0/backend_statuses`);
 * await server.close();
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const realNow = options.now ?? systemNow;
  const storePath = path.resolve(options.storePath ?? path.join('.downtime', 'store.json'));
  const step = options.reportedAtStepMs ?? 60_000;
  const tokens = tokensFrom(options.adminToken);
  const generatedAdminToken = tokens.length === 0;
  if (generatedAdminToken) tokens.push({ token: generateSecret(), label: 'admin' });
  if (tokens.some((t) => t.token.length < 8)) throw new Error('Admin tokens must be at least 8 characters long.');
  const datadogSecret = options.datadogSecret ?? generateSecret();
  const origins = new Set<string>(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);

  const store = await openMockStore({ filePath: storePath, onChange: options.onChange });
  const serverNow = () => realNow() + store.read().timeOffsetMs;
  if (options.scenario) {
    const name = options.scenario;
    await store.change({ expectedVersion: '*', who: 'cli', at: realNow() }, (draft) => loadScenario(draft, name, serverNow()));
  }

  // The handlers stamp reported_at with their clock, so give them a stepped one; windows and statuses are decided
  // on the exact time in the source below, so nothing ends late because of the step.
  const handlers = createHandlers(
    () => {
      const now = serverNow();
      const scenario = storeToScenario(store.read(), now);
      return { ...scenario, windows: openWindows(scenario.windows, now) };
    },
    { now: () => (step > 0 ? Math.floor(serverNow() / step) * step : serverNow()) },
  );

  const app = new Hono<{ Bindings: HttpBindings; Variables: AdminVariables }>();

  app.use('*', async (c, next) => {
    await next();
    if (c.res.status >= 400) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.use('/v0/*', vetsApiCors(origins));
  app.get('/v0/*', async (c) => {
    // Hono sends GET routes HEAD requests too; msw only matches GET, and Hono drops the body for HEAD itself.
    const request = c.req.method === 'HEAD' ? new Request(c.req.url, { headers: c.req.raw.headers }) : c.req.raw;
    const response = await getResponse(handlers, request);
    if (!response) return c.notFound();
    if (response.type === 'error') {
      // A scenario asked for a network failure: drop the connection without answering.
      c.env.outgoing.socket?.destroy();
      return new Response(null, { status: 502 });
    }
    const headers = new Headers(response.headers);
    headers.set('Date', new Date(serverNow()).toUTCString());
    return new Response(response.body, { status: response.status, headers });
  });

  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => problemResponse(c, new HttpProblem(413, `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`)),
  });

  app.use('/admin/api/*', adminApiCors(origins));
  app.use('/admin/api/*', async (c, next) => {
    const who = labelForBearer(c.req.header('Authorization'), tokens);
    if (!who) throw new HttpProblem(401, 'Send Authorization: Bearer <admin token>. The token is printed when the server starts.');
    c.set('who', who);
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/admin/api/*', limit);
  app.route('/admin/api', adminApi({ store, realNow, serverNow }));
  app.all('/admin/api/*', (c) => problemResponse(c, new HttpProblem(404, `No admin route ${c.req.method} ${c.req.path}.`)));

  app.use('/webhooks/*', limit);
  app.post('/webhooks/datadog', async (c) => {
    const given = c.req.header('X-Webhook-Secret') ?? c.req.query('secret') ?? '';
    if (!secretsEqual(given, datadogSecret)) throw new HttpProblem(401, 'Send the shared secret in X-Webhook-Secret (or ?secret=).');
    const alert = readDatadogAlert(await readJsonBody(c));
    if (alert.kind === 'ignore') return c.json({ ignored: true, transition: alert.transition }, 202);
    const { data, result } = await store.change({ expectedVersion: '*', who: 'datadog', at: realNow() }, (draft) =>
      applyDatadogAlert(draft, alert, serverNow()),
    );
    return c.json({ version: data.version, ...result });
  });

  const page = adminAssets(options.adminAssetsDir);
  app.get('/admin', page);
  app.get('/admin/*', page);
  app.get('/', (c) => c.redirect('/admin'));

  app.notFound((c) => c.json({ error: `Nothing at ${c.req.method} ${c.req.path}.` }, 404, { 'Cache-Control': 'no-store' }));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    console.error('downtime-mock-server: unexpected error', error);
    return c.json({ error: 'The mock server hit an unexpected error; see its console.' }, 500, { 'Cache-Control': 'no-store' });
  });

  // Most polls ask the same question within one period, so their answers skip msw's getResponse and the middleware.
  const responses =
    options.responseCache === false
      ? undefined
      : createVetsApiResponseCache({ readStore: () => store.read(), now: serverNow, reportedAtStepMs: step });
  const fetch: typeof app.fetch = responses
    ? (request, env) => responses.respond((env as HttpBindings).incoming, () => app.fetch(request, env))
    : app.fetch;
  const server = createAdaptorServer({ fetch, hostname: host }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = originFor(host, port);
  origins.add(url);
  if (host === '127.0.0.1') origins.add(originFor('localhost', port));
  // Answers depend on the allowed origins, which are complete only now.
  responses?.enable();

  return {
    url,
    port,
    host,
    storePath,
    adminTokens: tokens,
    datadogSecret,
    generated: { adminToken: generatedAdminToken, datadogSecret: options.datadogSecret === undefined },
    store,
    now: serverNow,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.settled();
    },
  };
}
