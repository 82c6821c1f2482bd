// What each import costs an app, and which modules make up that cost: `npx tsx bench/bundleCost.ts`.
// Bundles from src with esbuild the way size-limit bundles dist (minified, peers external), then gzips (level 9).
// Module sizes are minified bytes from esbuild's metafile; gzip only makes sense for a whole bundle. 1 kB = 1000 B, as in size-limit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { peerDependencies: Record<string, string> };
const external = Object.keys(pkg.peerDependencies).flatMap((p) => [p, `${p}/*`]);

const CASES: { name: string; source: string }[] = [
  { name: 'import { DowntimeBanner } from "."', source: "export { DowntimeBanner } from './src/index.ts';" },
  {
    name: '… with { catalogEs } from "./es" (a Spanish page)',
    source: "export { DowntimeBanner } from './src/index.ts';\nexport { catalogEs } from './src/es.ts';",
  },
  { name: 'import { catalogEs } from "./es"', source: "export { catalogEs } from './src/es.ts';" },
  { name: 'import * from "./es"', source: "export * from './src/es.ts';" },
  { name: 'import { parseDowntimeResponse, getDowntimeState } from "./core"', source: "export { parseDowntimeResponse, getDowntimeState } from './src/frameworkFree.ts';" },
  { name: 'import { describeBanner } from "./core"', source: "export { describeBanner } from './src/frameworkFree.ts';" },
  { name: 'import * from "./core"', source: "export * from './src/frameworkFree.ts';" },
  { name: 'import * from "."', source: "export * from './src/index.ts';" },
];

function area(file: string): string {
  if (file.includes('catalog.en')) return 'English copy';
  if (file.includes('catalog.es')) return 'Spanish copy';
  if (file.includes('alternateMethods')) return 'alternate methods (docs data)';
  const match = /^src\/(\w+)\//.exec(file);
  return match ? `${match[1]} code` : 'other';
}

for (const c of CASES) {
  const result = await build({
    stdin: { contents: c.source, resolveDir: root, loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    metafile: true,
    external,
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const areas = new Map<string, number>();
  for (const [file, input] of Object.entries(inputs)) {
    if (input.bytesInOutput > 0) areas.set(area(file), (areas.get(area(file)) ?? 0) + input.bytesInOutput);
  }
  const parts = [...areas].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)}`);
  console.log(`${c.name}\n  ${(gzipSync(code, { level: 9 }).length / 1000).toFixed(2)} kB gzip, ${(code.length / 1000).toFixed(1)} kB min: ${parts.join(', ')} (kB min)`);
}
