import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../../scripts/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const T0 = Date.parse('2025-03-09T05:00:00.000Z');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let vite: ViteDevServer;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  vite = await createServer({
    configFile: false,
    root: path.join(here, 'pages'),
    cacheDir: path.join(repo, 'node_modules/.vite-banner-accessibility'),
    plugins: [react()],
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
    // Pre-bundled up front, so that a mid-test dependency discovery never reloads the page.
    optimizeDeps: {
      include: [
        '@department-of-veterans-affairs/component-library',
        '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js',
        'react',
        'react-dom',
        'react-dom/client',
        'react/jsx-dev-runtime',
        'swr',
      ],
    },
  });
  await vite.listen();
  const address = vite.httpServer!.address();
  if (!address || typeof address === 'string') throw new Error('vite did not listen on a port');
  baseUrl = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await vite?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.clock.install({ time: T0 });
});

afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

/** Opens the test page on a scenario and waits until every va-alert has rendered its shadow DOM. */
async function open(scenario: string, query = '') {
  await page.goto(`${baseUrl}/bannerAccessibility.html?scenario=${scenario}${query}`);
  await page.waitForFunction(() => window.bannerPage !== undefined);
  await settle();
}

// Stencil keeps a va-alert at `visibility: hidden` until it adds the `hydrated` class, which can come well after its
// shadow DOM under load; focus() on a hidden close button silently does nothing, so both are waited for.
async function settle() {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('va-alert')].every(
      (alert) =>
        alert.shadowRoot?.querySelector('.usa-alert') &&
        alert.classList.contains('hydrated') &&
        getComputedStyle(alert).visibility === 'visible',
    ),
  );
}

/** Starts recording, in the page, every mutation of the polite live region. */
async function watchRegion() {
  await page.evaluate(() => {
    const region = document.querySelector('[data-downtime-announcer="polite"]')!;
    const records: string[] = [];
    const observer = new MutationObserver((batch) => batch.forEach((record) => records.push(record.type)));
    observer.observe(region, { childList: true, characterData: true, subtree: true, attributes: true });
    Object.assign(window, { regionWatch: { region, records, observer } });
  });
}

async function regionRecords(): Promise<{ sameNode: boolean; text: string; mutations: number }> {
  return page.evaluate(() => {
    const watch = (window as unknown as { regionWatch: { region: Element; records: string[]; observer: MutationObserver } })
      .regionWatch;
    watch.records.push(...watch.observer.takeRecords().map((record) => record.type));
    const current = document.querySelector('[data-downtime-announcer="polite"]');
    return { sameNode: current === watch.region, text: current?.textContent ?? '', mutations: watch.records.length };
  });
}

async function activeElement() {
  return page.evaluate(() => {
    const active = document.activeElement;
    return { tag: active?.tagName.toLowerCase(), id: active?.id ?? '', text: active?.textContent?.trim() ?? '', recall: active?.hasAttribute('data-downtime-recall') };
  });
}

async function axeViolations() {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target) }));
  }, WCAG_22_AA);
}

describe('DowntimeBanner in Chromium - focus after dismissal and recall', () => {
  it('moves focus to the "Show sign-in status" control after dismissing with the keyboard, then to the heading on recall', async () => {
    await open('mixed');
    const close = page.locator('va-alert[data-state="upcoming"] button.va-alert-close');
    await close.focus();
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toContain('va-alert-close');
    await page.keyboard.press('Enter');

    await page.waitForFunction(() => !document.querySelector('va-alert[data-state="upcoming"]'));
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-downtime-recall'));
    expect(await activeElement()).toMatchObject({ tag: 'button', text: 'Show sign-in status', recall: true });
    expect(await page.locator('va-alert[data-state="down"]').count()).toBe(1);

    await mkdir(path.join(repo, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(repo, 'screenshots/banner-dismissed-recall.png'), fullPage: true });

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('va-alert[data-state="upcoming"]'));
    await page.waitForFunction(() => document.activeElement?.id.endsWith('-headline'));
    expect(await activeElement()).toMatchObject({ tag: 'h2', text: expect.stringContaining('Login.gov will be down for maintenance soon') });
    expect(await page.locator('[data-downtime-recall]').count()).toBe(0);
  });

  it('keeps the dismissal across a reload, with the recall control and no flash of the banner', async () => {
    await open('upcoming');
    await page.locator('va-alert[data-state="upcoming"] button.va-alert-close').click();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-downtime-recall'));

    await page.addInitScript(() => {
      const seen: string[] = [];
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && (node.matches('va-alert') || node.querySelector('va-alert'))) seen.push('va-alert');
          }
        }
      }).observe(document, { childList: true, subtree: true });
      Object.assign(window, { alertsSeen: seen });
    });
    await page.reload();
    await page.waitForFunction(() => window.bannerPage !== undefined);
    await page.waitForSelector('[data-downtime-recall]');
    expect(await page.evaluate(() => (window as unknown as { alertsSeen: string[] }).alertsSeen)).toEqual([]);
  });
});

