// A server under load for bench/serverThroughput.ts, run in its own process so that the load generator never shares
// its event loop. Prints one JSON line with its URL, then serves until killed.
//   tsx bench/throughputServer.ts mock <scenario> [--no-cache]
//   tsx bench/throughputServer.ts bare <file with {status, headers, body}>
import { readFile, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScenarioName } from '../src/mocks/scenarios';
import { createMockServer } from '../src/server/createMockServer';

const [kind, arg, flag] = process.argv.slice(2);

if (kind === 'mock') {
  const dir = await mkdtemp(path.join(tmpdir(), 'downtime-bench-'));
  const server = await createMockServer({
    port: 0,
    storePath: path.join(dir, 'store.json'),
    scenario: arg as ScenarioName,
    adminToken: 'bench-admin-token',
    responseCache: flag !== '--no-cache',
  });
  console.log(JSON.stringify({ url: server.url }));
} else if (kind === 'bare') {
  // The same status line, headers and body bytes the mock server sent, from a plain node:http handler.
  const recorded = JSON.parse(await readFile(arg!, 'utf8')) as { status: number; headers: [string, string][]; body: string };
  const body = Buffer.from(recorded.body, 'utf8');
  const headers = recorded.headers.filter(([name]) => !['date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding'].includes(name));
  const server = createServer((request, response) => {
    response.writeHead(recorded.status, [...headers.flat(), 'Date', new Date().toUTCString(), 'Content-Length', String(body.length)]);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
} else {
  console.error('usage: tsx bench/throughputServer.ts mock <scenario> [--no-cache] | bare <recording.json>');
  process.exit(2);
}
