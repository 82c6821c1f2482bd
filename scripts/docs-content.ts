// `npm run docs:content`: writes docs/content.md and docs/alternate-methods.md from the content catalog.
// `npm run docs:content -- --check`: writes nothing, and exits 1 when a committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderAlternateMethodsDoc, renderContentDoc } from './docsContent';

const DOCS = [
  { path: 'docs/content.md', render: renderContentDoc },
  { path: 'docs/alternate-methods.md', render: renderAlternateMethodsDoc },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const stale: string[] = [];

for (const doc of DOCS) {
  const file = `${root}${doc.path}`;
  const text = doc.render();
  let current: string | null = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is just out of date.
  }
  if (current === text) continue;
  if (check) stale.push(doc.path);
  else {
    writeFileSync(file, text);
    console.log(`wrote ${doc.path}`);
  }
}

if (stale.length) {
  console.error(
    `Out of date with the content catalog: ${stale.join(', ')}.\n` +
      'Run `npm run docs:content` and commit the result.',
  );
  process.exit(1);
}
if (check) console.log('docs/content.md and docs/alternate-methods.md match the content catalog.');
