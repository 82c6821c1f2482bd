// Real-Chromium measurements: requests per interval for N banners x K tabs, re-renders per unchanged poll, bytes per
// poll, leader hand-off, and boundary latency. The bench backend (Vite middleware running the msw handlers) counts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../scripts/chromium.mjs';
import { mockScenario, mockWindow } from '../src/mocks/mockScenario';
import { createBenchBackend, type LoggedRequest } from './benchBackend';
import type { BenchGroup, BenchPageConfig, BenchPageStats, Variant } from './pages/benchConfig';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const MINUTE = 60_000;

/** The variants measured, in table order. */
export const VARIANTS: readonly Variant[] = ['ours', 'naive', 'once'];
export const BANNER_COUNTS = [1, 5, 20] as const;
export const TAB_COUNTS = [1, 3, 6] as const;

export interface BrowserBenchOptions {
  /** Poll interval used in the bench, in ms: the hook's minimum (10 s); its default of 180 s would make a run take hours. */
  intervalMs: number;
  /** Intervals counted once every tab is up. */
  intervals: number;
}

export interface RequestsCell {
  variant: Variant;
  banners: number;
  tabs: number;
  /** Requests per interval across all tabs, counted over the measured intervals. */
  perInterval: number;
  /** Requests made while the tabs were opening (mount requests and early polls). */
  beforeWindow: number;
  /** React commits inside the banners per request, over the measured intervals; NaN when there were no requests. */
  commitsPerRequest: number;
}

export interface BytesFigures {
  /** Status codes of the polls in the window for ours (1 banner, 1 tab). */
  statuses: Record<string, number>;
  /** Share of those polls that carried If-None-Match. */
  conditionalShare: number;
  /** Bytes of a full 200 answer (status line, headers, body), and of the request that asked for it. */
  fullResponseBytes: number;
  /** Mean bytes of an answer to an unchanged poll as the browser really made it. */
  pollResponseBytes: number;
  requestBytes: number;
}

export interface LatencyFigures {
  variant: Variant;
  /** ms from a window's start to the banner in the DOM; null when it never appeared during the run. */
  appearMs: number | null;
  /** ms from the window's end to the banner gone from the DOM; null when it never cleared. */
  clearMs: number | null;
  /** Requests the group made from a second before the start until a second after the end. */
  requestsAroundEdges: number;
  intervalMs: number;
}

export interface HandoffFigures {
  /** Tabs left after the leader closed. */
  tabsLeft: number;
  /** ms between the last request before the leader tab closed and the first one after. */
  gapMs: number | null;
  /** ms from closing the leader tab to the first request from another tab. */
  afterCloseMs: number | null;
  /** Requests from all the remaining tabs together in `watchedMs` after the close; two leaders would double it. */
  requestsAfter: number;
  watchedMs: number;
}

export interface BrowserBenchResult {
  intervalMs: number;
  intervals: number;
  requests: RequestsCell[];
  bytes: BytesFigures;
  latency: LatencyFigures[];
  handoff: HandoffFigures[];
  visibility: string[];
  chromium: string;
}

const groupId = (variant: Variant, banners: number, tabs: number) => `${variant}-n${banners}-k${tabs}`;

async function startVite(plugin: ReturnType<typeof createBenchBackend>['plugin']): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: false,
    root: PAGES,
    logLevel: 'error',
    plugins: [react(), plugin],
    // No reloads mid-run: other work on the tree must not remount the pages being counted.
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: { ignored: ['**/*'] } },
    // Bundled up front, so Vite never reloads a page to re-optimise while it is being measured.
    optimizeDeps: {
      entries: [path.join(PAGES, 'index.html')],
      include: [
        'react',
        'react-dom/client',
        'react/jsx-dev-runtime',
        'swr',
        '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js',
      ],
    },
  });
  await server.listen();
  const address = server.httpServer!.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/` };
}

function pageUrl(base: string, tab: number, groups: BenchGroup[]): string {
  const config: BenchPageConfig = { tab, groups };
  return `${base}index.html#config=${encodeURIComponent(JSON.stringify(config))}`;
}

