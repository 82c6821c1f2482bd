// `npm run bench`: one run, one table (Markdown, ready for docs/performance.md), and bench/results.json.
// Needs Chromium (see README). Takes about two minutes on 2 cores; it is not part of `npm test`.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { BANNER_COUNTS, TAB_COUNTS, measureInBrowser, type BrowserBenchResult, type RequestsCell } from './browser';
import { measureDecision, type DecisionRow } from './decision';
import { measureServerThroughput, type ThroughputRow } from './serverThroughput';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const BENCH_INTERVAL_MS = 10_000;
const DEFAULT_INTERVAL_MS = 180_000;
const POLLS_PER_HOUR = 3_600_000 / DEFAULT_INTERVAL_MS;

type Row = [section: string, measure: string, ours: string, naive: string, once: string, target: string];
const HEADER: Row = ['section', 'measure', 'ours', 'naive per-banner poller', 'fetch once on mount (VA today)', 'target'];

const ms = (value: number) => `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function decisionRows(rows: DecisionRow[]): Row[] {
  const out: Row[] = rows.map((r) => ['decision', `getDowntimeState, ${r.windows.toLocaleString('en-US')} windows (median of ${r.runs})`, ms(r.medianMs), '', '', r.windows === 10_000 ? '≤ 5 ms' : '']);
  const growth = rows.slice(1).map((r, i) => `×${(r.medianMs / rows[i]!.medianMs).toFixed(1)}`);
  out.push(['decision', 'growth per ×10 windows (100→1k→10k→100k)', growth.join(', '), '', '', '≈ ×10 (linear)']);
  return out;
}

function requestRows(cells: RequestsCell[]): Row[] {
  const cell = (variant: RequestsCell['variant'], banners: number, tabs: number) =>
    cells.find((c) => c.variant === variant && c.banners === banners && c.tabs === tabs)!;
  const rows: Row[] = [];
  for (const banners of BANNER_COUNTS) {
    for (const tabs of TAB_COUNTS) {
      const once = cell('once', banners, tabs);
      rows.push([
        'requests per interval',
        `N=${banners} × K=${tabs}`,
        count(cell('ours', banners, tabs).perInterval),
        count(cell('naive', banners, tabs).perInterval),
        `${count(once.perInterval)} (${once.beforeWindow} at mount, never again)`,
        '1',
      ]);
    }
  }
  const commits = (variant: RequestsCell['variant'], tabs: number) => {
    const values = cells
      .filter((c) => c.variant === variant && c.tabs === tabs && Number.isFinite(c.commitsPerRequest))
      .map((c) => c.commitsPerRequest);
    if (!values.length) return '— (no polls)';
    const low = Math.min(...values);
    const high = Math.max(...values);
    return low === high ? count(low) : `${count(low)}–${count(high)}`;
  };
  for (const tabs of TAB_COUNTS) {
    rows.push([
      're-renders',
      `React commits per unchanged poll, all tabs together, K=${tabs} (N=1, 5, 20)`,
      commits('ours', tabs),
      commits('naive', tabs),
      commits('once', tabs),
      '0',
    ]);
  }
  return rows;
}

function latencyRows(browser: BrowserBenchResult): Row[] {
  const of = (variant: string) => browser.latency.find((l) => l.variant === variant)!;
  const show = (variant: string, key: 'appearMs' | 'clearMs') => {
    const l = of(variant);
    const value = l[key];
    if (variant === 'once') return value === null ? 'until reload (never flipped; a reload costs 1 request per banner)' : `${value} ms`;
    const requests = `${l.requestsAroundEdges} request${l.requestsAroundEdges === 1 ? '' : 's'}`;
    if (value === null) return `never (${requests})`;
    return variant === 'naive' ? `${value} ms (${requests}; up to 1 interval: ${l.intervalMs / 1000} s here, 180 s at VA's cadence)` : `${value} ms (${requests})`;
  };
  return (['appearMs', 'clearMs'] as const).map((key) => [
    'boundary latency',
    key === 'appearMs' ? "window start → banner in the DOM (real clock)" : 'window end → banner gone from the DOM',
    show('ours', key),
    show('naive', key),
    show('once', key),
    '≤ 1000 ms, 0 requests',
  ]);
}

