#!/usr/bin/env node
// `npm test`: typecheck, every test project (unit under three time zones), build and package checks.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}. The browser tests need Debian's Chromium:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to another Chromium binary.',
  );
  process.exit(1);
}

const zones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'];
const steps = [
  ['typecheck', 'npx', ['tsc', '-p', '.']],
  ...zones.map((tz) => [`unit tests (TZ=${tz})`, 'npx', ['vitest', 'run', '--project', 'unit'], { TZ: tz }]),
  ['server and browser tests', 'npx', ['vitest', 'run', '--project', 'node'], { TZ: 'UTC' }],
  ['story tests in Chromium', 'npx', ['vitest', 'run', '--project', 'storybook'], { TZ: 'UTC' }],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['entry imports', 'node', ['scripts/check-entry-imports.mjs']],
  ['package contents', 'node', ['scripts/check-pack-contents.mjs']],
  ['package checks', 'npm', ['run', 'lint:pkg', '--silent']],
  ['bundle size', 'npx', ['size-limit']],
  ['fuzz (CI count)', 'npx', ['tsx', 'scripts/fuzz.ts', '--runs', '2000']],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const [name, cmd, args, env] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  if (name === 'story tests in Chromium' && !existsSync('.storybook/main.ts')) continue;
  if (name.startsWith('fuzz') && !existsSync('scripts/fuzz.ts')) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`--- ${name}: ok (${seconds} s)`);
  } else {
    failed++;
    console.log(`--- ${name}: FAILED (exit ${result.status ?? result.signal}, ${seconds} s)`);
  }
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
