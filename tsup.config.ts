import { defineConfig } from 'tsup';

export default defineConfig([
  {
  entry: { index: 'src/index.ts', core: 'src/frameworkFree.ts', es: 'src/es.ts', mocks: 'src/mocks/index.ts' },
  format: ['esm'],
  target: 'es2022',
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  // tsup injects baseUrl, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  },
  {
    // `npx downtime-mock-server`: the companion server as one file, with its HTTP stack inside; msw is a peer.
    entry: { 'mock-server': 'src/server/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    clean: false,
    dts: false,
    noExternal: ['hono', '@hono/node-server'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