function handoffRows(browser: BrowserBenchResult): Row[] {
  return browser.handoff.map((h) => [
    'leader hand-off',
    `leader tab closed, ${h.tabsLeft} tabs left`,
    h.gapMs === null || h.afterCloseMs === null
      ? 'no request after the close'
      : `next request ${(h.afterCloseMs / 1000).toFixed(1)} s after the close, ${(h.gapMs / 1000).toFixed(1)} s after the last one; ${h.requestsAfter} requests in ${(h.watchedMs / 1000).toFixed(0)} s`,
    'n/a (every banner polls)',
    'n/a (never polls)',
    `within 1 interval (${BENCH_INTERVAL_MS / 1000} s)`,
  ]);
}

function bytesRows(browser: BrowserBenchResult): Row[] {
  const b = browser.bytes;
  const with304 = POLLS_PER_HOUR * (b.pollResponseBytes + b.requestBytes);
  const without304 = POLLS_PER_HOUR * (b.fullResponseBytes + b.requestBytes);
  const statuses = Object.entries(b.statuses)
    .map(([status, n]) => `${n}×${status}`)
    .join(', ');
  return [
    [
      'bytes',
      `per poll: request ${b.requestBytes} B; answer ${b.pollResponseBytes} B as 304, ${b.fullResponseBytes} B as 200 (measured polls: ${statuses})`,
      `${kb(with304)}/hour with 304; ${kb(without304)} without (per browser, with 1 tab polling for all)`,
      `×N banners (each polls; the browser cache gives them 304s too)`,
      `${kb(b.fullResponseBytes + b.requestBytes)} per page load`,
      '',
    ],
  ];
}

function throughputRows(rows: ThroughputRow[]): Row[] {
  return rows.map((r) => [
    'mock server',
    `${r.server}: GET /v0/backend_statuses (${r.bytesPerResponse} B/answer, ${r.non2xx + r.errors} failures)`,
    `${r.requestsPerSecond.toLocaleString('en-US')} req/s = ${r.ratioToBare.toFixed(2)}× bare`,
    '',
    '',
    r.server.startsWith('mock server, response cache') ? '≥ 0.5× bare' : '',
  ]);
}

function markdown(rows: Row[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const lines = [HEADER, HEADER.map(() => '---') as unknown as Row, ...rows].map((row) => `| ${row.map(escape).join(' | ')} |`);
  return lines.join('\n');
}

const started = Date.now();
console.error('decision…');
const decision = measureDecision();
console.error('Chromium (about 100 s)…');
const browser = await measureInBrowser({ intervalMs: BENCH_INTERVAL_MS, intervals: 3 });
console.error('mock server throughput…');
const throughput = await measureServerThroughput();

const rows = [
  ...decisionRows(decision),
  ...requestRows(browser.requests),
  ...latencyRows(browser),
  ...handoffRows(browser),
  ...bytesRows(browser),
  ...throughputRows(throughput),
];
const table = markdown(rows);
console.log(table);
console.log(
  `\nPoll interval in the browser runs: ${BENCH_INTERVAL_MS / 1000} s (the hook's minimum), counted over ${browser.intervals} intervals.` +
    ` Tab visibility reported by the pages: ${[...new Set(browser.visibility)].join(', ')}. Chromium ${browser.chromium}.` +
    ` Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);

await writeFile(
  RESULTS,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '' },
      durationSeconds: Math.round((Date.now() - started) / 1000),
      decision,
      browser,
      throughput,
      table: [HEADER, ...rows],
    },
    null,
    2,
  )}\n`,
);
console.error(`wrote ${RESULTS}`);