async function openPage(context: BrowserContext, base: string, tab: number, groups: BenchGroup[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
  await page.goto(pageUrl(base, tab, groups), { waitUntil: 'load' });
  await page.waitForFunction(() => Boolean(window.__bench));
  return page;
}

const readStats = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__bench)) as BenchPageStats);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inWindow = (log: LoggedRequest[], group: string, from: number, to: number) =>
  log.filter((r) => r.group === group && r.at >= from && r.at < to);

/**
 * Requests per interval, summed over the streams of requests: one per banner per tab for the baselines, one for the
 * group for ours (its tabs share one URL and, with the cross-tab poller, one timer).
 * Each stream's rate comes from the spacing of its own requests, (count - 1) / (last - first), so a timer that runs a
 * few ms late can't push one request out of the counting window and read as 5.7 requests instead of 6.
 */
function ratePerInterval(requests: LoggedRequest[], variant: Variant, windowMs: number, intervalMs: number): number {
  const streams = new Map<string, number[]>();
  for (const r of requests) {
    const key = variant === 'ours' ? '' : `${r.tab}/${r.banner}`;
    streams.set(key, [...(streams.get(key) ?? []), r.at]);
  }
  let rate = 0;
  for (const times of streams.values()) {
    const span = times[times.length - 1]! - times[0]!;
    rate += times.length >= 2 && span > 0 ? ((times.length - 1) / span) * intervalMs : (times.length / windowMs) * intervalMs;
  }
  return rate;
}

/** Phase A: every variant x N x K at once. Page i holds the groups of every K > i, each group on its own endpoint. */
async function measureRequests(
  context: BrowserContext,
  base: string,
  log: LoggedRequest[],
  options: BrowserBenchOptions,
): Promise<{ requests: RequestsCell[]; pages: Page[]; visibility: string[]; windowStart: number; windowEnd: number }> {
  const { intervalMs, intervals } = options;
  const pages: Page[] = [];
  for (let i = 0; i < Math.max(...TAB_COUNTS); i++) {
    const groups: BenchGroup[] = [];
    for (const tabs of TAB_COUNTS) {
      if (i >= tabs) continue;
      for (const variant of VARIANTS) {
        for (const banners of BANNER_COUNTS) groups.push({ id: groupId(variant, banners, tabs), variant, count: banners, intervalMs });
      }
    }
    pages.push(await openPage(context, base, i, groups));
  }
  // Past every mount request and each tab's first poll, so the window holds steady-state polls only.
  await sleep(0.3 * intervalMs + 2_000);
  const from = Date.now();
  await sleep(intervals * intervalMs);
  const to = Date.now();
  const stats = await Promise.all(pages.map(readStats));

  const requests: RequestsCell[] = [];
  for (const variant of VARIANTS) {
    for (const banners of BANNER_COUNTS) {
      for (const tabs of TAB_COUNTS) {
        const id = groupId(variant, banners, tabs);
        const counted = inWindow(log, id, from, to);
        let commits = 0;
        for (const page of stats) commits += (page.commits[id] ?? []).filter((at) => at >= from && at < to).length;
        requests.push({
          variant,
          banners,
          tabs,
          perInterval: Number(ratePerInterval(counted, variant, to - from, intervalMs).toFixed(1)),
          beforeWindow: log.filter((r) => r.group === id && r.at < from).length,
          commitsPerRequest: counted.length ? Number((commits / counted.length).toFixed(2)) : Number.NaN,
        });
      }
    }
  }
  return { requests, pages, visibility: stats.map((s) => s.visibility), windowStart: from, windowEnd: to };
}

function bytesOf(log: LoggedRequest[], windowStart: number, windowEnd: number): BytesFigures {
  const id = groupId('ours', 1, 1);
  const all = log.filter((r) => r.group === id);
  const polls = all.filter((r) => r.at >= windowStart && r.at < windowEnd);
  const full = all.find((r) => r.status === 200);
  const statuses: Record<string, number> = {};
  for (const r of polls) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const mean = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0);
  return {
    statuses,
    conditionalShare: polls.length ? Number((polls.filter((r) => r.ifNoneMatch).length / polls.length).toFixed(2)) : 0,
    fullResponseBytes: full?.responseBytes ?? 0,
    pollResponseBytes: mean(polls.map((r) => r.responseBytes)),
    requestBytes: mean(polls.map((r) => r.requestBytes)),
  };
}

