#!/usr/bin/env node
// Checks what each entry point drags in, from esbuild's metafile (the bundler size-limit uses) and from the
// shipped dist files. Fails when ./core or ./es reaches React, SWR, msw or the component library, when an app that
// imports DowntimeBanner would also get msw, the mocks, the server, the docs-only alternate-methods data or the
// Spanish copy, or when ./es stops carrying the Spanish copy.
// Run after `npm run build`: node scripts/check-entry-imports.mjs
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const peers = Object.keys(pkg.peerDependencies ?? {});
const FRAMEWORK = /^(react|react-dom|swr|msw|@department-of-veterans-affairs\/component-library)(\/|$)/;
const SPANISH_MODULES = /^src\/content\/(catalog|alternateMethods)\.es\.ts$|^src\/es\.ts$/;
// Words of catalogEs (the close button's label, the contacts heading) and alternateMethodsEs that stay readable in
// minified output: plain ASCII, so esbuild doesn't escape them. Module names don't survive into dist
// chunks, so the bundles are searched for the words themselves. If the Spanish is reworded, the `./es` checks fail
// until these follow.
const SPANISH_WORDS = ['Cerrar este aviso', 'Otras formas de obtener ayuda'];
const SPANISH_METHOD_WORDS = ['funcionario certificador de su escuela'];

const distAvailable = existsSync(path.join(root, 'dist', 'index.js')) && existsSync(path.join(root, 'dist', 'es.js'));

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
    forbiddenModules: new RegExp(`^src\\/(react|mocks|server)\\/|${SPANISH_MODULES.source}`),
    absentWords: SPANISH_WORDS,
  },
  {
    name: '.: DowntimeBanner',
    source: "export { DowntimeBanner } from './src/index.ts';",
    forbiddenImports: /^msw(\/|$)/,
    forbiddenModules: new RegExp(`^src\\/(mocks|server)\\/|^src\\/content\\/alternateMethods|${SPANISH_MODULES.source}`),
    absentWords: SPANISH_WORDS,
  },
  {
    name: '.: describeBanner',
    source: "export { describeBanner } from './src/index.ts';",
    forbiddenImports: FRAMEWORK,
    forbiddenModules: new RegExp(`^src\\/(react|mocks|server)\\/|^src\\/content\\/alternateMethods|${SPANISH_MODULES.source}`),
    absentWords: SPANISH_WORDS,
  },
  {
    name: './es: catalogEs',
    source: "export { catalogEs } from './src/es.ts';",
    forbiddenImports: FRAMEWORK,
    forbiddenModules: /^src\/(react|mocks|server|core)\/|^src\/content\/alternateMethods/,
    presentWords: SPANISH_WORDS,
  },
  {
    name: './es: everything',
    source: "export * from './src/es.ts';",
    forbiddenImports: FRAMEWORK,
    forbiddenModules: /^src\/(react|mocks|server)\//,
    presentWords: [...SPANISH_WORDS, ...SPANISH_METHOD_WORDS],
  },
  // The same promises from the published files, bundled the way an app's bundler would take them.
  ...(distAvailable
    ? [
        {
          name: 'dist .: DowntimeBanner',
          source: "export { DowntimeBanner } from './dist/index.js';",
          forbiddenImports: /^msw(\/|$)/,
          absentWords: SPANISH_WORDS,
        },
        {
          name: 'dist ./es: catalogEs',
          source: "export { catalogEs } from './dist/es.js';",
          forbiddenImports: FRAMEWORK,
          presentWords: SPANISH_WORDS,
        },
      ]
    : []),
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
  const code = result.outputFiles[0].text;
  const modules = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  const imports = [...new Set(output.imports.map((i) => i.path))];
  const badModules = check.forbiddenModules ? modules.filter((m) => check.forbiddenModules.test(m)) : [];
  const badImports = imports.filter((i) => check.forbiddenImports.test(i));
  const strayWords = (check.absentWords ?? []).filter((w) => code.includes(w)).map((w) => `"${w}"`);
  const missingWords = (check.presentWords ?? []).filter((w) => !code.includes(w));
  const ok = badModules.length + badImports.length + strayWords.length + missingWords.length === 0;
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${check.name}: ${modules.length} modules, imports [${imports.join(', ') || 'none'}]`);
  if (badModules.length || badImports.length || strayWords.length) {
    failures.push(`${check.name} reaches ${[...badModules, ...badImports, ...strayWords].join(', ')}`);
  }
  if (missingWords.length) failures.push(`${check.name} lacks ${missingWords.map((w) => `"${w}"`).join(', ')}`);
}
if (!distAvailable) console.log('skipped the dist bundles: run `npm run build` first');

// The published files: every static import reachable from dist/core.js and dist/es.js must stay framework-free.
const dist = path.join(root, 'dist');
for (const entry of ['core.js', 'es.js']) {
  if (!existsSync(path.join(dist, entry))) {
    console.log(`skipped dist/${entry} import walk: run \`npm run build\` first`);
    continue;
  }
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
  visit(path.join(dist, entry));
  const bad = [...bare].filter((s) => FRAMEWORK.test(s));
  const files = [...seen].map((f) => path.relative(root, f)).join(', ');
  console.log(`${bad.length ? 'FAILED' : 'ok    '} dist/${entry} static imports: ${files}; packages [${[...bare].join(', ') || 'none'}]`);
  if (bad.length) failures.push(`dist/${entry} imports ${bad.join(', ')} at load`);
}

if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
