#!/usr/bin/env node
// `npm start`: the mock server (vets-api endpoints + admin page) and the demo sign-in page that reads from it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const serverPort = Number(process.env.PORT ?? 3000);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const serverUrl = `http://127.0.0.1:${serverPort}`;
const children = [];

function run(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`${cmd} ${args.join(' ')} exited with ${code}`);
      shutdown(code);
    }
  });
  return child;
}

function shutdown(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const withServer = existsSync('src/server/cli.ts');
if (withServer) {
  run('npx', ['tsx', 'src/server/cli.ts', '--port', String(serverPort), '--scenario', process.env.SCENARIO ?? 'idme-down']);
}
run('npx', ['vite', '--config', 'demo/vite.config.ts', '--port', String(demoPort), '--strictPort'], {
  MOCK_SERVER_URL: withServer ? serverUrl : '',
});

setTimeout(() => {
  console.log('\nDowntime banner demo is running:');
  if (withServer) {
    console.log(`  Mock vets-api:     ${serverUrl}/v0/backend_statuses`);
    console.log(`  Admin page:        ${serverUrl}/admin   (token printed above)`);
  }
  console.log(`  Demo sign-in page: http://127.0.0.1:${demoPort}/${withServer ? '' : '?scenario=idme-down'}`);
  console.log('Press Ctrl+C to stop.\n');
}, 2500);
