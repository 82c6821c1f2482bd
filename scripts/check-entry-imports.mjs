#!/usr/bin/env node
// Checks what each entry point drags in, from esbuild's metafile (the bundler size-limit uses) and from the
// shipped dist files. Fails when ./core reaches React, SWR, msw or the component library, or when an app that
// imports DowntimeBanner would also get msw, the mocks, the server, or the docs-only alternate-methods data.
// Run after `npm run build`: node scripts/check-entry-imports.mjs
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const peers = Object.keys(pkg.peerDependencies ?? {});
const FRAMEWORK = /^(react|react-dom|swr|msw|@department-of-veterans-affairs\/component-library)(\/|$)/;

const checks = [
  {
    name: './core: parseDowntimeResponse + getDowntimeState',
    source: "export { parseDowntimeResponse, getDowntimeState } from './src/frameworkFree.ts';",
    forbiddenImports: FRAMEWORK,
    forbiddenModules: /^src\/(react|mocks|server|content)\//,
  },
  {
    name: './core: everything',
    source: "export * from './src/frameworkFree.ts';",
    forbiddenImports: FRAMEWORK,
    forbiddenModules: /^src\/(react|mocks|server)\//,
  },
  {
    name: '.: DowntimeBanner',
    source: "export { DowntimeBanner } from './src/index.ts';",
    forbiddenImports: /^msw(\/|$)/,
    forbiddenModules: /^src\/(mocks|server)\/|^src\/content\/alternateMethods/,
  },
  {
    name: '.: describeBanner',
    source: "export { describeBanner } from './src/index.ts';",
    forbiddenImports: FRAMEWORK,
    forbiddenModules: /^src\/(react|mocks|server)\/|^src\/content\/alternateMethods/,
  },
];

const failures = [];

for (const check of checks) {
  const result = await build({
    stdin: { contents: check.source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: peers.flatMap((p) => [p, `${p}/*`]),
  });
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  const imports = [...new Set(output.imports.map((i) => i.path))];
  const badModules = modules.filter((m) => check.forbiddenModules.test(m));
  const badImports = imports.filter((i) => check.forbiddenImports.test(i));
  const ok = badModules.length === 0 && badImports.length === 0;
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${check.name}: ${modules.length} modules, imports [${imports.join(', ') || 'none'}]`);
  if (!ok) failures.push(`${check.name} reaches ${[...badModules, ...badImports].join(', ')}`);
}

// The published files: every static import reachable from dist/core.js must stay framework-free.
const dist = path.join(root, 'dist');
if (existsSync(path.join(dist, 'core.js'))) {
  const seen = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']/g)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  visit(path.join(dist, 'core.js'));
  const bad = [...bare].filter((s) => FRAMEWORK.test(s));
  const files = [...seen].map((f) => path.relative(root, f)).join(', ');
  console.log(`${bad.length ? 'FAILED' : 'ok    '} dist/core.js static imports: ${files}; packages [${[...bare].join(', ') || 'none'}]`);
  if (bad.length) failures.push(`dist/core.js imports ${bad.join(', ')} at load`);
} else {
  console.log('skipped dist/core.js import walk: run `npm run build` first');
}

if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
