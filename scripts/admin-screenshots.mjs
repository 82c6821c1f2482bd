#!/usr/bin/env node
// Screenshots of the admin page and of the demo sign-in page reading from the mock server, for checking by eye:
//   node scripts/admin-screenshots.mjs            (writes screenshots/admin/*.png)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { buildAdminPage } from '../admin/buildAdminPage.mjs';
import { launchChromium } from './chromium.mjs';
import { startDemo } from './demoServer.mjs';

register();
const { createMockServer } = await import('../src/server/createMockServer.ts');

const TOKEN = 'screenshot-admin-token';
const OUT = 'screenshots/admin';
const dir = await mkdtemp(path.join(tmpdir(), 'admin-screenshots-'));
await mkdir(OUT, { recursive: true });

const assets = await buildAdminPage({ outDir: path.join(dir, 'admin-dist') });
const demo = await startDemo({ MOCK_SERVER_URL: '' });
const SECRET = 'screenshot-datadog-secret';
const server = await createMockServer({
  port: 0,
  storePath: path.join(dir, 'store.json'),
  scenario: 'upcoming-maintenance',
  adminToken: TOKEN,
  datadogSecret: SECRET,
  adminAssetsDir: assets,
  allowedOrigins: [demo.url],
});

async function api(method, pathname, body) {
  const response = await fetch(`${server.url}/admin/api${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'If-Match': '*', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
  return response.json();
}

await api('POST', '/outages', {
  service: 'logingov',
  message: 'Login.gov sign-in is not working right now. You can still sign in with ID.me, DS Logon or My HealtheVet.',
});

await fetch(`${server.url}/webhooks/datadog`, {
  method: 'POST',
  headers: { 'X-Webhook-Secret': SECRET, 'Content-Type': 'application/json' },
  body: JSON.stringify({ id: '4212', alert_transition: 'Warn', title: '[Warn] MPI latency above 2 s', tags: 'service:mvi,env:prod' }),
});

const browser = await launchChromium();
try {
  const admin = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await admin.goto(`${server.url}/admin`);
  await admin.getByRole('textbox', { name: 'Admin token' }).fill(TOKEN);
  await admin.getByRole('button', { name: 'Continue' }).click();
  await admin.getByRole('heading', { name: 'Current outages' }).waitFor();
  await admin.waitForFunction(() => document.querySelector('[data-testid="banner-preview"] va-alert')?.shadowRoot?.querySelector('.usa-alert'));
  await admin.waitForTimeout(300);
  await admin.screenshot({ path: `${OUT}/admin.png`, fullPage: true });
  console.log(`wrote ${OUT}/admin.png`);
  // Section by section too, at a size that can be read without zooming; tall enough that the sticky preview is whole.
  await admin.setViewportSize({ width: 1400, height: 1800 });
  const sections = { preview: '.admin-preview', outages: '#outages-heading', maintenance: '#windows-heading', status: '#status-heading', setup: '#setup-heading' };
  for (const [name, selector] of Object.entries(sections)) {
    const target = selector.startsWith('#') ? admin.locator(`section:has(> ${selector})`) : admin.locator(selector);
    await target.screenshot({ path: `${OUT}/admin-${name}.png` });
    console.log(`wrote ${OUT}/admin-${name}.png`);
  }

  await admin.setViewportSize({ width: 1400, height: 1000 });
  await admin.getByRole('button', { name: 'Schedule maintenance' }).click();
  await admin.getByRole('heading', { name: 'There is a problem' }).first().waitFor();
  await admin.locator('#window-form-heading').scrollIntoViewIfNeeded();
  await admin.screenshot({ path: `${OUT}/admin-errors.png` });
  console.log(`wrote ${OUT}/admin-errors.png`);

  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${demo.url}/?server=${encodeURIComponent(server.url)}&interval=2000`);
  await page.waitForFunction(() => document.querySelector('va-alert')?.shadowRoot?.querySelector('.usa-alert'), null, { timeout: 20_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('va-telephone')].every((el) => el.shadowRoot?.querySelector('a, span')));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/demo.png`, fullPage: true });
  console.log(`wrote ${OUT}/demo.png`);
} finally {
  await browser.close();
  await server.close();
  await demo.close();
  await rm(dir, { recursive: true, force: true });
}
