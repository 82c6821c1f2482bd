import type { AdminState } from '../src/server/adminState';
import type { AuditEntry } from '../src/server/storeData';
import { AdminApiError } from './AdminApiError';

/** What `GET /v0/backend_statuses` gave: the body, or why there is none. */
export type StatusesResult = { ok: true; body: unknown } | { ok: false; status: number };

/** The admin API as the page uses it. Every write sends the store version it was based on, so stale writes get 412. */
export interface AdminClient {
  state(): Promise<AdminState>;
  history(limit: number): Promise<AuditEntry[]>;
  scenarios(): Promise<string[]>;
  backendStatuses(): Promise<StatusesResult>;
  write(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, version: number, body?: unknown): Promise<unknown>;
}

const API = '/admin/api';

async function readError(response: Response): Promise<AdminApiError> {
  let body: { error?: unknown; fields?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A proxy or crash page: fall back to the status line.
  }
  const message = typeof body.error === 'string' ? body.error : `The server answered ${response.status} ${response.statusText}.`;
  const fields = typeof body.fields === 'object' && body.fields !== null ? (body.fields as Record<string, string>) : {};
  return new AdminApiError(response.status, message, fields);
}

/** Builds a client that sends `token` as a Bearer token. */
export function createAdminClient(token: string): AdminClient {
  async function call(method: string, path: string, init: { body?: unknown; version?: number } = {}): Promise<unknown> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (init.version !== undefined) headers['If-Match'] = `"${init.version}"`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${API}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        cache: 'no-store',
      });
    } catch {
      throw new AdminApiError(0, 'The mock server could not be reached. Check that it is still running, then try again.');
    }
    if (!response.ok) throw await readError(response);
    return response.json();
  }

  return {
    state: () => call('GET', '/state') as Promise<AdminState>,
    history: async (limit) => ((await call('GET', `/history?limit=${limit}`)) as { history: AuditEntry[] }).history,
    scenarios: async () => ((await call('GET', '/scenarios')) as { scenarios: string[] }).scenarios,
    async backendStatuses() {
      try {
        const response = await fetch('/v0/backend_statuses', { headers: { 'X-Key-Inflection': 'camel' }, cache: 'no-store' });
        return response.ok ? { ok: true, body: await response.json() } : { ok: false, status: response.status };
      } catch {
        return { ok: false, status: 0 };
      }
    },
    write: (method, path, version, body) => call(method, path, { body, version }),
  };
}
