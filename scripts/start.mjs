#!/usr/bin/env node
// `npm start`: builds the admin page, starts the mock server (a seeded scenario plus the admin page) and the demo
// sign-in page reading from it, then prints where everything is and the admin token.
//   PORT (3000), DEMO_PORT (5173), SCENARIO (idme-down) and DOWNTIME_ADMIN_TOKEN (generated) change the defaults.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_DIST_DIR, buildAdminPage } from '../admin/buildAdminPage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

const host = '127.0.0.1';
const serverPort = Number(process.env.PORT ?? 3000);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const scenario = process.env.SCENARIO ?? 'idme-down';
// Passed through the environment rather than argv, so that it stays out of `ps`.
const token = process.env.DOWNTIME_ADMIN_TOKEN || randomBytes(24).toString('base64url');
const serverUrl = `http://${host}:${serverPort}`;
const demoUrl = `http://${host}:${demoPort}`;

const children = new Set();
let stopping = false;

function prefixLines(stream, label, onText) {
  let pending = '';
  stream.on('data', (chunk) => {
    const text = chunk.toString();
    onText?.(text);
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) process.stdout.write(`${label} ${line}\n`);
  });
}

/** Runs `node <args>` from the repository root, with its output prefixed, and resolves once `ready` matches its output. */
function start(label, args, { env = {}, ready }) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  let isReady = false;
  return new Promise((resolve, reject) => {
    const check = (text) => {
      output += text;
      if (!isReady && ready.test(output)) {
        isReady = true;
        resolve(child);
      }
    };
    prefixLines(child.stdout, label, check);
    prefixLines(child.stderr, label, check);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (!isReady) reject(new Error(`${label} exited (${signal ?? `exit ${code}`}) before it was ready.\n${output}`));
      else if (!stopping) {
        console.error(`${label} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
        void stop(1);
      }
    });
  });
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const exits = [...children].map(
    (child) =>
      new Promise((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  );
  await Promise.all(exits);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  console.log('Building the admin page…');
  await buildAdminPage();

  const origins = [demoUrl, `http://localhost:${demoPort}`, 'http://127.0.0.1:6006', 'http://localhost:6006'];
  await start(
    '[server]',
    [
      'bin/downtime-mock-server.js',
      '--host', host,
      '--port', String(serverPort),
      '--scenario', scenario,
      '--admin-assets', ADMIN_DIST_DIR,
      ...origins.flatMap((origin) => ['--allowed-origin', origin]),
    ],
    { env: { DOWNTIME_ADMIN_TOKEN: token }, ready: /listening on http:\/\// },
  );

  await start('[demo]', [viteBin, '--config', 'demo/vite.config.ts', '--port', String(demoPort), '--strictPort', '--clearScreen', 'false'], {
    env: { MOCK_SERVER_URL: serverUrl },
    ready: /Local:\s+http:\/\//,
  });

  console.log(`
Sign-in downtime banner: everything is running (scenario ${scenario}).
  Mock vets-api:      ${serverUrl}/v0/backend_statuses
  Admin page:         ${serverUrl}/admin
  Demo sign-in page:  ${demoUrl}/
  Admin token:        ${token}
Paste the token into the admin page. Publish an outage there, and the demo page shows it within 10 seconds.
Press Ctrl+C to stop.
`);
} catch (error) {
  if (!stopping) {
    console.error(error instanceof Error ? error.message : error);
    if (/EADDRINUSE|Port in use|already in use/i.test(String(error))) console.error('Set PORT or DEMO_PORT to use other ports.');
    await stop(1);
  }
}
