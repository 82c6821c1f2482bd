#!/usr/bin/env node
// Screenshots of the demo sign-in page in three scenarios, for checking by eye: node scripts/demo-screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startDemo } from './demoServer.mjs';

const scenarios = process.argv.slice(2).length ? process.argv.slice(2) : ['idme-down', 'all-down', 'upcoming-maintenance'];
await mkdir('screenshots/demo', { recursive: true });
const demo = await startDemo({ MOCK_SERVER_URL: '' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  for (const scenario of scenarios) {
    await page.goto(`${demo.url}/?scenario=${scenario}&source=msw`);
    await page.waitForSelector('h1');
    if (scenario !== 'all-ok') {
      await page.waitForFunction(() => document.querySelector('va-alert')?.shadowRoot?.querySelector('.usa-alert'), null, { timeout: 20_000 });
      await page.waitForFunction(() => [...document.querySelectorAll('va-telephone')].every((el) => el.shadowRoot?.querySelector('a, span')));
    }
    await page.waitForTimeout(300);
    const path = `screenshots/demo/${scenario}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
  await demo.close();
}
