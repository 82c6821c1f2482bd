import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_REFRESH_INTERVAL_MS } from '../../src/react/sharedPoller';
import { createMockServer, type MockServer } from '../../src/server/createMockServer';

const INTERVAL = MIN_REFRESH_INTERVAL_MS;

interface Demo {
  url: string;
  close(): Promise<void>;
}

async function fromScripts<T>(file: string): Promise<T> {
  return (await import(fileURLToPath(new URL(`../../scripts/${file}`, import.meta.url)))) as T;
}

// Several tabs of VA.gov elect one poller through the Web Locks API and share its answers over a BroadcastChannel.
describe('one request per interval across the tabs of a browser (Chromium)', () => {
  let dir: string;
  let server: MockServer;
  let demo: Demo;
  let browser: Browser;
  let context: BrowserContext;
  const requests: number[] = [];
  let pageUrl: string;

  async function openTab(): Promise<Page> {
    const page = await context.newPage();
    // Vite's reload socket stays silent, so only the banner's own polling can change the page.
    const demoPort = new URL(demo.url).port;
    await page.routeWebSocket((url) => url.port === demoPort, () => {});
    await page.goto(pageUrl);
    await page.locator('va-alert[data-state="down"]').waitFor({ timeout: 30_000 });
    return page;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'downtime-cross-tab-'));
    const { startDemo } = await fromScripts<{ startDemo(env?: Record<string, string>): Promise<Demo> }>('demoServer.mjs');
    const { launchChromium } = await fromScripts<{ launchChromium(): Promise<Browser> }>('chromium.mjs');
    demo = await startDemo({ MOCK_SERVER_URL: '' });
    server = await createMockServer({
      port: 0,
      host: '127.0.0.1',
      storePath: path.join(dir, 'store.json'),
      scenario: 'idme-down',
      adminToken: 'cross-tab-admin-token-0123',
      allowedOrigins: [demo.url],
    });
    pageUrl = `${demo.url}/?server=${encodeURIComponent(server.url)}&interval=${INTERVAL}`;
    browser = await launchChromium();
    context = await browser.newContext();
    context.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v0/backend_statuses' && request.method() === 'GET') requests.push(Date.now());
    });
    // Vite compiles the demo on its first load; pay that once, outside the counted steps.
    const warm = await context.newPage();
    await warm.goto(pageUrl);
    await warm.locator('va-alert').first().waitFor({ timeout: 60_000 });
    await warm.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await demo?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('three tabs make one request per interval, and a new leader takes over within one interval when the leader closes', async () => {
    requests.length = 0;
    const first = await openTab();
    const second = await openTab();
    const third = await openTab();
    // All three show the banner from the first tab's single request.
    expect(requests).toHaveLength(1);

    // One interval later: one poll, by the leader, for all three tabs.
    await first.waitForTimeout(INTERVAL + 1_500);
    expect(requests).toHaveLength(2);

    // The leader closes; the lock passes to a waiting tab, which polls when the next poll is due.
    const before = requests.length;
    await first.close();
    await second.waitForTimeout(INTERVAL + 1_500);
    expect(requests.length).toBe(before + 1);
    for (const page of [second, third]) expect(await page.locator('va-alert[data-state="down"]').count()).toBe(1);
    await second.close();
    await third.close();
  }, 90_000);
});
