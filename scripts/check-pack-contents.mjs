#!/usr/bin/env node
// What `npm pack` would publish: every entry's code and types, the mock server's bin and its admin page. The admin
// page is built by `npm run build` (not by tsup alone), so a tarball packed after a bare tsup run would lack it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Set(packed.files.map((file) => file.path));

const required = ['dist/admin/index.html', pkg.bin['downtime-mock-server'].replace(/^\.\//, '')];
for (const target of Object.values(pkg.exports)) {
  if (typeof target === 'string') continue;
  required.push(target.import.replace(/^\.\//, ''), target.types.replace(/^\.\//, ''));
}
const adminScripts = [...files].filter((file) => /^dist\/admin\/assets\/.+\.js$/.test(file));

const missing = required.filter((file) => !files.has(file));
if (adminScripts.length === 0) missing.push('dist/admin/assets/*.js');
if (missing.length) {
  console.error(`npm pack would leave out: ${missing.join(', ')}. Run \`npm run build\` first.`);
  process.exit(1);
}
console.log(`pack contents: ${files.size} files, with ${required.length} required paths and ${adminScripts.length} admin script(s)`);