/** Phase C: close the tab that opened first (the cross-tab leader) and time the next request from the others. */
async function measureHandoff(pages: Page[], log: LoggedRequest[], intervalMs: number): Promise<HandoffFigures[]> {
  const closedAt = Date.now();
  await pages[0]!.close();
  const watchedMs = 2.6 * intervalMs;
  await sleep(watchedMs);
  return TAB_COUNTS.filter((tabs) => tabs > 1).map((tabs) => {
    const id = groupId('ours', 5, tabs);
    const beforeClose = log.filter((r) => r.group === id && r.at < closedAt).at(-1);
    const afterClose = inWindow(log, id, closedAt, closedAt + watchedMs);
    return {
      tabsLeft: tabs - 1,
      gapMs: beforeClose && afterClose[0] ? afterClose[0].at - beforeClose.at : null,
      afterCloseMs: afterClose[0] ? afterClose[0].at - closedAt : null,
      requestsAfter: afterClose.length,
      watchedMs,
    };
  });
}

/** Phase B: a window starts a few seconds after the page loads and ends a few seconds later; the page watches its DOM. */
async function measureLatency(
  browser: Browser,
  base: string,
  backend: ReturnType<typeof createBenchBackend>,
  intervalMs: number,
): Promise<LatencyFigures[]> {
  const startsAt = Date.now() + 5_000;
  // Longer than an interval, so the naive poller can't miss the window altogether.
  const endsAt = startsAt + intervalMs + 2_000;
  backend.setScenario(
    mockScenario({ windows: [mockWindow(startsAt, 'idme', { id: 'bench-latency', durationMs: endsAt - startsAt })] }),
  );
  // The library's default interval for ours: no poll can land inside the window, so any flip comes from the boundary
  // timer alone.
  const intervals: Record<Variant, number> = { ours: 180_000, naive: intervalMs, once: 0 };
  const groups = VARIANTS.map((variant) => ({ id: `latency-${variant}`, variant, count: 1, intervalMs: intervals[variant], leadTimeMs: 0 }));
  const context = await browser.newContext();
  try {
    const page = await openPage(context, base, 0, groups);
    await sleep(Math.max(0, endsAt + intervalMs + 1_000 - Date.now()));
    const stats = await readStats(page);
    return groups.map((group) => {
      const flips = stats.flips[group.id] ?? [];
      const appear = flips.find((f) => f.state !== '' && f.at >= startsAt - 50);
      const clear = flips.find((f) => f.state === '' && f.at >= endsAt - 50);
      return {
        variant: group.variant,
        appearMs: appear ? appear.at - startsAt : null,
        clearMs: clear ? clear.at - endsAt : null,
        requestsAroundEdges: inWindow(backend.log, group.id, startsAt - 1_000, endsAt + 1_000).length,
        intervalMs: group.intervalMs,
      };
    });
  } finally {
    await context.close();
  }
}

/** Runs phases A, C and B in one Chromium. */
export async function measureInBrowser(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const reportedAt = Math.floor(Date.now() / MINUTE) * MINUTE;
  const backend = createBenchBackend(reportedAt);
  // Visible banners that never change: an upcoming window an hour and a half away, inside the 2-hour lead time.
  backend.setScenario(mockScenario({ windows: [mockWindow(reportedAt, 'logingov', { id: 'bench-upcoming', startsInMs: 90 * MINUTE })] }));
  const { server, url } = await startVite(backend.plugin);
  const browser: Browser = await launchChromium();
  try {
    // A throwaway load, so Vite's first transforms don't slow the pages being measured.
    const warm = await browser.newContext();
    await openPage(warm, url, 0, [{ id: 'warm-up', variant: 'ours', count: 1, intervalMs: 0 }]);
    await warm.close();
    backend.log.length = 0;

    const context = await browser.newContext();
    const phaseA = await measureRequests(context, url, backend.log, options);
    const bytes = bytesOf(backend.log, phaseA.windowStart, phaseA.windowEnd);
    const handoff = await measureHandoff(phaseA.pages, backend.log, options.intervalMs);
    await context.close();
    const latency = await measureLatency(browser, url, backend, options.intervalMs);
    return {
      intervalMs: options.intervalMs,
      intervals: options.intervals,
      requests: phaseA.requests,
      bytes,
      latency,
      handoff,
      visibility: phaseA.visibility,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureInBrowser({ intervalMs: 10_000, intervals: 3 }), null, 2));
}