describe('DowntimeBanner in Chromium - the live region', () => {
  it('gets exactly one sentence, in the same node, when the state changes, and nothing on an unchanged update', async () => {
    await open('all-ok');
    await watchRegion();

    await page.evaluate(() => window.bannerPage!.show('upcoming'));
    await page.waitForFunction(() => document.querySelector('[data-downtime-announcer="polite"]')?.textContent);
    await settle();
    const changed = await regionRecords();
    expect(changed).toEqual({ sameNode: true, text: 'Sign-in with Login.gov will be down for maintenance soon', mutations: 1 });

    // The same data again, and a quarter of an hour of clock, change nothing in the region.
    await page.evaluate(() => window.bannerPage!.show('upcoming'));
    await page.clock.runFor(15 * 60_000);
    expect(await regionRecords()).toEqual({ ...changed, mutations: 1 });
  });

  it('inserts a role="alert" with the sentence only when an outage begins on the page', async () => {
    await open('idme-down');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    await page.evaluate(() => window.bannerPage!.show('all-ok'));
    await page.waitForFunction(() => !document.querySelector('va-alert'));
    await page.evaluate(() => window.bannerPage!.show('all-down'));
    await page.waitForSelector('[role="alert"]', { state: 'attached' });
    expect(await page.locator('[role="alert"]').textContent()).toBe("Sign-in isn't working right now");
  });
});

describe('DowntimeBanner in Chromium - re-checks when the tab comes back', () => {
  for (const [event, fire] of [
    ['visibilitychange', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['window focus', () => window.dispatchEvent(new Event('focus'))],
  ] as const) {
    it(`clears maintenance that ended while timers were throttled, on ${event}, and says so once`, async () => {
      await open('maintenance');
      await watchRegion();
      expect(await page.locator('va-alert[data-state="maintenance"]').count()).toBe(1);

      // The window ends at T0 + 30 min. Jump past it without firing timers, as a throttled background tab does.
      await page.clock.setSystemTime(T0 + 31 * 60_000);
      await page.waitForTimeout(200);
      expect(await page.locator('va-alert[data-state="maintenance"]').count()).toBe(1);

      await page.evaluate(fire);
      await page.waitForFunction(() => !document.querySelector('va-alert'));
      await page.waitForFunction(() => document.querySelector('[data-downtime-announcer="polite"]')?.textContent);
      expect(await regionRecords()).toEqual({ sameNode: true, text: 'All sign-in options are working now.', mutations: 1 });
    });
  }
});

describe('DowntimeBanner in Chromium - axe-core finds no WCAG 2.2 AA violations', () => {
  for (const scenario of ['idme-down', 'all-down', 'upcoming', 'maintenance', 'mixed', 'all-ok']) {
    it(`in the ${scenario} state`, async () => {
      await open(scenario);
      expect(await axeViolations()).toEqual([]);
    });
  }

  it('in Spanish', async () => {
    await open('mixed', '&lang=es');
    expect(await axeViolations()).toEqual([]);
  });

  it('with a dismissed banner and the recall control', async () => {
    await open('upcoming');
    await page.locator('va-alert[data-state="upcoming"] button.va-alert-close').click();
    await page.waitForSelector('[data-downtime-recall]');
    expect(await axeViolations()).toEqual([]);
  });

  it('reports a real violation, so that the empty lists above mean something', async () => {
    await open('idme-down');
    await page.evaluate(() => document.querySelector('va-alert')!.append(document.createElement('button')));
    expect((await axeViolations()).map((violation) => violation.id)).toContain('button-name');
  });

  it('with an outage alert inserted while the page is open', async () => {
    await open('all-ok');
    await page.evaluate(() => window.bannerPage!.show('idme-down'));
    await page.waitForSelector('[role="alert"]', { state: 'attached' });
    await settle();
    expect(await axeViolations()).toEqual([]);
  });
});
