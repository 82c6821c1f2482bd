import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdminPage } from '../../admin/buildAdminPage.mjs';
import { MIN_REFRESH_INTERVAL_MS } from '../../src/react/sharedPoller';
import { createMockServer, type MockServer } from '../../src/server/createMockServer';

// The server's clock is pinned; the browsers keep their own, as a Veteran's device would.
const NOW = Date.parse('2025-03-05T15:00:00.000Z');
const TOKEN = 'browser-admin-token-0123456789';
// The demo asks for this via ?interval=; the library raises anything shorter to it.
const POLL_MS = MIN_REFRESH_INTERVAL_MS;
// Time for one request and a render after the poll fires, on a busy two-core machine.
const SLACK_MS = 3000;
const OUTAGE_MESSAGE = 'Login.gov sign-in is not working right now. You can still sign in with ID.me.';
const MARKUP_MESSAGE = '<script>alert(1)</script> Login.gov is down. <img src=x onerror=alert(2)>';
const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/admin-flow', import.meta.url));

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Demo {
  url: string;
  close(): Promise<void>;
}

// scripts/*.mjs have no type declarations; import them by path and name what is used.
async function fromScripts<T>(file: string): Promise<T> {
  return (await import(fileURLToPath(new URL(`../../scripts/${file}`, import.meta.url)))) as T;
}

