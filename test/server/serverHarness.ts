import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockServer, type MockServer, type MockServerOptions } from '../../src/server/createMockServer';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const DATADOG_SECRET = 'test-datadog-secret-0123456789';
export const CLI = fileURLToPath(new URL('../../bin/downtime-mock-server.js', import.meta.url));

/** A settable clock for the server under test. */
export interface TestClock {
  now: number;
}

export interface Harness {
  server: MockServer;
  clock: TestClock;
  dir: string;
  storePath: string;
  /** `fetch` against the server. */
  get(pathname: string, init?: RequestInit): Promise<Response>;
  /** An admin API call with the token and `If-Match: *` unless told otherwise. */
  admin(method: string, pathname: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Restarts the server on the same store file and clock. */
  restart(extra?: Partial<MockServerOptions>): Promise<void>;
  close(): Promise<void>;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'downtime-server-'));
}

/** Starts a server on 127.0.0.1, port 0, with a fresh store in a temp directory and a clock pinned at `now`. */
export async function startServer(now: number, options: Partial<MockServerOptions> = {}): Promise<Harness> {
  const dir = await tempDir();
  const storePath = path.join(dir, 'store.json');
  const clock: TestClock = { now };
  const base: MockServerOptions = {
    port: 0,
    host: '127.0.0.1',
    storePath,
    adminToken: ADMIN_TOKEN,
    datadogSecret: DATADOG_SECRET,
    now: () => clock.now,
    ...options,
  };
  const harness: Harness = {
    server: await createMockServer(base),
    clock,
    dir,
    storePath,
    get: (pathname, init) => fetch(`${harness.server.url}${pathname}`, init),
    admin: (method, pathname, body, headers = {}) =>
      fetch(`${harness.server.url}/admin/api${pathname}`, {
        method,
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'If-Match': '*', 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async restart(extra = {}) {
      await harness.server.close();
      harness.server = await createMockServer({ ...base, ...extra });
    },
    async close() {
      await harness.server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Reads a JSON body, failing loudly with the text when it is not JSON. */
export async function json<T = any>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`Expected JSON from ${response.url} (${response.status}), got: ${text.slice(0, 200)}`);
  }
}

export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** Everything printed to stdout so far. */
  output(): string;
  /** Resolves with the exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `node bin/downtime-mock-server.js` with `args` and waits until it prints its URL. */
export async function spawnCli(args: string[], env: Record<string, string> = {}): Promise<CliProcess> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  }) as ChildProcessWithoutNullStreams;
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start in 30 s. stdout: ${stdout} stderr: ${stderr}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited (${code}) before listening. stdout: ${stdout} stderr: ${stderr}`));
    });
  });
  return { child, url, output: () => stdout, exited };
}

/** Runs the CLI to completion (for --help and usage errors). */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
