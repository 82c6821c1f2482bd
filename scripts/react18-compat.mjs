#!/usr/bin/env node
// Runs the typecheck and the unit tests against React 18.3 in a temporary copy of the repo, so the working tree
// and its node_modules stay on React 19. Usage: node scripts/react18-compat.mjs [--keep] [--skip-typecheck]
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REACT_18 = {
  react: '18.3.1',
  'react-dom': '18.3.1',
  '@types/react': '18.3.32',
  '@types/react-dom': '18.3.7',
};
// Not copied: installed or generated output, and git state.
const SKIP = new Set(['node_modules', 'dist', '.git', 'storybook-static', 'screenshots', 'coverage', '.downtime', '.vite']);

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const started = Date.now();
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1);

function run(name, cmd, cmdArgs, cwd, env = {}) {
  const from = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, cmdArgs, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`--- ${name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} (${seconds(from)} s)`);
  return { name, ok, seconds: Number(seconds(from)) };
}

const dir = await mkdtemp(path.join(tmpdir(), 'downtime-react18-'));
const steps = [];
try {
  await cp(repo, dir, {
    recursive: true,
    filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== repo,
  });
  const pkgPath = path.join(dir, 'package.json');
  const pkg = JSON.parse(await readFile(pkgPath, 'utf8'));
  Object.assign(pkg.devDependencies, REACT_18);
  // component-library peer-requires exactly React 19; without this npm refuses the tree (STACK.md §7).
  pkg.overrides = {
    ...pkg.overrides,
    '@types/react': '$@types/react',
    '@department-of-veterans-affairs/component-library': { react: '$react', 'react-dom': '$react-dom' },
  };
  await writeFile(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`React 18 copy in ${dir}`);

  const install = run('npm install (React 18.3.1)', 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  steps.push(install);
  if (install.ok) {
    const versions = spawnSync(
      'node',
      ['-p', "['react','react-dom','@types/react'].map((p) => p + '@' + require(p + '/package.json').version).join(' ')"],
      { cwd: dir, encoding: 'utf8' },
    );
    const installed = versions.stdout.trim();
    console.log(`installed: ${installed}`);
    const swapped = installed.includes('react@18.3.1') && installed.includes('react-dom@18.3.1');
    steps.push({ name: 'React 18.3.1 resolved in the copy', ok: swapped, seconds: 0 });
    if (swapped) {
      if (!args.has('--skip-typecheck')) steps.push(run('typecheck (@types/react 18)', 'npx', ['tsc', '-p', '.'], dir));
      steps.push(run('unit tests (React 18, TZ=UTC)', 'npx', ['vitest', 'run', '--project', 'unit'], dir, { TZ: 'UTC' }));
    }
  }
} finally {
  if (args.has('--keep')) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}

const failed = steps.filter((s) => !s.ok);
console.log(`\nReact 18 compatibility: ${failed.length ? 'FAILED' : 'passed'} in ${seconds(started)} s`);
for (const step of steps) console.log(`  ${step.ok ? 'ok    ' : 'FAILED'} ${step.name} (${step.seconds} s)`);
process.exit(failed.length ? 1 : 0);
