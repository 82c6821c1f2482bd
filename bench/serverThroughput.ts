// Requests per second for GET /v0/backend_statuses: the mock server (with and without its response cache) beside a
// bare node:http server sending the same bytes. Each server runs in its own process; autocannon runs here.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SERVER = fileURLToPath(new URL('./throughputServer.ts', import.meta.url));
const SCENARIO = 'maintenance-with-message';
const HEADERS = { 'X-Key-Inflection': 'camel' };

export interface ThroughputRow {
  server: string;
  requestsPerSecond: number;
  ratioToBare: number;
  /** Bytes on the wire per response (headers and body), so a server can't win by sending less. */
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
}

interface Run {
  rps: number;
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
}

async function start(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk) => {
      text += chunk;
      const line = text.split('\n')[0];
      if (text.includes('\n')) resolve((JSON.parse(line!) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill();
  });
}

async function load(url: string, seconds: number): Promise<Run> {
  const result = await autocannon({ url, connections: 10, duration: seconds, headers: HEADERS });
  return {
    rps: result.requests.average,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Loads the cached mock server and the bare server in alternating rounds and reports medians, because other work on
 * a 2-core machine moves absolute numbers by 2x between runs; the uncached server gets one round.
 */
export async function measureServerThroughput(options: { rounds?: number; seconds?: number } = {}): Promise<ThroughputRow[]> {
  const rounds = options.rounds ?? 3;
  const seconds = options.seconds ?? 2;
  const dir = await mkdtemp(path.join(tmpdir(), 'downtime-bench-'));
  const children: ChildProcess[] = [];
  try {
    const cached = await start(['mock', SCENARIO]);
    children.push(cached.child);
    const uncached = await start(['mock', SCENARIO, '--no-cache']);
    children.push(uncached.child);
    const endpoint = `${cached.url}/v0/backend_statuses`;
    const sample = await fetch(endpoint, { headers: HEADERS });
    const recording = path.join(dir, 'recording.json');
    await writeFile(recording, JSON.stringify({ status: sample.status, headers: [...sample.headers], body: await sample.text() }));
    const bare = await start(['bare', recording]);
    children.push(bare.child);
    const targets = {
      cached: endpoint,
      uncached: `${uncached.url}/v0/backend_statuses`,
      bare: `${bare.url}/v0/backend_statuses`,
    };
    // Warm-up: JIT and connection setup count against neither server.
    for (const url of Object.values(targets)) await load(url, 1);
    const runs: Record<keyof typeof targets, Run[]> = { cached: [], uncached: [], bare: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? (['bare', 'cached'] as const) : (['cached', 'bare'] as const);
      for (const name of order) runs[name].push(await load(targets[name], seconds));
    }
    runs.uncached.push(await load(targets.uncached, seconds));

    const bareRps = median(runs.bare.map((r) => r.rps));
    const ratios = runs.cached.map((r, i) => r.rps / runs.bare[i]!.rps);
    const row = (server: string, list: Run[], ratio: number): ThroughputRow => ({
      server,
      requestsPerSecond: Math.round(median(list.map((r) => r.rps))),
      ratioToBare: Number(ratio.toFixed(2)),
      bytesPerResponse: list[0]!.bytesPerResponse,
      non2xx: list.reduce((sum, r) => sum + r.non2xx, 0),
      errors: list.reduce((sum, r) => sum + r.errors, 0),
    });
    return [
      row('mock server, response cache (default)', runs.cached, median(ratios)),
      row('mock server, no cache (msw getResponse per request)', runs.uncached, median(runs.uncached.map((r) => r.rps)) / bareRps),
      row('bare node:http, same bytes', runs.bare, 1),
    ];
  } finally {
    await Promise.all(children.map(stop));
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.table(await measureServerThroughput());
}