describe('admin page and demo sign-in page, end to end in Chromium', () => {
  let dir: string;
  let server: MockServer;
  let demo: Demo;
  let browser: Browser;
  let context: BrowserContext;
  let admin: Page;
  let signIn: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  const preview = () => admin.getByTestId('banner-preview');
  const demoAlerts = () => signIn.locator('va-alert');

  async function adminApi(method: string, pathname: string, body?: unknown): Promise<Response> {
    return fetch(`${server.url}/admin/api${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, 'If-Match': '*', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async function publishOutage(message: string) {
    await admin.getByRole('combobox', { name: 'Service that is down' }).selectOption('logingov');
    await admin.getByRole('textbox', { name: 'Message for Veterans (required)' }).fill(message);
    await admin.getByRole('button', { name: 'Publish outage' }).click();
    await admin.locator('va-alert').getByText('Published the Login.gov outage.', { exact: false }).waitFor();
  }

  /** axe-core's violations on the admin page, by rule and target. Evaluated through the devtools protocol, which the page's CSP does not govern. */
  async function axeViolations(): Promise<string[]> {
    await admin.evaluate(await AXE_SOURCE);
    return admin.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      const { violations } = await axe.run(document);
      return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
    });
  }

  /** Waits for the demo page to reach a state by polling alone, and returns how long that took. */
  async function demoSettles(predicate: () => boolean): Promise<number> {
    const started = Date.now();
    await signIn.waitForFunction(predicate, null, { timeout: POLL_MS + SLACK_MS * 2, polling: 50 });
    return Date.now() - started;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'downtime-admin-flow-'));
    const { startDemo } = await fromScripts<{ startDemo(env?: Record<string, string>): Promise<Demo> }>('demoServer.mjs');
    const { launchChromium } = await fromScripts<{ launchChromium(): Promise<Browser> }>('chromium.mjs');
    const [assets, startedDemo] = await Promise.all([buildAdminPage({ outDir: path.join(dir, 'admin-dist') }), startDemo({ MOCK_SERVER_URL: '' })]);
    demo = startedDemo;
    server = await createMockServer({
      port: 0,
      host: '127.0.0.1',
      storePath: path.join(dir, 'store.json'),
      adminToken: TOKEN,
      datadogSecret: 'browser-datadog-secret-0123',
      now: () => NOW,
      allowedOrigins: [demo.url],
      adminAssetsDir: assets,
    });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    admin = await context.newPage();
    admin.on('pageerror', (error) => pageErrors.push(error.message));
    admin.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    signIn = await context.newPage();
    await signIn.setViewportSize({ width: 1000, height: 900 });
    // Vite's dev server pushes a full reload when any source file changes. Answer its HMR socket with silence, so
    // that only the banner's own polling can change the demo page while these steps watch it.
    const demoPort = new URL(demo.url).port;
    await signIn.routeWebSocket((url) => url.port === demoPort, () => {});
    // Vite compiles the demo on first load; do that once here so that the timed steps below measure polling only.
    await signIn.goto(`${demo.url}/?server=${encodeURIComponent(server.url)}&interval=${POLL_MS}`);
    await signIn.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await demo?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('serves the page with a strict CSP, refuses a wrong token, and keeps the right one in sessionStorage only', async () => {
    const response = await admin.goto(`${server.url}/admin`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);

    const tokenBox = admin.getByRole('textbox', { name: 'Admin token' });
    await tokenBox.fill('not-the-admin-token');
    await admin.getByRole('button', { name: 'Continue' }).click();
    await admin.getByText('The server did not accept that token.', { exact: false }).waitFor();
    expect(await admin.evaluate(() => document.activeElement?.id)).toBe('admin-token');

    await tokenBox.fill(TOKEN);
    await admin.getByRole('button', { name: 'Continue' }).click();
    await admin.getByRole('heading', { level: 2, name: 'Current outages' }).waitFor();
    const stored = await admin.evaluate(() => ({
      session: sessionStorage.getItem('downtime-admin-token'),
      local: Object.keys(localStorage).map((key) => localStorage.getItem(key)),
      cookie: document.cookie,
    }));
    expect(stored.session).toBe(TOKEN);
    expect(stored.local).not.toContain(TOKEN);
    expect(stored.cookie).not.toContain(TOKEN);
    await expect.poll(() => preview().textContent()).toContain('No banner');
  });

  it('publishes a Login.gov outage, and the open demo page shows it at its next poll without reloading', async () => {
    await signIn.waitForResponse((r) => r.url().startsWith(`${server.url}/v0/backend_statuses`));
    expect(await demoAlerts().count()).toBe(0);
    await signIn.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    await publishOutage(OUTAGE_MESSAGE);
    const elapsed = await demoSettles(() => document.querySelector('va-alert')?.textContent?.includes('You can still sign in with ID.me.') ?? false);

    expect(elapsed).toBeLessThan(POLL_MS + SLACK_MS);
    expect(await signIn.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    // va-alert slips a screen-reader-only "Warning Alert " into the slotted heading once it upgrades; the words the
    // banner wrote are the rest.
    const headline = () =>
      signIn.evaluate(() => {
        const heading = document.querySelector('va-alert [slot="headline"]');
        if (!heading) return null;
        return [...heading.childNodes]
          .filter((node) => !(node instanceof Element && node.classList.contains('usa-sr-only')))
          .map((node) => node.textContent)
          .join('');
      });
    await expect.poll(headline).toBe("You can't sign in with Login.gov right now");
    expect(await signIn.locator('va-alert').getAttribute('data-state')).toBe('down');
    await expect.poll(() => preview().locator('va-alert').textContent()).toContain(OUTAGE_MESSAGE);
    expect(await admin.locator('.admin-item--open .admin-message').textContent()).toBe(OUTAGE_MESSAGE);
  });

  it('ends the outage from the admin page, and the banner clears on the demo page at its next poll', async () => {
    await admin.getByRole('button', { name: /^End outage #\d+ on Login\.gov$/ }).click();
    await admin.getByText('No outage is published right now.').waitFor();
    const elapsed = await demoSettles(() => document.querySelector('va-alert') === null);

    expect(elapsed).toBeLessThan(POLL_MS + SLACK_MS);
    expect(await signIn.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await expect.poll(() => preview().textContent()).toContain('No banner');
    const stored = (await (await adminApi('GET', '/state')).json()) as { outages: Array<{ status: string; endedAt: string }> };
    expect(stored.outages).toEqual([expect.objectContaining({ status: 'ended', endedAt: new Date(NOW).toISOString() })]);
  });

  it('shows a message with markup as literal text in the lists, the preview and the demo, and runs none of it', async () => {
    await publishOutage(MARKUP_MESSAGE);
    await demoSettles(() => document.querySelector('va-alert')?.textContent?.includes('<script>alert(1)</script>') ?? false);

    expect(await admin.locator('.admin-item--open .admin-message').textContent()).toBe(MARKUP_MESSAGE);
    await expect.poll(() => preview().locator('va-alert p').allTextContents()).toContain(MARKUP_MESSAGE);
    expect(await signIn.locator('va-alert p').allTextContents()).toContain(MARKUP_MESSAGE);
    for (const page of [admin, signIn]) {
      expect(await page.locator('main script').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
    await signIn.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await axeViolations()).toEqual([]);

    await mkdir(SCREENSHOTS, { recursive: true });
    await signIn.waitForFunction(() => [...document.querySelectorAll('va-telephone')].every((el) => el.shadowRoot?.querySelector('a, span')));
    await signIn.screenshot({ path: path.join(SCREENSHOTS, 'demo-markup-message.png'), fullPage: true });
    await admin.screenshot({ path: path.join(SCREENSHOTS, 'admin-markup-message.png'), fullPage: true });
  });

  it('schedules maintenance in Eastern time, and previews it at a chosen later time', async () => {
    await admin.locator('#window-service').selectOption('idme');
    await admin.getByLabel('Starts, Eastern time').fill('2025-03-06T01:00');
    await admin.getByLabel('Ends, Eastern time').fill('2025-03-06T05:00');
    await admin.getByRole('textbox', { name: 'Message for Veterans (optional)' }).fill('ID.me is updating its systems.');
    await admin.getByRole('button', { name: 'Schedule maintenance' }).click();

    const item = admin.locator('.admin-item--upcoming');
    await item.waitFor();
    expect(await item.textContent()).toContain('Scheduled for Thursday, March 6, 2025, from 1:00\u00a0a.m. to 5:00\u00a0a.m.\u00a0ET.');
    const windows = ((await (await adminApi('GET', '/state')).json()) as { windows: Array<{ startsAt: string; endsAt: string }> }).windows;
    expect(windows).toEqual([expect.objectContaining({ startsAt: '2025-03-06T06:00:00.000Z', endsAt: '2025-03-06T10:00:00.000Z' })]);

    expect(await preview().locator('va-alert[data-state="maintenance"]').count()).toBe(0);
    await admin.getByLabel('Another time, to see what the schedule shows then').check();
    await admin.getByLabel('Time, Eastern').fill('2025-03-06T02:00');
    await preview().locator('va-alert[data-state="maintenance"]').waitFor();
    expect(await preview().textContent()).toContain('Thursday, March 6, 2025, 2:00\u00a0a.m.\u00a0ET');
    expect(await preview().locator('va-alert[data-state="maintenance"]').textContent()).toContain('ID.me is updating its systems.');
  });

  it("shows the server's message next to a field it refuses, and moves focus to the error summary", async () => {
    await admin.getByLabel('Starts, Eastern time').fill('2025-03-09T02:30');
    await admin.getByLabel('Ends, Eastern time').fill('2025-03-09T05:00');
    await admin.getByRole('button', { name: 'Schedule maintenance' }).click();

    const field = admin.locator('#window-starts');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect(await admin.locator(`#${describedBy.split(' ').pop()}`).textContent()).toMatch(/^Error: The start time 2025-03-09T02:30 does not exist in America\/New_York/);
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toMatch(/There is a problem$/);
    expect(await axeViolations()).toEqual([]);
    await mkdir(SCREENSHOTS, { recursive: true });
    await admin.locator('#window-form-heading').scrollIntoViewIfNeeded();
    await admin.screenshot({ path: path.join(SCREENSHOTS, 'admin-field-error.png') });
  });

  it('reloads and says so when someone else changed the store first, instead of overwriting (412)', async () => {
    const elsewhere = await adminApi('POST', '/windows', { service: 'dslogon', startsAt: '2025-03-07T06:00:00Z', endsAt: '2025-03-07T08:00:00Z' });
    expect(elsewhere.status).toBe(201);

    await admin.locator('#incident-service').selectOption('mhv');
    await admin.getByRole('combobox', { name: 'Status' }).selectOption('critical');
    await admin.getByRole('button', { name: 'Set status' }).click();

    await admin.locator('va-alert').getByText('Someone else changed the schedule', { exact: false }).waitFor();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toMatch(/There is a problem$/);
    expect(await admin.locator('[data-window-id]').filter({ hasText: 'DS Logon' }).count()).toBe(1);
    expect(((await (await adminApi('GET', '/state')).json()) as { incidents: Record<string, string> }).incidents).toEqual({});

    await admin.getByRole('button', { name: 'Set status' }).click();
    await admin.locator('va-alert').getByText('Set My HealtheVet to Critical', { exact: false }).waitFor();
    expect(((await (await adminApi('GET', '/state')).json()) as { incidents: Record<string, string> }).incidents).toEqual({ mhv: 'critical' });
  });

  it('asks for the token again when the server no longer accepts the saved one (401)', async () => {
    await admin.evaluate(() => sessionStorage.setItem('downtime-admin-token', 'a-token-from-an-old-run'));
    await admin.reload();
    await admin.getByRole('heading', { name: 'Enter the token again' }).waitFor();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toMatch(/Enter the token again$/);
    expect(await admin.evaluate(() => sessionStorage.getItem('downtime-admin-token'))).toBeNull();
    expect(await admin.getByRole('textbox', { name: 'Admin token' }).count()).toBe(1);
  });

  it('ran without a script error or a Content Security Policy violation on the admin page', () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
