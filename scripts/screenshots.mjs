#!/usr/bin/env node
// `npm run screenshots [-- <filter>...] [--docs]`: a PNG of every story of the built Storybook, taken in Debian
// Chromium, into screenshots/stories/. It builds nothing: run `npm run build-storybook` first.
// A filter keeps the stories whose id contains it; --docs adds the docs pages.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { launchChromium } from './chromium.mjs';

const ROOT = resolve('storybook-static');
const OUT = resolve('screenshots/stories');
const STORY_TIMEOUT_MS = 60_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('No storybook-static/index.json. Build the static Storybook first: npm run build-storybook');
  process.exit(1);
}

const args = process.argv.slice(2);
const withDocs = args.includes('--docs');
const filters = args.filter((a) => !a.startsWith('--'));

/** Paths the static server could not find, for the report. */
const missing = new Set();

/** Serves storybook-static/ read-only; nothing outside it. */
function serveStatic() {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(ROOT, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== ROOT && !file.startsWith(ROOT + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch (error) {
      if (path !== '/favicon.ico') missing.add(`${path} (${error.code ?? error.message})`);
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** Waits until Storybook has rendered the story and run its play function and axe, then until VA's components have drawn. */
async function settle(page, viewMode) {
  if (viewMode === 'docs') {
    // Not networkidle: a docs page may hold a story whose mock request never answers (the loading state).
    await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: STORY_TIMEOUT_MS });
    await page.waitForTimeout(2_000);
  } else {
    await page.waitForFunction(
      () => {
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return ['finished', 'completed', 'errored', 'aborted'].includes(phase) ? phase : false;
      },
      null,
      { timeout: STORY_TIMEOUT_MS, polling: 100 },
    );
  }
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('va-alert')].every((el) => el.shadowRoot?.querySelector('.usa-alert') && el.classList.contains('hydrated')) &&
      [...document.querySelectorAll('va-telephone')].every((el) => el.shadowRoot?.querySelector('a, span')) &&
      [...document.querySelectorAll('va-link')].every((el) => el.shadowRoot?.querySelector('a')),
    null,
    { timeout: 15_000, polling: 100 },
  );
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase);
}

const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter(
  (e) => (e.type === 'story' || (withDocs && e.type === 'docs')) && (!filters.length || filters.some((f) => e.id.includes(f))),
);

await mkdir(OUT, { recursive: true });
// A full run replaces every picture, so that a renamed or deleted story leaves none behind; a filtered run keeps the rest.
if (!filters.length) for (const name of await readdir(OUT)) if (name.endsWith('.png')) await rm(join(OUT, name));

const server = await serveStatic();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
const page = await context.newPage();
const pageErrors = [];
const warnings = [];
// Failed requests that stories make on purpose (the mock API's 429 and 503) and the missing favicon are not problems.
const EXPECTED = [/\/favicon\.ico$/, /\/v0\/(backend_statuses|maintenance_windows)$/];
// Now and then a `registration.update()` of msw's worker, which nothing awaits, rejects although the server served
// the script; the story is unaffected (its phase is checked on its own), so that is only a warning.
const WORKER_UPDATE = /^Failed to update a ServiceWorker .*mockServiceWorker\.js/;
page.on('pageerror', (error) => (WORKER_UPDATE.test(error.message) ? warnings : pageErrors).push(error.message));
page.on('console', (message) => {
  const url = message.location().url ?? '';
  if (message.type() !== 'error' || (message.text().startsWith('Failed to load resource') && EXPECTED.some((re) => re.test(url)))) return;
  if (WORKER_UPDATE.test(message.text())) warnings.push(message.text());
  else pageErrors.push(`${message.text()}${url ? ` (${url})` : ''}`);
});

const problems = [];
let failed = 0;
const started = Date.now();
for (const entry of entries) {
  pageErrors.length = 0;
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const file = join(OUT, `${entry.id}.png`);
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, { waitUntil: 'load' });
    const phase = await settle(page, viewMode);
    // A story is cropped to the preview's frame (the first element in #storybook-root), a docs page taken whole.
    const frame = page.locator('#storybook-root > *').first();
    if (viewMode === 'story' && (await frame.count())) await frame.screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    const note = phase === 'finished' || phase === 'completed' || viewMode === 'docs' ? '' : ` (story ${phase})`;
    if (note || pageErrors.length) problems.push(`${entry.id}${note}${pageErrors.length ? `: ${pageErrors.join(' | ')}` : ''}`);
    console.log(`${entry.id}.png${note}`);
  } catch (error) {
    failed++;
    problems.push(`${entry.id}: ${error.message.split('\n')[0]}`);
    console.log(`${entry.id}: FAILED ${error.message.split('\n')[0]}`);
  }
}

await browser.close();
server.close();
console.log(`\n${entries.length - failed} screenshots in ${OUT} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (missing.size) problems.push(`not served: ${[...missing].join(', ')}`);
if (warnings.length) console.log(`\n${warnings.length} warning(s):\n  ${warnings.join('\n  ')}`);
if (problems.length) {
  console.log(`\n${problems.length} with problems:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
