// Builds the admin page with Vite in a child process, so that the caller's NODE_ENV (vitest sets `test`) can't leak into the bundle.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const VITE_BIN = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const CONFIG = fileURLToPath(new URL('./vite.config.ts', import.meta.url));

/** Where the page is built by default; the mock server's `--admin-assets` points here. Git ignores `.downtime/`. */
export const ADMIN_DIST_DIR = fileURLToPath(new URL('../.downtime/admin-dist', import.meta.url));

/** Runs `vite build --config admin/vite.config.ts` into `outDir` and resolves with that directory. */
export function buildAdminPage({ outDir = ADMIN_DIST_DIR, log = false } = {}) {
  const target = path.resolve(outDir);
  const args = [VITE_BIN, 'build', '--config', CONFIG, '--outDir', target, '--emptyOutDir', '--logLevel', log ? 'info' : 'warn'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk.toString();
      if (log) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(target);
      else reject(new Error(`Building the admin page failed (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  const built = await buildAdminPage({ outDir, log: true });
  console.log(`Admin page built into ${built}`);
}
